/// An append-only table kept in chunks of a fixed size, so growing it never copies what it holds: a
/// plain array that doubles holds its old and new storage at once, half again its size at the peak.
///
/// ```swift
/// var table = ChunkedTable<Int>()
/// table.append(7)
/// table[0]   // 7
/// ```
/// - Complexity: append and subscript are O(1).
struct ChunkedTable<Element> {
    private static var chunkBits: Int { 14 }
    private var chunks: [[Element]] = []
    private(set) var count = 0

    mutating func append(_ element: Element) {
        if count & ((1 << Self.chunkBits) - 1) == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(1 << Self.chunkBits)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    subscript(index: Int) -> Element {
        chunks[index >> Self.chunkBits][index & ((1 << Self.chunkBits) - 1)]
    }
}
