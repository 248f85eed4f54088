/// The post and place written before a person, which tell whom the person serves or at least their country.
extension Linker {
    /// The known place before chosen span `index` and the post written with it, which a person named
    /// there holds: "советника Губернатора | Смоленской области | А.В. Казакова", "мэром Могилева |
    /// Сергеем Чертковым". A person named there serves the body the post stands for, or is at least of
    /// the place's country.
    /// - Up to three words may stand between the post and the place: the post's title ("Глава
    ///   муниципального образования | Руднянский район", "Министр иностранных дел | Беларуси") or the
    ///   body it is held in ("руководитель | Представительства МИД | России | в городе Смоленске |
    ///   Андрей Линев"); quotes do not count ("директор «Центра международного сотрудничества |
    ///   Смоленской области» | Артем Джонс").
    /// - The place may be followed by a seat ("Посол | Республики Беларусь | в России | Василий
    ///   Долгалев": the place is the one the post is of), and by the post's field, "по" and up to six
    ///   lower-case words ("заместителя Главы | города Смоленска | по инвестициям и комплексному
    ///   развитию | Юлии Никифоровой").
    /// - Complexity: O(1): at most a dozen tokens are read.
    func postAndPlace(before index: Int, _ spans: FieldSpans) -> (post: Token, place: Int)? {
        guard index > 0, knownPlace(spans.chosen[index - 1]) != nil,
              isPostsField(spans.tokens, spans.chosen[index - 1].end..<spans.chosen[index].start) else { return nil }
        var placeIndex = index - 1
        if placeIndex > 0, knownPlace(spans.chosen[placeIndex - 1]) != nil, spans.chosen[placeIndex - 1].end + 1 == spans.chosen[placeIndex].start,
           ShapeRecognizer.isIn(spans.tokens[spans.chosen[placeIndex].start - 1]) {
            placeIndex -= 1
        }
        guard let place = knownPlace(spans.chosen[placeIndex]) else { return nil }
        let floor = placeIndex > 0 ? spans.chosen[placeIndex - 1].end : 0
        var cursor = spans.chosen[placeIndex].start - 1
        var words = 0
        while cursor >= floor {
            let token = spans.tokens[cursor]
            if token.kind == .word {
                if gazetteer.shapeLexicon.isPost(token) { return (token, place) }
                words += 1
                guard words <= 3 else { return nil }
            } else if token.kind != .quoteOpen && token.kind != .quoteClose && token.kind != .quote {
                return nil
            }
            cursor -= 1
        }
        return nil
    }

    /// The country of a person named right after a post and a head only one country's bodies have, in
    /// lower case and with no place: "Председателя районного исполнительного комитета | Ивана
    /// Антоновича Лавриновича", "заместителем председателя райисполкома | …" (`!BY` in `org-heads.txt`).
    /// The head must fill the words between the post and the person.
    /// - Complexity: O(1): at most six words are read.
    func postAndHeadCountry(before index: Int, _ spans: FieldSpans) -> String? {
        let start = spans.chosen[index].start
        var headStart = start
        // The words right before the person, at most six, after the chosen span before it.
        let floor = max(index > 0 ? spans.chosen[index - 1].end : 0, start - 6)
        while headStart > floor, spans.tokens[headStart - 1].kind == .word { headStart -= 1 }
        guard start - headStart >= 2 else { return nil }
        let words = Array(spans.tokens[headStart..<start])
        let text = MatchToken.content(words, Array(words.indices))
        // The post nearest the person, then a head that fills the words up to the person.
        for post in (0..<(words.count - 1)).reversed() where gazetteer.shapeLexicon.isPost(words[post]) {
            if let head = gazetteer.shapeLexicon.head(at: post + 1, text), head.length == words.count - post - 1, let country = head.country {
                return country
            }
        }
        return nil
    }

