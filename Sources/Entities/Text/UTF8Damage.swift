/// Where bytes that are not UTF-8 stand in text that is mostly UTF-8: how many well-formed multi-byte
/// characters and how many ill-formed sequences there are, and the lines of the ill-formed ones.
///
/// An ill-formed sequence is counted the way `String(decoding:as:)` replaces it: each maximal invalid
/// subpart (Unicode's "U+FFFD substitution of maximal subparts") is one.
///
/// ```swift
/// let damage = UTF8Damage(Array("Отчет\n".utf8) + [0xFF] + Array("x\n".utf8))
/// damage.badLines // [2]
/// ```
/// - Complexity: O(n) in the number of bytes.
struct UTF8Damage {
    /// Well-formed characters of two to four bytes.
    private(set) var goodSequences = 0
    /// Ill-formed sequences, each replaced by one U+FFFD.
    private(set) var badSequences = 0
    /// The 1-based numbers of the lines holding ill-formed sequences, in order, each once (at most
    /// ``lineLimit`` of them are kept; ``badLineCount`` counts them all).
    private(set) var badLines: [Int] = []
    private(set) var badLineCount = 0
    /// The number of lines (line feeds plus one).
    private(set) var lines = 1

    static let lineLimit = 1_000

    init(_ bytes: [UInt8]) {
        let count = bytes.count
        var index = 0, line = 1, lastBadLine = 0
        bytes.withUnsafeBufferPointer { bytes in
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x0A { line += 1 }
                    index += 1
                    continue
                }
                var length = 0, low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch byte {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE, 0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: length = 0
                }
                var valid = 1   // the bytes of a well-formed prefix, the lead byte included
                if length > 0 {
                    while valid < length, index + valid < count {
                        let next = bytes[index + valid]
                        let (from, to) = valid == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                        guard next >= from && next <= to else { break }
                        valid += 1
                    }
                }
                if length > 0 && valid == length {
                    goodSequences += 1
                } else {
                    badSequences += 1
                    if line != lastBadLine {
                        lastBadLine = line
                        badLineCount += 1
                        if badLines.count < Self.lineLimit { badLines.append(line) }
                    }
                }
                index += valid
            }
        }
        lines = line
    }
}
