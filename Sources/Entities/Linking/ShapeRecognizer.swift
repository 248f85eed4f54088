/// Finds names the gazetteer does not know by their shape, so that nothing named is silently dropped:
///
/// - an organization: a legal form and a quoted name ("ГУО «Гимназия № 7 г. Гродно»"); a head noun with
///   a number, a quoted name, or words up to a place ("Администрация Московского района г. Минска",
///   "Детский сад № 1 г. Барановичи"); adjectives and a head ("Мядельского районного исполнительного
///   комитета"); an attached place tail ("г. Минска", "Брестской области") is part of the name;
/// - a settlement after a marker ("г. Чаусы", "аг. Добромысли");
/// - a district ("Дрибинского района");
/// - a person (initials and surname).
///
/// Places named in the tail or in parentheses right after ("(Республика Беларусь)") are kept as hints
/// for the unknown entity's parent and country.
///
/// - Complexity: O(t · h) for t tokens and h heads sharing a first key.
struct ShapeRecognizer {
    let gazetteer: Gazetteer
    let lexicon: ShapeLexicon

    func recognize(_ tokens: [Token], content: [Int], known: [Candidate]) -> [Candidate] {
        guard !content.isEmpty else { return [] }
        var placeStarting: [Int: Candidate] = [:]
        var knownStarting: Set<Int> = []
        for candidate in known {
            knownStarting.insert(candidate.start)
            guard candidate.entities.contains(where: { gazetteer.entities[$0].kind.isPlace }) else { continue }
            if let existing = placeStarting[candidate.start], existing.length >= candidate.length { continue }
            placeStarting[candidate.start] = candidate
        }
        var positionOf = [Int](repeating: -1, count: tokens.count)
        for (position, index) in content.enumerated() { positionOf[index] = position }
        let context = Context(tokens: tokens, content: content, positionOf: positionOf, placeStarting: placeStarting, knownStarting: knownStarting)

        var result: [Candidate] = []
        for position in content.indices {
            if let candidate = organization(at: position, context) { result.append(candidate) }
            if let candidate = settlement(at: position, context) { result.append(candidate) }
            if let candidate = district(at: position, context) { result.append(candidate) }
        }
        let knownPersonStarts = Set(known.filter { $0.entities.contains { gazetteer.entities[$0].kind == .person } }.map(\.start))
        for shape in PersonShape.find(in: tokens) where !knownPersonStarts.contains(shape.start) {
            result.append(Candidate(start: shape.start, end: shape.end, entities: [], source: .unknown,
                                    unknown: UnknownShape(kind: .person, coreEnd: shape.end, places: [], legalFormCountry: nil)))
        }
        return result
    }

    struct Context {
        let tokens: [Token]
        let content: [Int]
        let positionOf: [Int]
        let placeStarting: [Int: Candidate]
        let knownStarting: Set<Int>

        func token(_ position: Int) -> Token { tokens[content[position]] }

        /// Known places chained right after token index `index` ("г. Барановичи Брестской области"):
        /// the token index after them and their gazetteer positions.
        func placeChain(from index: Int) -> (end: Int, places: [Int]) {
            var end = index
            var places: [Int] = []
            while end < tokens.count {
                var start = end
                if ShapeLexicon.isSettlementMarker(tokens, at: start) {
                    start += 1
                    if start < tokens.count, tokens[start].kind == .dot { start += 1 }
                }
                guard let place = placeStarting[start] else { break }
                places += place.entities
                end = place.end
            }
            return (end, places)
        }

        /// The token index after a settlement written with its marker right at `index` ("г. Минска"),
        /// or `index` when there is none.
        func settlementTail(from index: Int) -> Int {
            guard index < tokens.count, ShapeLexicon.isSettlementMarker(tokens, at: index) else { return index }
            var start = index + 1
            if start < tokens.count, tokens[start].kind == .dot { start += 1 }
            return placeStarting[start]?.end ?? index
        }

        /// Places inside parentheses that open right at token index `index`.
        func parenthesizedPlaces(at index: Int) -> [Int] {
            guard index < tokens.count, tokens[index].kind == .openParen else { return [] }
            var places: [Int] = []
            var position = index + 1
            while position < tokens.count, tokens[position].kind != .closeParen, position - index < 16 {
                if let place = placeStarting[position] {
                    places += place.entities
                    position = place.end
                } else {
                    position += 1
                }
            }
            return places
        }