    /// The chosen span a post written after a person, set off by a comma, names — the person's place or
    /// the body they serve: "Николай Куцко, руководитель | отделения посольства Республики Беларусь в
    /// Смоленске", "Иван Петров, глава | Оршанского района". Up to three lower-case words may stand between
    /// the post and the span, of its title ("заместитель председателя | Дубровенского райисполкома").
    /// - Complexity: O(1): at most five tokens are read.
    func postAfter(_ index: Int, _ spans: FieldSpans) -> (post: Token, span: Int)? {
        let next = index + 1
        guard next < spans.chosen.count else { return nil }
        let tokens = spans.tokens
        var cursor = spans.chosen[index].end
        guard cursor < tokens.count, tokens[cursor].kind == .comma else { return nil }
        cursor += 1
        guard cursor < spans.chosen[next].start, gazetteer.shapeLexicon.isPost(tokens[cursor]) else { return nil }
        let post = tokens[cursor]
        let words = spans.chosen[next].start - cursor - 1
        guard words <= 3, tokens[(cursor + 1)..<spans.chosen[next].start].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) else {
            return nil
        }
        return (post, next)
    }

    /// The known place a person comes from, written right before the name after "из": "коллега из
    /// Витебска | Александр Субботин", "гости из г. Орши | Иван Петров". The gazetteer position of the place.
    /// - Complexity: O(1).
    func origin(before index: Int, _ spans: FieldSpans) -> Int? {
        guard index > 0, let place = knownPlace(spans.chosen[index - 1]), spans.chosen[index - 1].end == spans.chosen[index].start else {
            return nil
        }
        let before = spans.chosen[index - 1].start - 1
        guard before >= 0, spans.tokens[before].kind == .word, spans.tokens[before].folded.utf8Equals("из") else { return nil }
        return place
    }

    /// The chosen span that introduces the people named after it with a dash or a colon, each with their
    /// post: "Оршанский район — председатель райисполкома Игорь Мороз и председатель районного Совета
    /// депутатов Анатолий Сильченко", "представители Витебского госуниверситета – ректор А.В. Егоров и
    /// проректор по учебной работе В.И. Турковский". The index into the chosen spans of the place or body
    /// the person at `index` is of, if the list reaches back to one.
    /// - Up to six words (the post, and the body it is held in) before each person; the people after the
    ///   first follow a comma or "и".
    /// - Complexity: O(k · w) for the k people of the list before it and the w words of their posts.
    func listIntroducer(before index: Int, _ spans: FieldSpans) -> Int? {
        var first = index
        while first > 0, ListedCountry.isPerson(spans.chosen[first - 1], gazetteer),
              isPostGap(spans.tokens, spans.chosen[first - 1].end..<spans.chosen[first].start, opener: { $0.kind == .comma || $0.folded.utf8Equals("и") }) {
            first -= 1
        }
        guard first > 0, !ListedCountry.isPerson(spans.chosen[first - 1], gazetteer),
              isPostGap(spans.tokens, spans.chosen[first - 1].end..<spans.chosen[first].start,
                        opener: { $0.kind == .dash || ($0.kind == .other && $0.folded.utf8Equals(":")) }) else { return nil }
        return first - 1
    }

    /// Whether `range` is an opener (`opener`) and up to six words.
    private func isPostGap(_ tokens: [Token], _ range: Range<Int>, opener: (Token) -> Bool) -> Bool {
        guard let first = range.first, opener(tokens[first]) else { return false }
        let words = range.dropFirst()
        return words.count <= 6 && words.allSatisfy { tokens[$0].kind == .word }
    }

    /// Whether the tokens between a place and the person after it belong to the post: none, quotes, or
    /// its field — "по" and up to six lower-case words ("по инвестициям и комплексному развитию").
    private func isPostsField(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var words = 0
        for index in range {
            let token = tokens[index]
            switch token.kind {
            case .quoteOpen, .quoteClose, .quote:
                guard words == 0 else { return false }
            case .word:
                guard !token.isCapitalized, words > 0 || token.word.firstKeyIs("по"), words < 6 else { return false }
                words += 1
            default:
                return false
            }
        }
        return true
    }

    /// The gazetteer position of a chosen span that is one known place.
    func knownPlace(_ candidate: Candidate) -> Int? {
        guard candidate.source == .gazetteer, candidate.entities.count == 1, let position = candidate.entities.first,
              gazetteer.kinds[position].isPlace else { return nil }
        return position
    }
}
