/// Finds names the gazetteer does not know by their shape, so that nothing named is silently dropped:
///
/// - an organization: a legal form and a quoted name ("ГУО «Гимназия № 7 г. Гродно»"); a head noun with
///   a number, a quoted name, or words up to a place ("Администрация Московского района г. Минска",
///   "Детский сад № 1 г. Барановичи"); adjectives and a head ("Мядельского районного исполнительного
///   комитета"); an attached place tail ("г. Минска", "Брестской области") is part of the name;
///   a public authority in lower case, named by the place it governs ("правительства Брундской области"),
///   and a representation with its seat ("Посольство … в Республике Беларусь"; see
///   `BodiesNamedByPlace.swift`);
/// - a settlement after a marker ("г. Чаусы", "аг. Добромысли"), or before its country in parentheses
///   ("Хагеном (Германия)");
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
    /// Keys of adjectives that can begin an organization's name: made from place names (a district's or
    /// region's first word), or the lexicon's (see ``isOrganizationAdjective(_:_:)``).
    let organizationAdjectiveKeys: IDSet
    /// Keys of the level words (``LevelWords``): a capitalized adjective before one is a place's, known
    /// or not ("Заречного районного Совета", "Крического райисполкома").
    let levelWordKeys: IDSet

    /// Town adjectives made from one-word names ("Десногорского"), which have no keys of their own.
    let placeAdjectives: PlaceAdjectives

    init(gazetteer: Gazetteer, lexicon: ShapeLexicon, placeAdjectives: PlaceAdjectives) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.placeAdjectives = placeAdjectives
        organizationAdjectiveKeys = IDSet(gazetteer.index.placeAdjectiveKeyIDs.union(lexicon.organizationAdjectiveKeyIDs))
        levelWordKeys = IDSet(LevelWords.allWords.flatMap { NameIndex.patternTokens($0).first?.keys ?? [] }.map { gazetteer.vocabulary.intern($0) })
    }

    func recognize(_ tokens: [Token], content: [Int], known: [Candidate]) -> [Candidate] {
        let tokens = gazetteer.vocabulary.adopt(tokens)
        return recognize(tokens, content: content, matchTokens: MatchToken.content(tokens, content), known: known,
                         persons: PersonShape.find(in: tokens, givenNames: lexicon.givenNameKeyIDs, patronymics: lexicon.malePatronymics))
    }

    /// The same, given the content tokens reduced for matching (`matchTokens[p]` is `tokens[content[p]]`)
    /// and the person shapes in the tokens.
    func recognize(_ tokens: [Token], content: [Int], matchTokens: [MatchToken], known: [Candidate], persons: [PersonShape]) -> [Candidate] {
        guard !content.isEmpty else { return [] }
        // For each token index, the longest known place starting there (an index into `places`).
        var places: [Candidate] = []
        var placeStarting = [Int32](repeating: -1, count: tokens.count + 1)
        var knownStarting = [Bool](repeating: false, count: tokens.count + 1)
        for candidate in known {
            knownStarting[candidate.start] = true
            guard candidate.entities.contains(where: { gazetteer.kinds[$0].isPlace }) else { continue }
            let existing = placeStarting[candidate.start]
            if existing >= 0, places[Int(existing)].length >= candidate.length { continue }
            placeStarting[candidate.start] = Int32(places.count)
            places.append(candidate)
        }
        var placeEnding = [Bool](repeating: false, count: tokens.count + 1)
        for place in places { placeEnding[place.end] = true }
        var positionOf = [Int](repeating: -1, count: tokens.count)
        for (position, index) in content.enumerated() { positionOf[index] = position }
        let context = Context(tokens: tokens, content: content, matchTokens: matchTokens, positionOf: positionOf, places: places,
                              placeStarting: placeStarting, placeEnding: placeEnding, knownStarting: knownStarting,
                              personStarts: Set(persons.map(\.start)), personSurnames: Set(persons.map(\.surname)))

        var result: [Candidate] = []
        for position in content.indices where mayStartShape(matchTokens[position]) {
            if let candidate = organization(at: position, context) { result.append(candidate) }
            if let candidate = settlement(at: position, context) { result.append(candidate) }
            if let candidate = district(at: position, context) { result.append(candidate) }
            if let candidate = townBeforeItsCountry(at: position, context) { result.append(candidate) }
            if let candidate = newsAgency(at: position, context) { result.append(candidate) }
            if let candidate = townInAList(at: position, context) { result.append(candidate) }
        }
        // A name never starts inside a hyphenated word ("Детско-юношеской спортивной школой"): it takes the
        // whole word.
        for index in result.indices {
            var start = result[index].start
            while start > 0, tokens[start].isHyphenJoined, tokens[start - 1].kind == .word { start -= 1 }
            guard start != result[index].start else { continue }
            if result[index].unknown?.coreStart == result[index].start { result[index].unknown?.coreStart = start }
            result[index].start = start
        }
        result = ShapeRecognizer.joiningBodiesThatShareAHead(result, tokens)
        var knownPersonStarts: Set<Int> = []
        for candidate in known where candidate.entities.contains(where: { gazetteer.kinds[$0] == .person }) { knownPersonStarts.insert(candidate.start) }
        for shape in persons where !knownPersonStarts.contains(shape.start) {
            result.append(Candidate(start: shape.start, end: shape.end, entities: [], source: .unknown,
                                    unknown: UnknownShape(kind: .person, coreEnd: shape.end, places: [], legalForm: nil, person: shape)))
        }
        return result
    }

    /// Two bodies found where one's adjectives end and the other's capitalized head begins (the first
    /// is adjectives up to where the second starts) are one:
    /// "Государственной Думы" and "Думы Российской Федерации" are "Государственной Думы Российской
    /// Федерации" (the adjectives, the head, and the complement the head takes).
    /// - Complexity: O(c) for c candidates, in the order found (by start).
    static func joiningBodiesThatShareAHead(_ candidates: [Candidate], _ tokens: [Token]) -> [Candidate] {
        // Most fields have no two bodies that overlap: nothing to copy.
        var previousEnd = -1
        var overlapping = false
        for candidate in candidates where candidate.unknown?.kind == .org {
            if candidate.start < previousEnd { overlapping = true; break }
            previousEnd = max(previousEnd, candidate.end)
        }
        guard overlapping else { return candidates }
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count)
        var lastBody: Int?
        for candidate in candidates {
            if let last = lastBody, let shape = candidate.unknown, shape.kind == .org, var first = result[last].unknown,
               result[last].start < candidate.start, candidate.start < result[last].end, result[last].end < candidate.end,
               first.coreEnd <= candidate.end, tokens[candidate.start].isCapitalized,
               tokens[result[last].start..<candidate.start].allSatisfy({ $0.kind == .word && $0.classes.contains(.adjective) }) {
                first.coreEnd = shape.coreEnd
                first.places += shape.places
                first.legalForm = first.legalForm ?? shape.legalForm
                result[last].unknown = first
                result[last].end = candidate.end
                continue
            }
            if candidate.unknown?.kind == .org { lastBody = result.count }
            result.append(candidate)
        }
        return result
    }

    /// Whether a shape can start at a content token: every shape starts with a word that is
    /// capitalized, a settlement marker, or the first word of a legal form or an organization head
    /// (``organization(at:_:)``, ``settlement(at:_:)`` and ``district(at:_:)`` return nil for any other
    /// token, so skipping it changes nothing; most lower-case words are skipped with a few reads).
    @inline(__always)
    func mayStartShape(_ token: MatchToken) -> Bool {
        token.kind == .word && (token.isCapitalized || token.isAllCaps || token.isSettlementMarker || lexicon.beginsPhrase(token))
    }

    struct Context {
        let tokens: [Token]
        let content: [Int]
        /// `tokens[content[p]]` reduced for matching, by content position `p`.
        let matchTokens: [MatchToken]
        let positionOf: [Int]
        /// Known places, and for each token index the longest starting there (an index into `places`, -1: none).
        let places: [Candidate]
        let placeStarting: [Int32]
        /// Whether one of `places` ends at each token index.
        let placeEnding: [Bool]
        /// Whether a known name starts at each token index.
        let knownStarting: [Bool]
        /// Token indices where a person's name starts ("глава города Павел Семенов": no town "Павел").
        let personStarts: Set<Int>
        /// Token indices of the surnames of people's names ("Игорь Ковалев (Беларусь)": no town "Ковалев").
        let personSurnames: Set<Int>

        func token(_ position: Int) -> Token { tokens[content[position]] }

        /// The longest known place starting at token index `index`, if any.
        @inline(__always)
        func place(at index: Int) -> Candidate? {
            guard index >= 0, index < placeStarting.count, placeStarting[index] >= 0 else { return nil }
            return places[Int(placeStarting[index])]
        }

        /// Whether a known place starts at token index `index`.
        @inline(__always)
        func isPlaceStart(_ index: Int) -> Bool { index >= 0 && index < placeStarting.count && placeStarting[index] >= 0 }

        /// Whether a known name starts at token index `index`.
        @inline(__always)
        func isKnownStart(_ index: Int) -> Bool { index >= 0 && index < knownStarting.count && knownStarting[index] }

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
                guard let place = place(at: start) else { break }
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
            return place(at: start)?.end ?? index
        }

        /// Places inside parentheses that open right at token index `index`.
        func parenthesizedPlaces(at index: Int) -> [Int] {
            guard index < tokens.count, tokens[index].kind == .openParen else { return [] }
            var places: [Int] = []
            var position = index + 1
            while position < tokens.count, tokens[position].kind != .closeParen, position - index < 16 {
                if let place = place(at: position) {
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
            return index < 2 || !(tokens[index - 2].kind == .word && tokens[index - 2].word.length == 1)
        }

        /// Known places that start inside `start..<end`.
        func placesInside(_ start: Int, _ end: Int) -> [Int] {
            var places: [Int] = []
            for index in start..<end { if let place = place(at: index) { places += place.entities } }
            return places
        }
    }

    // MARK: Organizations

    func organization(at position: Int, _ context: Context) -> Candidate? {
        let token = context.token(position)
        guard token.kind == .word else { return nil }
        let startIndex = context.content[position]

        if let form = lexicon.legalForm(at: position, context.matchTokens), token.isCapitalized || token.isAllCaps || form.length > 1 {
            var formEnd = position + form.length
            var hint = form.hint
            // Two forms in a row are one: "ОАО ПО «Кристалл»", "ООО ТД «…»" (the first that places it wins).
            if formEnd < context.content.count, context.token(formEnd).isAllCaps, let second = lexicon.legalForm(at: formEnd, context.matchTokens) {
                formEnd += second.length
                if hint.country == nil && hint.place == nil { hint = second.hint }
            } else if formEnd < context.content.count, ShapeRecognizer.isUnlistedLegalForm(context.token(formEnd)),
                      context.quotedNameEnd(at: context.content[formEnd] + 1) != nil {
                formEnd += 1
            }
            let afterForm = context.content[formEnd - 1] + 1
            if let quoted = context.quotedNameEnd(at: afterForm) {
                return finish(start: startIndex, coreEnd: quoted, context, legalForm: hint)
            }
            if formEnd < context.content.count, let head = lexicon.head(at: formEnd, context.matchTokens) {
                return headed(start: startIndex, headEndPosition: formEnd + head.length, context, legalForm: hint)
            }
        } else if ShapeRecognizer.isUnlistedLegalForm(token), let quoted = context.quotedNameEnd(at: startIndex + 1),
                  !context.isKnownStart(startIndex + 2), !context.isKnownStart(startIndex) {
            // Any abbreviation in capitals right before a quoted name is a legal form, listed or not
            // ("ОГБПОУ «…»", "МАУК «…»"); it says no country. Not before a known name ("МО «Краснинский
            // район»" is the district itself), nor when the abbreviation is a known name.
            return finish(start: startIndex, coreEnd: quoted, context, legalForm: nil)
        }
        // "СмолГУ", "ВитГМУ": capitals after lower-case letters abbreviate a body's name.
        if token.word.isMixedCaseAbbreviation, !context.isKnownStart(startIndex) {
            return finish(start: startIndex, coreEnd: startIndex + 1, context, legalForm: nil)
        }
        if let latin = latinName(at: startIndex, context.tokens) {
            return finish(start: startIndex, coreEnd: latin, context, legalForm: nil)
        }
        if let head = lexicon.head(at: position, context.matchTokens), !isTitle(startIndex, context) {
            let found = body(withHead: head, at: position, context).map { placedByHead($0, head) }
            return head.isSeated ? found.map { seated($0, context) } : found
        }
        // Adjectives in the plural name a kind ("Смоленских предприятий", "белорусских вузов"), not a body.
        if token.isCapitalized, !token.word.traits.contains(.pluralAdjective),
           isOrganizationAdjective(position, context) || isUnknownPlacesAdjectiveBeforeAHead(position, context), !isTitle(startIndex, context) {
            var cursor = position + 1
            while cursor < context.content.count, cursor - position <= 6 {
                if let head = lexicon.head(at: cursor, context.matchTokens) {
                    let found = headed(start: startIndex, headEndPosition: cursor + head.length, context, legalForm: nil, complete: true)
                        .map { placedByHead($0, head) }
                    return head.isSeated ? found.map { seated($0, context) } : found
                }
                let next = context.token(cursor)
                guard next.kind == .word, next.classes.contains(.adjective) || isCompoundPrefix(cursor, context),
                      context.content[cursor] == context.content[cursor - 1] + 1 || context.tokens[context.content[cursor] - 1].isSkippedWhenMatching
                else { break }
                cursor += 1
            }
        }
        return nil
    }

    /// A body named with a head of one country's bodies ("Крического райисполкома") is in that country
    /// when its legal form says nothing: the head's country goes where a legal form's would.
    func placedByHead(_ candidate: Candidate, _ head: ShapeLexicon.Head) -> Candidate {
        guard let country = head.country, var shape = candidate.unknown, shape.legalForm == nil else { return candidate }
        shape.legalForm = LegalFormHint(country: country, place: nil)
        var placed = candidate
        placed.unknown = shape
        return placed
    }

    /// The body a head at content `position` begins, if any: capitalized, with what makes it a name
    /// (``headed(start:headEndPosition:_:legalForm:allowGenitive:requireNamed:complete:)``); a public
    /// authority in lower case by its place; another type word in lower case only with a quoted name, a
    /// number or "имени …".
    func body(withHead head: ShapeLexicon.Head, at position: Int, _ context: Context) -> Candidate? {
        let token = context.token(position)
        let startIndex = context.content[position]
        let capitalized = token.isCapitalized || token.isAllCaps
        if capitalized {
            if let candidate = headed(start: startIndex, headEndPosition: position + head.length, context, legalForm: nil,
                                      allowGenitive: !head.namedOnly) {
                return candidate
            }
            if head.namedOnly, !token.isAllCaps,
               let candidate = namedByPlace(start: startIndex, headEndPosition: position + head.length, context, placesFirst: false) {
                return candidate
            }
            // A representation with its seat and nothing else: "Русского дома в Гродно".
            let headEnd = context.content[position + head.length - 1] + 1
            if head.isSeated, seat(at: headEnd, context) != nil { return finish(start: startIndex, coreEnd: headEnd, context, legalForm: nil) }
            return token.isAllCaps && head.namedOnly ? abbreviatedBodyOfPlace(start: startIndex, headEndPosition: position + head.length, context) : nil
        }
        // A public authority in lower case, named by the place it governs: "правительства Брундской
        // области", "посольства Зетландии".
        // Not in the plural, and not the head of a name the adjective before it begins ("Мстиславского
        // исполнительного комитета").
        if head.isAuthority, !ShapeRecognizer.isPlural(token), !head.isBareStemPlural, !followsCapitalizedAdjective(startIndex, context.tokens),
           let candidate = namedByPlace(start: startIndex, headEndPosition: position + head.length, context, placesFirst: true,
                                        seatNames: head.isSeated) {
            return candidate
        }
        // A lower-case type word names a body only before a quoted name, a number or "имени …"
        // ("студии «ТеМа»", "фонда им. Е.И. Рерих"), and only in the singular ("коллективов «…»"
        // names a contest's entrants); the adjectives before it belong to the name
        // ("хореографической студии «Васильковая страна»").
        if !ShapeRecognizer.isPlural(token),
           var candidate = headed(start: startIndex, headEndPosition: position + head.length, context, legalForm: nil, requireNamed: true) {
            candidate.start = adjectivesBefore(startIndex, context)
            return candidate
        }
        return nil
    }

    /// An abbreviation of a kind of body right before a known town or district, which says which one it
    /// is: "ДШИ г. Рославля", "ДМШ МО «Дорогобужский район» Смоленской области" ("МО", a municipal
    /// formation, may stand between). The places are the name's tail. Not before a region: "ДМШ и ДШИ
    /// Смоленской области" names the kind.
    func abbreviatedBodyOfPlace(start: Int, headEndPosition: Int, _ context: Context) -> Candidate? {
        let tokens = context.tokens
        let headEnd = context.content[headEndPosition - 1] + 1
        var chain = context.placeChain(from: headEnd)
        if chain.places.isEmpty, headEnd < tokens.count, tokens[headEnd].kind == .word, tokens[headEnd].isAllCaps,
           tokens[headEnd].folded == "мо" {
            // "МО «Дорогобужский район»": the place in quotes, and the places after them.
            var cursor = headEnd + 1
            if cursor < tokens.count, tokens[cursor].kind == .quoteOpen || tokens[cursor].kind == .quote { cursor += 1 }
            guard let place = context.place(at: cursor) else { return nil }
            var end = place.end
            if end < tokens.count, tokens[end].kind == .quoteClose || tokens[end].kind == .quote { end += 1 }
            let rest = context.placeChain(from: end)
            chain = (rest.end, place.entities + rest.places)
        }
        // A town or a district has one; a region's ("ДМШ и ДШИ Смоленской области") are the kind, not a body.
        guard let first = chain.places.first, [.city, .district].contains(gazetteer.kinds[first]) else { return nil }
        return finish(start: start, coreEnd: headEnd, context, legalForm: nil, chain: chain)
    }

    /// A capitalized adjective that can begin an organization's name: made from a known place name
    /// ("Мядельского", "Витебский"), or one of the lexicon's ("Национальная", "Государственный"), alone
    /// or as the first part of a compound ("Российско-Белорусской").
    func isOrganizationAdjective(_ position: Int, _ context: Context) -> Bool {
        let token = context.token(position)
        func isAdjectiveOfName(_ part: Token) -> Bool {
            organizationAdjectiveKeys.containsAny(part.word.keyIDs) || placeAdjectives.isPlaceAdjective(part)
        }
        guard isCompoundPrefix(position, context) else {
            // Before a level word, an adjective by its ending only ("Председателем Республиканского …" is a post).
            return token.classes.contains(.adjective) && isAdjectiveOfName(token)
                || token.classes == .adjective && isBeforeLevelWord(position, context)
        }
        let second = context.token(position + 1)
        return second.classes.contains(.adjective) && (isAdjectiveOfName(token) || isAdjectiveOfName(second))
    }

    /// Whether a capitalized adjective shaped like a place's ("Люблинский", "Ягеллонского": its stem ends in
    /// -ск or -цк) stands right before a head ("университет"), inside a sentence: a body named after a
    /// place the gazetteer lacks.
    func isUnknownPlacesAdjectiveBeforeAHead(_ position: Int, _ context: Context) -> Bool {
        let token = context.token(position)
        guard token.classes.contains(.adjective), position + 1 < context.content.count, lexicon.beginsPhrase(context.matchTokens[position + 1]),
              !context.startsSentence(position), let stem = token.keys.first, stem.utf8HasSuffix("ск") || stem.utf8HasSuffix("цк") else {
            return false
        }
        return lexicon.head(at: position + 1, context.matchTokens) != nil
    }

    /// Whether the content token after `position` is a level word ("районного", "райисполкома").
    func isBeforeLevelWord(_ position: Int, _ context: Context) -> Bool {
        guard position + 1 < context.content.count else { return false }
        return levelWordKeys.containsAny(context.matchTokens[position + 1].keyIDs)
    }

    /// The index of the first of the adjectives right before `index` ("детского самодеятельного
    /// образцового хореографического коллектива"), or `index` when there are none.
    func adjectivesBefore(_ index: Int, _ context: Context) -> Int {
        var start = index
        while start > 0, index - start < 6 {
            let previous = context.tokens[start - 1]
            // Adjectives only: "-ой"/"-ей" may be feminine adjectives ("хореографической"), "-ом"/"-ем" are
            // nouns' too ("Председателем").
            let classes = previous.word.classes
            let adjective = classes == .adjective
                || classes == .both && previous.word.traits.contains(.feminineOblique) && previous.word.length > 4
            guard previous.kind == .word, adjective, !previous.word.traits.contains(.preposition) else { break }
            start -= 1
        }
        return start
    }

    /// A name that begins a quoted title of something else ("газет «Академия детства»"): the quote is
    /// opened right before it by a word that is neither a legal form, a type of body nor a post
    /// ("директор «Центра международного сотрудничества …»" names the body the director heads).
    func isTitle(_ index: Int, _ context: Context) -> Bool {
        guard index >= 2, context.tokens[index - 1].kind == .quoteOpen || context.tokens[index - 1].kind == .quote else { return false }
        let before = context.tokens[index - 2]
        guard before.kind == .word, context.positionOf[index - 2] >= 0 else { return false }
        let position = context.positionOf[index - 2]
        return lexicon.head(at: position, context.matchTokens) == nil
            && lexicon.legalForm(at: position, context.matchTokens) == nil && !before.isAllCaps && !lexicon.isPost(before)
    }

    /// A Cyrillic abbreviation in capitals of 2 to 8 letters ("ГКУ", "ОГБПОУ"): a legal form before a
    /// quoted name even when the lexicon does not list it.
    static func isUnlistedLegalForm(_ token: Token) -> Bool {
        token.kind == .word && token.isAllCaps && (2...8).contains(token.word.length) && !token.word.traits.contains(.latin)
    }

    /// A plural noun form: "коллективов", "студиях", "ансамблями".
    static func isPlural(_ token: Token) -> Bool { token.word.traits.contains(.pluralNoun) }

    /// The first part of a compound adjective: "Российско" in "Российско-Белорусской".
    func isCompoundPrefix(_ position: Int, _ context: Context) -> Bool {
        position + 1 < context.content.count && context.token(position + 1).isHyphenJoined
            && context.token(position).word.traits.contains(.endsInOorE)
    }

    /// "Xstrike LLC", "Horsch Maschinen GmbH": capitalized Latin words and a Latin legal form after them.
    func latinName(at index: Int, _ tokens: [Token]) -> Int? {
        func isLatin(_ token: Token) -> Bool { token.kind == .word && token.word.traits.contains(.latin) }
        func isSuffix(_ token: Token) -> Bool { token.word.foldedID.map { lexicon.latinSuffixIDs.contains($0) } ?? false }
        guard isLatin(tokens[index]), tokens[index].isCapitalized, !isSuffix(tokens[index]) else { return nil }
        var cursor = index + 1
        while cursor < tokens.count, cursor - index <= 4, isLatin(tokens[cursor]) {
            if isSuffix(tokens[cursor]) { return cursor + 1 }
            guard tokens[cursor].isCapitalized else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The rest of a name after its head: "№ 40", a quoted name, "имени М.И. Глинки", and words in the
    /// genitive with the places among them ("Министерство сельского хозяйства и продовольствия
    /// Республики Беларусь", "Группа высокого уровня Совета Министров Союзного государства"), then the
    /// place tail. `complete`: adjectives and a head make a name even with nothing after them.
    /// `requireNamed`: only a number, a quoted name or "имени …" makes it a name.
    func headed(start: Int, headEndPosition: Int, _ context: Context, legalForm: LegalFormHint?, allowGenitive: Bool = true,
                requireNamed: Bool = false, complete: Bool = false) -> Candidate? {
        let tokens = context.tokens
        var end = context.content[headEndPosition - 1] + 1
        var named = false
        if end + 1 < tokens.count, tokens[end].kind == .numero, tokens[end + 1].kind == .number {
            end += 2
            named = true
        }
        if let quoted = context.quotedNameEnd(at: end) {
            end = quoted
            named = true
        }
        if let honoree = honoreeEnd(at: end, tokens) {
            end = honoree
            named = true
        }
        if requireNamed {
            if !named {
                // A short complement before the quoted name: "общества учащихся «Эврика»".
                let complement = genitiveComplementEnd(from: end, context, placesFirst: false, limit: 3)
                if complement > end, let quoted = context.quotedNameEnd(at: complement) {
                    end = quoted
                    named = true
                }
            }
            return named ? finish(start: start, coreEnd: end, context, legalForm: legalForm) : nil
        }
        if !named && (allowGenitive || complete) {
            // After adjectives and a head the name is complete: a place right after it is its tail,
            // a mention of its own ("Мстиславского исполнительного комитета | Могилевской области").
            let complement = genitiveComplementEnd(from: end, context, placesFirst: !complete)
            if complement > end {
                let endsWithPlace = context.placeEnding[complement]
                end = complement
                named = true
                // What may follow the complement: "№ 13", a quoted name (not after a place: "… Смоленской
                // области «О результатах …»" is a title), "имени …".
                if end + 1 < tokens.count, tokens[end].kind == .numero, tokens[end + 1].kind == .number { end += 2 }
                if !endsWithPlace, let quoted = context.quotedNameEnd(at: end) { end = quoted }
                if let honoree = honoreeEnd(at: end, tokens) { end = honoree }
            }
        }
        guard named || complete else { return nil }
        return finish(start: start, coreEnd: end, context, legalForm: legalForm)
    }

    /// The token index after the genitive words (and places) that complete a name starting at `index`.
    /// `placesFirst`: a place may come right after the head ("Администрация Московского района"); else
    /// only after a word of the complement ("Думы Федерального Собрания Российской Федерации").
    func genitiveComplementEnd(from index: Int, _ context: Context, placesFirst: Bool, limit: Int = 8) -> Int {
        let tokens = context.tokens
        var end = index
        var cursor = index
        var words = 0
        // Where the complement ended before its last "и" (see the end).
        var beforeJoin: Int?
        while cursor < tokens.count, words < limit {
            // "при Президенте Российской Федерации": a body attached to another.
            if words > 0, tokens[cursor].word.traits.contains(.attachment), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .word,
               tokens[cursor + 1].isCapitalized, !tokens[cursor + 1].isAllCaps {
                cursor += 2
                end = cursor
                words += 2
                continue
            }
            if words == 0, !placesFirst, context.isPlaceStart(cursor) || ShapeLexicon.isSettlementMarker(tokens, at: cursor) { break }
            // A body's name never swallows the person after it ("… Совета депутатов Ольга Петрова").
            if context.personStarts.contains(cursor) { break }
            // "по делам молодежи": the one preposition a body's name goes on through.
            if cursor + 2 < tokens.count, tokens[cursor].folded.utf8Equals("по"), tokens[cursor + 1].folded.utf8Equals("делам"),
               tokens[cursor + 2].kind == .word, !tokens[cursor + 2].isCapitalized {
                cursor += 2
                words += 1
                continue
            }
            var placeStart = cursor
            if ShapeLexicon.isSettlementMarker(tokens, at: placeStart) {
                placeStart += 1
                if placeStart < tokens.count, tokens[placeStart].kind == .dot { placeStart += 1 }
            }
            if let place = context.place(at: placeStart) {
                cursor = place.end
                end = cursor
                words += 1
                continue
            }
            let token = tokens[cursor]
            guard token.kind == .word, !token.isAllCaps else { break }
            if token.word.isOneLetter(0x438) {
                // "сельского хозяйства и продовольствия": go on only into another lower-case genitive word.
                guard cursor + 1 < tokens.count, !tokens[cursor + 1].isCapitalized, ShapeRecognizer.isGenitiveLike(tokens[cursor + 1]) else { break }
                beforeJoin = end
                cursor += 1
                continue
            }
            guard !token.word.traits.contains(.preposition), ShapeRecognizer.isGenitiveLike(token),
                  !context.isKnownStart(cursor) || context.isPlaceStart(cursor) else { break }
            cursor += 1
            end = cursor
            words += 1
        }
        // "с Варшавским университетом и польской | Ассоциацией": an adjective after "и" that goes with the
        // capitalized word after it is not part of the complement, nor is the "и".
        if let beforeJoin, end > beforeJoin, end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized,
           tokens[end].word.length > 1, !context.personStarts.contains(end), tokens[end - 1].classes.contains(.adjective) {
            return beforeJoin
        }
        return end
    }

    /// Whether a word's ending can be a genitive (of a noun or adjective), and not a verb's or another
    /// case's: "культуры", "туризма", "наук", "искусств", "промышленников", "высокого", "Министров".
    static func isGenitiveLike(_ token: Token) -> Bool { token.word.traits.contains(.genitiveLike) }

    /// "имени М.И. Глинки" / "им. А.Т. Твардовского": the token index after it, or nil.
    func honoreeEnd(at index: Int, _ tokens: [Token]) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].word.firstKeyIs("имен") else { return nil }
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
    func finish(start: Int, coreEnd: Int, _ context: Context, legalForm: LegalFormHint?, chain: (end: Int, places: [Int])? = nil) -> Candidate {
        let end = chain?.end ?? context.settlementTail(from: coreEnd)
        let hints = context.placeChain(from: coreEnd)
        var places = context.placesInside(start, max(end, hints.end)) + hints.places
        places += context.parenthesizedPlaces(at: hints.end)
        return Candidate(start: start, end: max(end, coreEnd), entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .org, coreEnd: coreEnd, places: places, legalForm: legalForm))
    }

    // MARK: Places

    /// "г. Чаусы", "аг. Добромысли", "деревня Микулино": a marker and capitalized words the gazetteer lacks.
    /// The places after it place it; failing those, a country's adjective before the marker ("турецкого
    /// города Бурса"); and a marker of a kind of settlement only one country has gives that country
    /// (``ShapeLexicon/settlementCountries``: "агрогородок").
    func settlement(at position: Int, _ context: Context) -> Candidate? {
        let tokens = context.tokens
        let markerIndex = context.content[position]
        guard ShapeLexicon.isSettlementMarker(tokens, at: markerIndex) else { return nil }
        var nameStart = markerIndex + 1
        if nameStart < tokens.count, tokens[nameStart].kind == .dot { nameStart += 1 }
        guard nameStart < tokens.count, tokens[nameStart].kind == .word, tokens[nameStart].isCapitalized,
              !tokens[nameStart].isAllCaps, tokens[nameStart].word.length > 1, !context.isPlaceStart(nameStart), !context.isKnownStart(nameStart),
              !context.personStarts.contains(nameStart) else { return nil }
        var end = nameStart + 1
        while end < tokens.count, tokens[end].kind == .word, tokens[end].isHyphenJoined || tokens[end].isCapitalized && tokens[end].classes.contains(.noun) && end - nameStart < 2 && tokens[end - 1].classes.contains(.adjective) {
            end += 1
        }
        let tail = context.placeChain(from: end)
        var places = tail.places + context.parenthesizedPlaces(at: tail.end)
        // "турецкого города Бурса": a country's adjective before the marker places the town there.
        if places.isEmpty, markerIndex > 0, let country = placeAdjectives.country(of: tokens[markerIndex - 1], gazetteer: gazetteer) {
            places = [country]
        }
        // "агрогородок": a kind of settlement only one country has.
        let kindsCountry = ShapeLexicon.settlementCountry(tokens[markerIndex])
        return Candidate(start: markerIndex, end: end, entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .city, coreStart: nameStart, coreEnd: end, places: places,
                                               legalForm: kindsCountry.map { LegalFormHint(country: $0, place: nil) }))
    }

    /// "Хагеном (Германия)", "Сумгайыт (Азербайджан)": a capitalized noun the gazetteer lacks, right
    /// before a known country or region in parentheses, is a town there. Not an adjective, a person, a
    /// head or a legal form ("Гимназия (Беларусь)").
    func townBeforeItsCountry(at position: Int, _ context: Context) -> Candidate? {
        let tokens = context.tokens
        let index = context.content[position]
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.word.length > 2, token.classes != .adjective,
              !token.isHyphenJoined, !context.isKnownStart(index), !context.personStarts.contains(index),
              !context.personSurnames.contains(index) else { return nil }
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .word, tokens[end].isHyphenJoined { end += 1 }
        guard end < tokens.count, tokens[end].kind == .openParen, let place = context.place(at: end + 1), place.end < tokens.count,
              tokens[place.end].kind == .closeParen,
              place.entities.contains(where: { [.country, .region].contains(gazetteer.kinds[$0]) }),
              lexicon.head(at: position, context.matchTokens) == nil, lexicon.legalForm(at: position, context.matchTokens) == nil
        else { return nil }
        return Candidate(start: index, end: end, entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .city, coreEnd: end, places: place.entities, legalForm: nil))
    }

    /// "Дрибинского района", "Сасовским муниципальным районом", "Лумский городской округ": a capitalized
    /// adjective before район (or a municipality's kind and район or округ) that the gazetteer lacks.
    func district(at position: Int, _ context: Context) -> Candidate? {
        guard position + 1 < context.content.count else { return nil }
        let adjective = context.token(position)
        let index = context.content[position]
        guard adjective.kind == .word, adjective.isCapitalized, adjective.classes.contains(.adjective), !context.isKnownStart(index) else { return nil }
        // "Сасовским муниципальным районом", "Лумский городской округ": the kind of municipality between.
        var nounPosition = position + 1
        let kind = context.token(nounPosition)
        if kind.word.firstKeyHasPrefix("муниципальн") || kind.word.firstKeyHasPrefix("городск"), nounPosition + 1 < context.content.count {
            nounPosition += 1
        }
        let noun = context.token(nounPosition)
        guard noun.word.firstKeyIs("район") || (nounPosition > position + 1 && noun.word.firstKeyIs("округ")) else { return nil }
        let end = context.content[nounPosition] + 1
        let tail = context.placeChain(from: end)
        let places = tail.places + context.parenthesizedPlaces(at: tail.end)
        return Candidate(start: index, end: end, entities: [], source: .unknown,
                         unknown: UnknownShape(kind: .district, coreEnd: end, places: places, legalForm: nil))
    }
}
