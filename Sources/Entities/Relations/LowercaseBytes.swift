/// The UTF-8 bytes of a text with Russian capitals (А…Я) lowered, each at its own offset (a capital and
/// its small letter are both two bytes), for finding lower-case Russian words whatever their case.
///
/// Finding a word of small Russian letters (and spaces) here is finding it in `text.lowercased()`: no
/// other character lowers to one of those letters.
///
/// ```swift
/// let lowered = LowercaseBytes("Подписано Соглашение")
/// lowered.contains(Array("соглашен".utf8), from: 0, to: 39) // true
/// ```
/// - Complexity: O(n) to make; finding a word is O(n · m).
struct LowercaseBytes {
    let bytes: [UInt8]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index], next = bytes[index + 1]
            if lead == 0xD0 && next >= 0x90 && next <= 0x9F {          // А…П → а…п
                bytes[index + 1] = next + 0x20
                index += 2
            } else if lead == 0xD0 && next >= 0xA0 && next <= 0xAF {   // Р…Я → р…я
                bytes[index] = 0xD1
                bytes[index + 1] = next - 0x20
                index += 2
            } else {
                index += 1
            }
        }
        self.bytes = bytes
    }

    /// Whether `word` (small Russian letters and spaces, as UTF-8) stands between the UTF-8 offsets
    /// `start` and `end` (clamped to the text).
    func contains(_ word: [UInt8], from start: Int, to end: Int) -> Bool {
        let lower = max(0, min(start, bytes.count)), upper = max(lower, min(end, bytes.count))
        guard let first = word.first, upper - lower >= word.count else { return false }
        return bytes.withUnsafeBufferPointer { text in
            word.withUnsafeBufferPointer { word in
                for position in lower...(upper - word.count) where text[position] == first {
                    var offset = 1
                    while offset < word.count, text[position + offset] == word[offset] { offset += 1 }
                    if offset == word.count { return true }
                }
                return false
            }
        }
    }

    /// Whether any of `words` stands between `start` and `end`.
    func containsAny(_ words: [[UInt8]], from start: Int, to end: Int) -> Bool {
        words.contains { contains($0, from: start, to: end) }
    }
}
