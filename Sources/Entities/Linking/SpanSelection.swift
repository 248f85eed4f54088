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
        guard candidates.count > 1 else { return candidates }
        // Orders indices, not the candidates themselves (which hold arrays): ties keep the input order.
        let ordered = candidates.withUnsafeBufferPointer { c in
            c.indices.sorted { a, b in
                if c[a].weight != c[b].weight { return c[a].weight > c[b].weight }
                if c[a].source != c[b].source { return c[a].source > c[b].source }
                if c[a].exactness != c[b].exactness { return c[a].exactness > c[b].exactness }
                if c[a].start != c[b].start { return c[a].start < c[b].start }
                return a < b
            }
        }
        var taken = [Bool](repeating: false, count: candidates.reduce(0) { max($0, $1.end) })
        var chosen: [Int] = []
        for index in ordered {
            let range = candidates[index].start..<candidates[index].end
            if range.contains(where: { taken[$0] }) { continue }
            for position in range { taken[position] = true }
            chosen.append(index)
        }
        // Chosen spans do not overlap, so their starts differ.
        return chosen.sorted { candidates[$0].start < candidates[$1].start }.map { candidates[$0] }
    }
}
