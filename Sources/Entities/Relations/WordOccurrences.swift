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
        self = WordOccurrences.find(WordGroups([words]), in: text)[0]
    }

    /// The occurrences of each group of `groups` in `text`, in one pass.
    /// - Complexity: O(n · k) for n bytes and k words sharing the first two bytes at a position (most
    ///   positions: none).
    static func find(_ groups: WordGroups, in text: LowercaseBytes) -> [WordOccurrences] {
        var starts = [[Int]](repeating: [], count: groups.count), ends = starts
        var groupEnds = [Int](repeating: Int.max, count: groups.count)
        text.bytes.withUnsafeBufferPointer { bytes in
            for position in bytes.indices {
                let first = bytes[position]
                // No word starts inside a letter: its second byte is 10xxxxxx.
                if first & 0xC0 == 0x80 { continue }
                let head = UInt16(first) << 8 | UInt16(position + 1 < bytes.count ? bytes[position + 1] : 0)
                guard groups.mayStart(head) else { continue }
                for word in groups.words where head & word.mask == word.head {
                    let letters = word.bytes
                    guard position + letters.count <= bytes.count else { continue }
                    var offset = 2
                    while offset < letters.count, bytes[position + offset] == letters[offset] { offset += 1 }
                    if offset >= letters.count { groupEnds[word.group] = min(groupEnds[word.group], position + letters.count) }
                }
                for group in groupEnds.indices where groupEnds[group] != Int.max {
                    starts[group].append(position)
                    ends[group].append(groupEnds[group])
                    groupEnds[group] = Int.max
                }
            }
        }
        return starts.indices.map { WordOccurrences(starts: starts[$0], ends: ends[$0]) }
    }

    private init(starts: [Int], ends: [Int]) {
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
