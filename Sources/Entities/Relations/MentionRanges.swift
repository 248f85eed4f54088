/// A field's mentions ordered by where they start, to find those inside a range of the text without
/// looking at all of them: a field may be megabytes long, with an agreement clause every sentence.
///
/// ```swift
/// let ranges = MentionRanges(mentions)
/// ranges.ids(from: 10, to: 80) // the entity ids of the mentions within bytes 10..<80, in mention order
/// ```
/// - Complexity: O(m log m) to make for m mentions; a query is O(log m + k log k) for the k mentions
///   starting in its range.
struct MentionRanges {
    private let mentions: [Mention]
    /// Indices into `mentions`, by start (ties in mention order).
    private let order: [Int]
    /// `mentions[order[i]].fieldStart`.
    private let starts: [Int]

    init(_ mentions: [Mention]) {
        self.mentions = mentions
        order = mentions.indices.sorted { (mentions[$0].fieldStart, $0) < (mentions[$1].fieldStart, $1) }
        starts = order.map { mentions[$0].fieldStart }
    }

    /// The entity ids of the mentions that start at or after `start` and end at or before `end`, in the
    /// order of the mentions (what `mentions.filter { … }.map(\.entityID)` gives).
    func ids(from start: Int, to end: Int) -> [String] {
        var found: [Int] = []
        var cursor = firstStarting(atOrAfter: start)
        while cursor < order.count, starts[cursor] <= end {
            if mentions[order[cursor]].fieldEnd <= end { found.append(order[cursor]) }
            cursor += 1
        }
        found.sort()
        return found.map { mentions[$0].entityID }
    }

    /// The first mention, in mention order, that starts between `start` and `last` (both included).
    func first(from start: Int, through last: Int) -> Mention? {
        var best: Int?
        var cursor = firstStarting(atOrAfter: start)
        while cursor < order.count, starts[cursor] <= last {
            best = min(best ?? order[cursor], order[cursor])
            cursor += 1
        }
        return best.map { mentions[$0] }
    }

    /// The position in `order` of the first mention starting at or after `offset`.
    private func firstStarting(atOrAfter offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
