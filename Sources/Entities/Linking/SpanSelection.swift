/// Chooses the mentions to keep from overlapping candidates: a pure function of the candidates.
///
/// The span with the most name tokens wins (quotes and dots do not count); at equal weight a gazetteer
/// name beats a recognized shape, then a more exactly spelled match, then the earlier span. The result is sorted by position and never overlaps.
///
/// ```swift
/// // "Витебского района" (2 tokens, district) beats "Витебского…" (1 token, anything shorter)
/// ```
/// - Complexity: O(c log c + c·k) for c candidates and k chosen.
enum SpanSelection {
    static func select(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.sorted {
            if $0.weight != $1.weight { return $0.weight > $1.weight }
            if $0.source != $1.source { return $0.source > $1.source }
            if $0.exactness != $1.exactness { return $0.exactness > $1.exactness }
            return $0.start < $1.start
        }
        var chosen: [Candidate] = []
        var taken: [Bool] = []
        for candidate in ordered {
            if taken.count < candidate.end { taken += repeatElement(false, count: candidate.end - taken.count) }
            if (candidate.start..<candidate.end).contains(where: { taken[$0] }) { continue }
            for index in candidate.start..<candidate.end { taken[index] = true }
            chosen.append(candidate)
        }
        return chosen.sorted { $0.start < $1.start }
    }
}