        /// The token index just past a quoted name opening at `index`, or nil when none opens there.
        /// Nested and unbalanced Russian quotes («Отель «Европа») are allowed.
        func quotedNameEnd(at index: Int) -> Int? {
            guard index < tokens.count, tokens[index].kind == .quoteOpen || tokens[index].kind == .quote else { return nil }
            var depth = 0
            var lastClose: Int?
            var position = index
            while position < tokens.count, position - index < 40 {
                switch tokens[position].kind {
                case .quoteOpen: depth += 1
                case .quoteClose: depth -= 1; lastClose = position
                case .quote:
                    if depth > 0 && position > index { depth -= 1; lastClose = position } else { depth += 1 }
                case .comma, .openParen, .closeParen:
                    if depth > 0 { return lastClose.map { $0 + 1 } }
                default: break
                }
                if depth == 0 { return position + 1 }
                position += 1
            }
            return lastClose.map { $0 + 1 }
        }

        /// Whether the content token at `position` begins a sentence (the field's first, or after ". ").
        func startsSentence(_ position: Int) -> Bool {
            let index = content[position]
            guard index > 0 else { return true }
            guard tokens[index - 1].kind == .dot else { return false }
            // A dot after an initial or a one-letter abbreviation ("г.", "В.") does not end a sentence.
            return index < 2 || !(tokens[index - 2].kind == .word && tokens[index - 2].folded.count == 1)
        }

        /// Known places that start inside `start..<end`.
        func placesInside(_ start: Int, _ end: Int) -> [Int] {
            (start..<end).flatMap { placeStarting[$0]?.entities ?? [] }
        }
    }

    // MARK: Organizations

    func organization(at position: Int, _ context: Context) -> Candidate? {
        let token = context.token(position)
        guard token.kind == .word, token.isCapitalized || token.isAllCaps else { return nil }
        let startIndex = context.content[position]

        if let form = lexicon.legalForm(at: position, context.tokens, context.content) {
            let afterForm = context.content[position + form.length - 1] + 1
            if let quoted = context.quotedNameEnd(at: afterForm) {
                return finish(start: startIndex, coreEnd: quoted, context, legalFormCountry: form.country)
            }
            if position + form.length < context.content.count, let head = lexicon.head(at: position + form.length, context.tokens, context.content) {
                return headed(start: startIndex, headEndPosition: position + form.length + head.length, context, legalFormCountry: form.country)
            }
        }
        if let head = lexicon.head(at: position, context.tokens, context.content) {
            return headed(start: startIndex, headEndPosition: position + head.length, context, legalFormCountry: nil, allowGenitive: !head.namedOnly)
        }
        if token.classes.contains(.adjective), isPlaceAdjective(token) {
            var cursor = position + 1
            while cursor < context.content.count, cursor - position <= 5 {
                if let head = lexicon.head(at: cursor, context.tokens, context.content) {
                    return headed(start: startIndex, headEndPosition: cursor + head.length, context, legalFormCountry: nil, allowGenitive: false,
                                  complete: true)
                }
                let next = context.token(cursor)
                guard next.kind == .word, next.classes.contains(.adjective) else { break }
                guard context.content[cursor] == context.content[cursor - 1] + 1 || context.tokens[context.content[cursor] - 1].isSkippedWhenMatching else { break }
                cursor += 1
            }
        }
        return nil
    }

    /// A capitalized adjective made from a known place name ("Мядельского", "Витебский") can begin an
    /// organization's name; other adjectives before a head are too often titles ("Современная библиотека").
    func isPlaceAdjective(_ token: Token) -> Bool {
        token.keys.contains { gazetteer.index.placeAdjectiveKeys.contains($0) }
    }

    /// The rest of a name after its head: "№ 40", a quoted name, "имени М.И. Глинки", genitive words up to
    /// a place, and the place tail.
    /// `complete`: adjectives and a head already make a name ("Мядельского районного исполнительного
    /// комитета"); otherwise the head alone does not.
    func headed(start: Int, headEndPosition: Int, _ context: Context, legalFormCountry: String?, allowGenitive: Bool = true,
                complete: Bool = false) -> Candidate? {
        let tokens = context.tokens
        var end = context.content[headEndPosition - 1] + 1
        var extended = false
        if end + 1 < tokens.count, tokens[end].kind == .numero, tokens[end + 1].kind == .number {
            end += 2
            extended = true
        }
        if let quoted = context.quotedNameEnd(at: end) {
            end = quoted
            extended = true
        }
        if let named = honoreeEnd(at: end, tokens) {
            end = named
            extended = true
        }
        if !extended && !allowGenitive && !complete { return nil }
        if !extended && allowGenitive {
            // Words up to a place: "Министерство просвещения Российской Федерации".
            var cursor = end
            var words = 0
            while cursor < tokens.count, words < 5 {
                if context.placeStarting[cursor] != nil || ShapeLexicon.isSettlementMarker(tokens, at: cursor) && context.placeStarting[cursor + (tokens.count > cursor + 1 && tokens[cursor + 1].kind == .dot ? 2 : 1)] != nil {
                    let chain = context.placeChain(from: cursor)
                    if chain.end > cursor {
                        return finish(start: start, coreEnd: cursor, context, legalFormCountry: legalFormCountry, chain: chain)
                    }
                }
                let token = tokens[cursor]
                guard token.kind == .word, !token.isAllCaps, !ShapeRecognizer.prepositions.contains(token.folded),
                      !context.knownStarting.contains(cursor) || token.folded == "и" else { break }
                words += 1
                cursor += 1
            }
            if headEndPosition - context.positionOf[start] >= 2 || isStrongHead(start, context) {
                return finish(start: start, coreEnd: end, context, legalFormCountry: legalFormCountry)
            }
            return nil
        }
        return finish(start: start, coreEnd: end, context, legalFormCountry: legalFormCountry)
    }

