/// The news agency of a dateline, the head of a news item: "МОСКВА, 19 дек – РИА Новости.",
/// "СМОЛЕНСК, 23 декабря. / ТАСС /.", "Смоленск. 25 марта. ИНТЕРФАКС-ЦЕНТР –".
extension ShapeRecognizer {
    /// The agency whose name starts at content `position` after a dateline: a known place (in capitals
    /// or not), a comma or a dot, a day and a month (a dot may follow), then a dash or a slash — and the
    /// name itself, up to four capitalized, capital or Latin words that end at a dot, a dash, a slash
    /// or the end of the text; or, after the month and a dot, a name that a dash or a slash ends. The place is where the news comes from, not where the agency is: the
    /// agency gets no place and no country.
    ///
    /// ```swift
    /// // "МИНСК, 13 фев — Sputnik. Смоленская область …" → org [Sputnik]
    /// ```
    /// - Complexity: O(1) for a word that does not follow a dash or a slash; O(k) for a name of k words.
    @inline(__always)
    func newsAgency(at position: Int, _ context: Context) -> Candidate? {
        let start = context.content[position]
        // Most words follow no dash, slash or dot: one read.
        guard start >= 4, [.dash, .other, .dot].contains(context.tokens[start - 1].kind) else { return nil }
        let tokens = context.tokens
        guard tokens[start].kind == .word, tokens[start].isCapitalized, isDash(tokens[start - 1]) || tokens[start - 1].kind == .dot else { return nil }
        let afterDot = tokens[start - 1].kind == .dot
        // Backwards: [dot] month day (comma | dot) place.
        var cursor = start - 2
        if !afterDot, tokens[cursor].kind == .dot { cursor -= 1 }
        guard cursor >= 3, tokens[cursor].kind == .word, tokens[cursor - 1].kind == .number,
              DateVocabulary.month(Array(tokens[cursor].folded.utf8), letters: tokens[cursor].word.length) != nil,
              let day = Int(tokens[cursor - 1].folded), (1...31).contains(day),
              tokens[cursor - 2].kind == .comma || tokens[cursor - 2].kind == .dot, context.placeEnding[cursor - 2] else { return nil }
        // Forwards: the name, then what ends it.
        var end = start
        var words = 0
        while end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized || tokens[end].isHyphenJoined, words < 4 {
            words += tokens[end].isHyphenJoined ? 0 : 1
            end += 1
        }
        // After a bare dot, only a dash ends it ("Смоленск. 25 марта. ИНТЕРФАКС-ЦЕНТР – …").
        guard words > 0, end < tokens.count ? isDash(tokens[end]) || !afterDot && tokens[end].kind == .dot : !afterDot else { return nil }
        return Candidate(start: start, end: end, entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .org, coreEnd: end, places: [], legalForm: nil))
    }

    /// A dash, or a slash ("/ ТАСС /").
    private func isDash(_ token: Token) -> Bool {
        token.kind == .dash || token.kind == .other && token.folded.utf8Equals("/")
    }
}
