/// Towns the gazetteer lacks, named in a list of towns: "китайских городов Нанкин и Сиань" (after a
/// plural of "город"), "Омска, Брянска, Звенигорода, Смоленска" (between known towns of one country).
extension ShapeRecognizer {
    /// The town a capitalized noun at content `position` names as a member of a list of towns:
    /// - after "городов" (any plural case) and the list's members before it, each joined by a comma or
    ///   "и" — a town of the country whose adjective stands before the plural ("китайских городов");
    /// - between a known place and a known town, joined to both by a comma or "и" — a town of the
    ///   country both neighbours lie in, or of none when they lie in two.
    /// Not an adjective, a person, a known name, nor a word at the start of a hyphenated one.
    ///
    /// ```swift
    /// // "китайских городов Нанкин и Сиань" → city [Нанкин] places [cn], city [Сиань] places [cn]
    /// ```
    /// - Complexity: O(k) for the k list members before it (at most eight are read).
    @inline(__always)
    func townInAList(at position: Int, _ context: Context) -> Candidate? {
        let index = context.content[position]
        // Most words follow neither a comma, nor a one-letter word, nor a plural noun: two reads.
        guard index > 0, context.tokens[index - 1].kind == .comma || context.tokens[index - 1].kind == .word
            && (context.tokens[index - 1].word.length == 1 || context.tokens[index - 1].word.traits.contains(.pluralNoun))
        else { return nil }
        let tokens = context.tokens
        let token = tokens[index]
        guard CoordinatedNames.isJoiner(tokens[index - 1]) || isTownsPlural(tokens[index - 1]), token.kind == .word, token.isCapitalized,
              !token.isAllCaps, token.word.length > 2, token.classes != .adjective, !token.isHyphenJoined, !context.isKnownStart(index),
              !context.personStarts.contains(index), !context.personSurnames.contains(index) else { return nil }
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .word, tokens[end].isHyphenJoined { end += 1 }
        guard end == tokens.count || CoordinatedNames.isJoiner(tokens[end]) || [.dot, .closeParen, .dash].contains(tokens[end].kind) else { return nil }
        if let marker = townsPlural(before: index, tokens) {
            let country = marker > 0 ? placeAdjectives.country(of: tokens[marker - 1], gazetteer: gazetteer) : nil
            return Candidate(start: index, end: end, entities: [], source: .unknown,
                             unknown: UnknownShape(kind: .city, coreEnd: end, places: country.map { [$0] } ?? [], legalForm: nil))
        }
        guard CoordinatedNames.isJoiner(tokens[index - 1]), context.placeEnding[index - 1], end < tokens.count, CoordinatedNames.isJoiner(tokens[end]),
              let next = context.place(at: end + 1), next.entities.contains(where: { gazetteer.kinds[$0] == .city }) else { return nil }
        // Between two towns of one country, a town of that country: "Брянска, Звенигорода, Смоленска".
        let previous = context.places.last { $0.end == index - 1 }
        let country = previous.flatMap { sharedCountry(of: $0.entities + next.entities) }
        return Candidate(start: index, end: end, entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .city, coreEnd: end, places: country.map { [$0] } ?? [], legalForm: nil))
    }

    /// The country every one of `places` lies in (the top of their hierarchy), if they share one.
    private func sharedCountry(of places: [Int]) -> Int? {
        var shared: Int?
        for place in places {
            var top = place
            for ancestor in gazetteer.hierarchy.ancestors(of: place) { top = ancestor }
            guard gazetteer.kinds[top] == .country, shared == nil || shared == top else { return nil }
            shared = top
        }
        return shared
    }

    /// The token index of the plural of "город" that begins the list whose member starts at `index`
    /// ("городов | Нанкин и | Сиань"), if any: walked back over up to eight members of one capitalized
    /// word each (hyphenated parts included), joined by a comma or "и".
    private func townsPlural(before index: Int, _ tokens: [Token]) -> Int? {
        var cursor = index - 1
        for _ in 0..<8 {
            guard cursor >= 0 else { return nil }
            if isTownsPlural(tokens[cursor]) { return cursor }
            guard CoordinatedNames.isJoiner(tokens[cursor]), cursor > 0 else { return nil }
            cursor -= 1
            while cursor > 0, tokens[cursor].isHyphenJoined { cursor -= 1 }
            guard tokens[cursor].kind == .word, tokens[cursor].isCapitalized else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// "городов", "городам", "городами", "городах": a plural of "город" that only a plural can be.
    private func isTownsPlural(_ token: Token) -> Bool {
        token.kind == .word && token.word.traits.contains(.pluralNoun) && token.keys.contains { $0.utf8Equals("город") }
    }
}
