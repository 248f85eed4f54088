/// Up to eight letters packed in 64 bits, a byte each (a Russian letter or a Latin one, never 0): the
/// key initials are recorded and looked up by (``TextAliases``), with no string made.
///
/// ```swift
/// var code = InitialsCode()
/// for word in ["детско", "юношеская", "спортивная", "школа"] { code.append(InitialsCode.letter(word.unicodeScalars.first)) }
/// code.value == InitialsCode(of: "дюсш")?.value   // true
/// ```
/// - Complexity: O(1) a letter.
struct InitialsCode {
    private(set) var value: UInt64 = 0
    private(set) var count = 0

    init() {}

    /// The code of a word of up to eight letters, or nil.
    init?(of word: String) {
        for scalar in word.unicodeScalars {
            let letter = InitialsCode.letter(scalar)
            guard letter != 0, count < 8 else { return nil }
            append(letter)
        }
    }

    /// Appends a letter's byte (a ninth letter is not kept: `count` tells).
    mutating func append(_ letter: UInt8) {
        if count < 8 { value = value << 8 | UInt64(letter) }
        count += 1
    }

    /// A letter's byte: Russian and Belarusian letters 0x80 and up, Latin ones and digits as in ASCII; 0
    /// for anything else.
    static func letter(_ scalar: Unicode.Scalar?) -> UInt8 {
        guard let value = scalar?.value else { return 0 }
        if value >= 0x400, value < 0x480 { return UInt8(value - 0x400) | 0x80 }
        if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { return UInt8(value) }
        return 0
    }
}
