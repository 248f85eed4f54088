/// Groups of words (small Russian letters and spaces, as UTF-8) looked for in one pass over a text, with
/// a table of the two bytes any of them can start with, so that most positions are turned away by one
/// bit test however many words there are. Made once; ``WordOccurrences/find(_:in:)`` uses it.
///
/// ```swift
/// let groups = WordGroups([["подписан"], ["в рамках", "согласно"]].map { $0.map { Array($0.utf8) } })
/// let found = WordOccurrences.find(groups, in: LowercaseBytes("Согласно плану подписано"))
/// found[0].any(from: 0, to: 100) // true: "подписан"
/// ```
/// - Complexity: O(w) to make for w words.
struct WordGroups: Sendable {
    struct Word: Sendable {
        let bytes: [UInt8]
        let group: Int
        /// The first two bytes (the first one and 0 for a one-byte word) and which of them count.
        let head: UInt16
        let mask: UInt16
    }

    let words: [Word]
    let count: Int
    /// Bit `h` is set when a word can start with the two bytes `h` (a one-byte word sets all 256 `h`
    /// with its byte first).
    private let startBits: [UInt64]

    init(_ groups: [[[UInt8]]]) {
        var words: [Word] = []
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for (group, members) in groups.enumerated() {
            for bytes in members where !bytes.isEmpty {
                let head = UInt16(bytes[0]) << 8 | UInt16(bytes.count > 1 ? bytes[1] : 0)
                let mask: UInt16 = bytes.count > 1 ? 0xFFFF : 0xFF00
                words.append(Word(bytes: bytes, group: group, head: head, mask: mask))
                for second in 0...255 where bytes.count == 1 || second == Int(bytes[1]) {
                    let index = Int(bytes[0]) << 8 | second
                    bits[index >> 6] |= 1 << UInt64(index & 63)
                }
            }
        }
        self.words = words
        count = groups.count
        startBits = bits
    }

    /// Whether a word may start with the bytes `head` (first byte high).
    @inline(__always)
    func mayStart(_ head: UInt16) -> Bool {
        startBits[Int(head >> 6)] & (1 << UInt64(head & 63)) != 0
    }
}