    /// Words that end a name's genitive complement: a preposition starts another phrase ("Команды из г. Смоленска").
    static let prepositions: Set<String> = ["из", "в", "во", "на", "с", "со", "по", "для", "от", "к", "ко", "у", "о", "об", "при",
                                            "за", "под", "над", "между", "через", "до", "после", "без", "про", "а", "но", "или"]

    /// Heads that name a body on their own only with more words ("Администрация" does not, "Гимназия № 4" does).
    func isStrongHead(_ start: Int, _ context: Context) -> Bool { false }

    /// "имени М.И. Глинки" / "им. А.Т. Твардовского": the token index after it, or nil.
    func honoreeEnd(at index: Int, _ tokens: [Token]) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].keys.first == "имен" else { return nil }
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].kind == .dot { cursor += 1 }
        if let (_, afterInitials) = PersonShape.readInitials(tokens, at: cursor), afterInitials < tokens.count, PersonShape.isSurname(tokens[afterInitials]) {
            var end = afterInitials + 1
            if end < tokens.count, tokens[end].isHyphenJoined { end += 1 }
            return end
        }
        var end = cursor
        while end < tokens.count, end - cursor < 3, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        return end > cursor ? end : nil
    }

    /// An organization ending at `coreEnd`: its span takes a settlement right after it ("… г. Минска");
    /// the places after that ("Брестской области Республики Беларусь", "(Республика Беларусь)") stay
    /// mentions of their own but tell its parent and country.
    func finish(start: Int, coreEnd: Int, _ context: Context, legalFormCountry: String?, chain: (end: Int, places: [Int])? = nil) -> Candidate {
        let end = chain?.end ?? context.settlementTail(from: coreEnd)
        let hints = context.placeChain(from: coreEnd)
        var places = context.placesInside(start, max(end, hints.end)) + hints.places
        places += context.parenthesizedPlaces(at: hints.end)
        return Candidate(start: start, end: max(end, coreEnd), entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .org, coreEnd: coreEnd, places: places, legalFormCountry: legalFormCountry))
    }

    // MARK: Places

    /// "г. Чаусы", "аг. Добромысли", "деревня Микулино": a marker and capitalized words the gazetteer lacks.
    func settlement(at position: Int, _ context: Context) -> Candidate? {
        let tokens = context.tokens
        let markerIndex = context.content[position]
        guard ShapeLexicon.isSettlementMarker(tokens, at: markerIndex) else { return nil }
        var nameStart = markerIndex + 1
        if nameStart < tokens.count, tokens[nameStart].kind == .dot { nameStart += 1 }
        guard nameStart < tokens.count, tokens[nameStart].kind == .word, tokens[nameStart].isCapitalized,
              !tokens[nameStart].isAllCaps, tokens[nameStart].folded.count > 1, context.placeStarting[nameStart] == nil, !context.knownStarting.contains(nameStart) else { return nil }
        var end = nameStart + 1
        while end < tokens.count, tokens[end].kind == .word, tokens[end].isHyphenJoined || tokens[end].isCapitalized && tokens[end].classes.contains(.noun) && end - nameStart < 2 && tokens[end - 1].classes.contains(.adjective) {
            end += 1
        }
        let tail = context.placeChain(from: end)
        let places = tail.places + context.parenthesizedPlaces(at: tail.end)
        return Candidate(start: markerIndex, end: end, entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .city, coreStart: nameStart, coreEnd: end, places: places, legalFormCountry: nil))
    }

    /// "Дрибинского района": a capitalized adjective before район that the gazetteer lacks.
    func district(at position: Int, _ context: Context) -> Candidate? {
        guard position + 1 < context.content.count else { return nil }
        let adjective = context.token(position), noun = context.token(position + 1)
        let index = context.content[position]
        guard adjective.kind == .word, adjective.isCapitalized, adjective.classes.contains(.adjective),
              noun.keys.first == "район", !context.knownStarting.contains(index) else { return nil }
        let end = context.content[position + 1] + 1
        let tail = context.placeChain(from: end)
        let places = tail.places + context.parenthesizedPlaces(at: tail.end)
        return Candidate(start: index, end: end, entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .district, coreEnd: end, places: places, legalFormCountry: nil))
    }
}
