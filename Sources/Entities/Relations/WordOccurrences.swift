/// Where some words (small Russian letters and spaces, as UTF-8) occur in a ``LowercaseBytes`` text, to
/// ask "does one of them stand between these two offsets?" in O(log n) however often it is asked.
///
/// ```swift
/// let signals = WordOccurrences([Array("подписан".utf8)], in: LowercaseBytes("Подписано соглашение"))
/// signals.any(from: 0, to: 39) // true
/// ```
/// - Complexity: O(n · w) to make for n bytes and w words; a query is O(log n).
struct WordOccurrences {
    /// The offsets where a word starts, ascending.
    private let starts: [Int]
    /// For each occurrence `i`, the least end (offset after the word) of occurrences `i...`.
    private let leastEndFrom: [Int]

    init(_ words: [[UInt8]], in text: LowercaseBytes) {
        var starts: [Int] = [], ends: [Int] = []
        let words = words.filter { !$0.isEmpty }
        // Each word's first two bytes (a Russian letter is two; a word of one byte compares one), to turn
        // away most positions at once.
        let heads = words.map { UInt16($0[0]) << 8 | UInt16($0.count > 1 ? $0[1] : 0) }
        let masks: [UInt16] = words.map { $0.count > 1 ? 0xFFFF : 0xFF00 }
        text.bytes.withUnsafeBufferPointer { bytes in
            for position in bytes.indices {
                let first = bytes[position]
                // No word starts inside a letter: its second byte is 10xxxxxx.
                if first & 0xC0 == 0x80 { continue }
                let head = UInt16(first) << 8 | UInt16(position + 1 < bytes.count ? bytes[position + 1] : 0)
                var end = Int.max
                for index in heads.indices where head & masks[index] == heads[index] {
                    let word = words[index]
                    guard position + word.count <= bytes.count else { continue }
                    var offset = 2
                    while offset < word.count, bytes[position + offset] == word[offset] { offset += 1 }
                    if offset >= word.count { end = min(end, position + word.count) }
                }
                if end != Int.max {
                    starts.append(position)
                    ends.append(end)
                }
            }
        }
        var least = ends
        if least.count > 1 {
            for index in stride(from: least.count - 2, through: 0, by: -1) { least[index] = min(least[index], least[index + 1]) }
        }
        self.starts = starts
        leastEndFrom = least
    }

    /// Whether a word stands wholly between the offsets `start` and `end`: what
    /// ``LowercaseBytes/containsAny(_:from:to:)`` answers.
    func any(from start: Int, to end: Int) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < starts.count && leastEndFrom[low] <= end
    }
}
