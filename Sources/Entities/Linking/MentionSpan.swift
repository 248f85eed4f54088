/// Widens a matched name to the whole mention as written: the place marker before a settlement
/// ("г. Орши", "городской поселок Ушачи", "Муниципальное образование «Руднянский муниципальный
/// округ»"), and quotes that enclose the name ("«Клуб золотого возраста»") or that it opens and leaves
/// open ("ФГБУК «Государственный … музей-заповедник»").
///
/// - Complexity: O(k) in the tokens of the span.
enum MentionSpan {
    static func widen(_ candidate: Candidate, _ tokens: [Token], gazetteer: Gazetteer) -> Candidate {
        var widened = candidate
        if candidate.entities.allSatisfy({ gazetteer.kinds[$0] == .city || gazetteer.kinds[$0] == .district }) {
            widened.start = startIncludingMarker(candidate.start, tokens)
        }
        widened.end = endBalancingQuotes(widened, tokens)
        if widened.start == candidate.start { widened = includingEnclosingQuotes(widened, tokens) }
        return widened
    }

    /// The start of the marker before a settlement or district name, or `start` when there is none.
    static func startIncludingMarker(_ start: Int, _ tokens: [Token]) -> Int {
        // "Муниципальное образование «Велижский район»": the municipality's formal name.
        if start >= 3, tokens[start - 1].kind == .quoteOpen || tokens[start - 1].kind == .quote,
           tokens[start - 2].word.firstKeyHasPrefix("образован"), tokens[start - 3].word.firstKeyHasPrefix("муниципальн") {
            return start - 3
        }
        var marker = start - 1
        if marker >= 0, tokens[marker].kind == .dot { marker -= 1 }
        guard marker >= 0, ShapeLexicon.isSettlementMarker(tokens, at: marker) || tokens[marker].word.folded.utf8.elementsEqual("гп".utf8) else {
            return start
        }
        // Two-word markers: "городской поселок", "рабочий поселок".
        if marker >= 1, tokens[marker].word.firstKeyHasPrefix("посел"),
           tokens[marker - 1].word.firstKeyIs("городск") || tokens[marker - 1].word.firstKeyIs("рабоч") {
            return marker - 1
        }
        return marker
    }

    /// A span that opens a quote it does not close takes the closing quote right after it.
    static func endBalancingQuotes(_ candidate: Candidate, _ tokens: [Token]) -> Int {
        var depth = 0
        // Kinds read in place: a copied token would retain its word.
        for index in candidate.start..<candidate.end {
            let kind = tokens[index].kind
            if kind == .quoteOpen { depth += 1 } else if kind == .quoteClose { depth -= 1 }
        }
        var end = candidate.end
        while depth > 0, end < tokens.count, tokens[end].kind == .quoteClose || tokens[end].kind == .quote {
            depth -= 1
            end += 1
        }
        return end
    }

    /// A name standing alone between quotes takes them: "«Клуб золотого возраста»".
    static func includingEnclosingQuotes(_ candidate: Candidate, _ tokens: [Token]) -> Candidate {
        guard candidate.start > 0, candidate.end < tokens.count else { return candidate }
        let before = tokens[candidate.start - 1].kind, after = tokens[candidate.end].kind
        guard before == .quoteOpen || before == .quote, after == .quoteClose || after == .quote else { return candidate }
        var widened = candidate
        widened.start -= 1
        widened.end += 1
        return widened
    }

    /// Known bodies with their country written right after them, which the gazetteer's name leaves out:
    /// "Государственной Думы | Российской Федерации" is one mention of the State Duma, whose short name
    /// the gazetteer has. A country only joins the body when it is the country of every reading.
    /// `chosen` is sorted by start and without overlaps, and stays so.
    /// - Complexity: O(c) for c chosen spans.
    static func joiningTheirCountry(_ chosen: [Candidate], gazetteer: Gazetteer) -> [Candidate] {
        /// Whether span `index` is a known body whose country is the known country right after it.
        func isFollowedByItsCountry(_ index: Int) -> Bool {
            // Read in place: most spans are not a known body followed right away by a known country.
            guard index + 1 < chosen.count, chosen[index].source == .gazetteer, chosen[index + 1].source == .gazetteer,
                  chosen[index + 1].start == chosen[index].end, chosen[index + 1].entities.count == 1,
                  gazetteer.kinds[chosen[index + 1].entities[0]] == .country,
                  let country = gazetteer.entities[chosen[index + 1].entities[0]].country else { return false }
            return chosen[index].entities.allSatisfy { gazetteer.kinds[$0] == .org && gazetteer.entities[$0].country == country }
        }
        // Most fields have none: nothing copied.
        guard let first = chosen.indices.first(where: isFollowedByItsCountry) else { return chosen }
        var result = Array(chosen[..<first])
        var index = first
        while index < chosen.count {
            guard isFollowedByItsCountry(index) else {
                result.append(chosen[index])
                index += 1
                continue
            }
            var body = chosen[index]
            body.end = chosen[index + 1].end
            body.weight += chosen[index + 1].weight
            result.append(body)
            index += 2
        }
        return result
    }
}
