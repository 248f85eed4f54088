/// The lexicon prepared for the recognizer: legal forms and organization heads tokenized once, and the
/// place markers ("г.", "пгт.", "аг.", "д.") by kind.
struct ShapeLexicon: @unchecked Sendable {
    struct LegalForm {
        var tokens: [NameIndex.PatternToken]
        var hint: LegalFormHint
    }

    var legalForms: [LegalForm] = []
    /// The tokens of ``legalForms``, for matching.
    private var legalFormPhrases = PhraseList([])
    /// Indices into ``legalForms`` by the vocabulary id of their first token's keys, and the forms that
    /// start with a mark (any token of that kind may start them).
    private var legalFormsByFirstKey = KeyedLists()
    private var legalFormsStartingWithMark: [Int] = []
    /// Latin legal forms written after a name: "Xstrike LLC", "Horsch Maschinen GmbH".
    var latinSuffixes: Set<String> = []
    private(set) var latinSuffixIDs = IDSet([])
    /// Keys of adjectives that can begin an organization's name (lexicon/org-adjectives.txt).
    var organizationAdjectiveKeys: Set<String> = []
    private(set) var organizationAdjectiveKeyIDs: Set<Vocabulary.ID> = []
    /// Keys of the lexicon's given names (lexicon/given-names.txt), by which people written out in full
    /// are found (``PersonShape``).
    private(set) var givenNameKeyIDs = IDSet([])
    /// Men's patronymics made from the given names, folded, in the nominative ("иванович").
    private(set) var malePatronymics: Set<String> = []
    /// The ids of the nominatives of head nouns that end in a consonant ("университет", "совет"), whose
    /// forms in -ы/-и are plural ("университеты"), unlike a feminine noun's ("школы").
    private(set) var consonantHeadNouns = IDSet([])
    /// Keys of the nouns that introduce a list of bodies after a country's adjective (lexicon/list-nouns.txt).
    private(set) var listNounKeyIDs = IDSet([])
    /// Keys of the head nouns of a part of a body (lexicon/unit-heads.txt).
    private(set) var unitHeadKeyIDs = IDSet([])
    /// Keys of the posts (lexicon/posts.txt): губернатор, председатель, директор …
    private(set) var postKeyIDs = IDSet([])
    /// The keys of each one-word abbreviation's spelled-out form, by the vocabulary id of the
    /// abbreviation's key ("сш" → ["средн", "школ"]): unknown bodies' ids are made from these
    /// (``Linker/coreKeys(_:_:_:)``).
    private(set) var spelledOut: [Vocabulary.ID: [String]] = [:]
    /// Head nouns and phrases of organization names, longest first.
    var heads: [[NameIndex.PatternToken]] = []
    /// Indices of heads that make a name only with a number, a quoted name or "имени …".
    var namedOnly: Set<Int> = []
    /// Indices of heads of public authorities, which name a body in lower case too when a place ends
    /// their complement ("правительства Смоленской области").
    var authority: Set<Int> = []
    /// Indices of heads of representations and embassies, whose seat ("в Республике Беларусь") is part
    /// of their name.
    var seated: Set<Int> = []
    /// The country of the heads of one country's bodies, by index ("райисполком" → BY).
    var countries: [Int: String] = [:]
    /// Indices into ``heads`` by the vocabulary id of their first token's keys.
    private var headsByFirstKey = KeyedLists()
    /// The tokens of ``heads``, for matching.
    private var headPhrases = PhraseList([])

    /// Keys of words that mark a settlement name after them: г./город, пгт., г.п., пос., аг., д., с.
    static let settlementMarkers: Set<String> = ["город", "гп", "пгт", "рп", "пос", "поселок", "поселк", "аг", "агрогородок",
                                                 "агрогородк", "дер", "деревн", "сел", "д", "с", "п", "х", "ст", "станиц", "микрорайон"]
    /// The country of the settlement markers whose kind of settlement only one country has: the
    /// agro-town ("агрогородок", "аг.") is Belarusian. Keys as in ``settlementMarkers``.
    static let settlementCountries: [String: String] = ["аг": "BY", "агрогородок": "BY", "агрогородк": "BY"]
    /// Single letters that are markers only when a dot follows ("д. Микулино", not the preposition "с").
    static let markersNeedingDot: Set<String> = ["д", "с", "п", "х", "ст"]

    /// The lexicon's words tokenized once, their keys interned in `vocabulary`.
    init(lexicon: Lexicon, vocabulary: Vocabulary) {
        // Abbreviations ("ГУО") and, when of two words or more, the forms spelled out ("государственное
        // учреждение образования"), which stand before a quoted name in any case.
        var forms: [LegalForm] = []
        for form in lexicon.legalForms {
            if form.abbreviation.unicodeScalars.allSatisfy({ $0.isASCII }) {
                latinSuffixes.insert(form.abbreviation.lowercased())
                continue
            }
            let hint = LegalFormHint(country: form.country, place: form.place)
            forms.append(LegalForm(tokens: NameIndex.patternTokens(form.abbreviation), hint: hint))
            let spelled = NameIndex.patternTokens(form.expansion)
            if spelled.count >= 2 { forms.append(LegalForm(tokens: spelled, hint: hint)) }
        }
        legalForms = forms.filter { !$0.tokens.isEmpty }.sorted { $0.tokens.count > $1.tokens.count }
        var formsByFirstKey: [Vocabulary.ID: [Int]] = [:]
        for index in legalForms.indices {
            legalForms[index].tokens = legalForms[index].tokens.map { $0.interned(in: vocabulary) }
            let first = legalForms[index].tokens[0]
            if first.kind == .word || first.kind == .number {
                for key in first.keyIDs.ids where formsByFirstKey[key]?.last != index { formsByFirstKey[key, default: []].append(index) }
            } else {
                legalFormsStartingWithMark.append(index)
            }
        }
        legalFormsByFirstKey = KeyedLists(formsByFirstKey)
        legalFormPhrases = PhraseList(legalForms.map(\.tokens))
        latinSuffixIDs = IDSet(latinSuffixes.map { vocabulary.intern($0) })
        for adjective in lexicon.organizationAdjectives {
            organizationAdjectiveKeys.formUnion(NameIndex.patternTokens(adjective).first?.keys ?? [])
        }
        organizationAdjectiveKeyIDs = Set(organizationAdjectiveKeys.map { vocabulary.intern($0) })
        malePatronymics = Set(lexicon.givenNames.compactMap(PersonShape.malePatronymic(of:)))
        givenNameKeyIDs = IDSet(lexicon.givenNames.flatMap { NameIndex.patternTokens($0).first?.keys ?? [] }.map { vocabulary.intern($0) })
        listNounKeyIDs = IDSet(lexicon.listNouns.flatMap { NameIndex.patternTokens($0).first?.keys ?? [] }.map { vocabulary.intern($0) })
        unitHeadKeyIDs = IDSet(lexicon.unitHeads.flatMap { NameIndex.patternTokens($0).first?.keys ?? [] }.map { vocabulary.intern($0) })
        postKeyIDs = IDSet((lexicon.posts.map(\.abbreviation) + lexicon.postsWithoutBody).flatMap { NameIndex.patternTokens($0).first?.keys ?? [] }
            .map { vocabulary.intern($0) })
        for entry in lexicon.abbreviations {
            let short = NameIndex.patternTokens(entry.abbreviation).filter { $0.kind == .word }
            let long = NameIndex.patternTokens(entry.expansion).filter { $0.kind == .word }.compactMap(\.keys.first)
            guard short.count == 1, let key = short[0].keys.first.map(vocabulary.intern), !long.isEmpty, spelledOut[key] == nil else { continue }
            spelledOut[key] = long
        }
        let written = lexicon.organizationHeads.map { ($0, NameIndex.patternTokens($0)) }.filter { !$0.1.isEmpty }
        let abbreviated = ShapeLexicon.abbreviatedHeads(lexicon.abbreviations, heads: written.map(\.1))
        let sorted = (written + abbreviated.map { ($0, NameIndex.patternTokens($0)) }).sorted { $0.1.count > $1.1.count }
        heads = sorted.map { $0.1.map { $0.interned(in: vocabulary) } }
        headPhrases = PhraseList(heads)
        consonantHeadNouns = IDSet(heads.compactMap { head in
            head.last.flatMap { MatchToken($0).consonantNoun ? $0.foldedID : nil }
        })
        var headLists: [Vocabulary.ID: [Int]] = [:]
        for (index, (text, _)) in sorted.enumerated() {
            if lexicon.namedOnlyHeads.contains(text) || abbreviated.contains(text) { namedOnly.insert(index) }
            if lexicon.authorityHeads.contains(text) { authority.insert(index) }
            if lexicon.seatedHeads.contains(text) { seated.insert(index) }
            if let country = lexicon.headCountries[text] { countries[index] = country }
            for key in 0..<heads[index][0].keyIDs.count {
                if let id = heads[index][0].keyIDs[key] { headLists[id, default: []].append(index) }
            }
        }
        headsByFirstKey = KeyedLists(headLists)
    }

    /// Whether a word is the nominative plural of a head noun that ends in a consonant: "университеты",
    /// "Советы" (its key is the head's nominative, and one letter, ы or и, follows).
    func isPluralOfHead(_ token: Token) -> Bool {
        guard token.kind == .word, let key = token.word.keyIDs.first, consonantHeadNouns.contains(key),
              let last = token.folded.unicodeScalars.last, last == "ы" || last == "и" else { return false }
        return token.word.length == (token.keys.first?.unicodeScalars.count ?? 0) + 1
    }

    /// Whether a word is the head noun of a part of a body ("Управления", "отдела").
    func isUnitHead(_ token: Token) -> Bool {
        token.kind == .word && unitHeadKeyIDs.containsAny(token.word.keyIDs)
    }

    /// Whether a word is a post (lexicon/posts.txt), in any case: "директора", "Губернатором".
    func isPost(_ token: Token) -> Bool {
        token.kind == .word && postKeyIDs.containsAny(token.word.keyIDs)
    }

    /// The abbreviations (lexicon/abbreviations.txt) of a kind of body — in capitals, spelled out with a
    /// head in them ("ДШИ = детская школа искусств", "СШОР = спортивная школа олимпийского резерва"): each
    /// is a head that names a body only with a number, a quoted name or "имени …" ("ДШИ № 4 г. Могилева",
    /// "ДМШ им. М.И. Глинки"), since alone it names the kind.
    static func abbreviatedHeads(_ abbreviations: [Lexicon.Expansion], heads: [[NameIndex.PatternToken]]) -> Set<String> {
        let headKeys = heads.map { $0.map { Set($0.keys) } }
        var result: Set<String> = []
        for entry in abbreviations where entry.abbreviation.count >= 2 && entry.abbreviation == entry.abbreviation.uppercased()
            && entry.abbreviation.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && !$0.isASCII }) {
            let spelled = NameIndex.patternTokens(entry.expansion).map { Set($0.keys) }
            let holdsHead = headKeys.contains { head in
                guard !head.isEmpty, head.count <= spelled.count else { return false }
                return (0...(spelled.count - head.count)).contains { start in
                    head.indices.allSatisfy { !spelled[start + $0].isDisjoint(with: head[$0]) }
                }
            }
            if holdsHead { result.insert(entry.abbreviation) }
        }
        return result
    }

    /// The longest legal form starting at content position `position`, its length in tokens and where it places a body.
    func legalForm(at position: Int, _ tokens: [Token], _ content: [Int]) -> (length: Int, hint: LegalFormHint)? {
        legalForm(at: position, MatchToken.content(tokens, content))
    }

    /// The same over the content tokens reduced for matching.
    /// - Complexity: O(f · k) for the f forms whose first key the token has, of k tokens each.
    func legalForm(at position: Int, _ text: [MatchToken]) -> (length: Int, hint: LegalFormHint)? {
        let first = text[position]
        // The forms that can start here, in the order of ``legalForms`` (longest first): usually none,
        // or the list of one key, tried in place.
        var only: ArraySlice<Int32>?
        var lists = 0
        for key in 0..<first.keyIDs.count {
            if let id = first.keyIDs[key] {
                let list = legalFormsByFirstKey.list(id)
                if !list.isEmpty { only = list; lists += 1 }
            }
        }
        // A form that starts with a mark cannot start at a word or number (the kinds differ).
        let marks = first.kind == .word || first.kind == .number ? [] : legalFormsStartingWithMark
        if lists == 0 && marks.isEmpty { return nil }
        if lists == 1 && marks.isEmpty, let only { return firstLegalForm(among: only.lazy.map { Int($0) }, at: position, text) }
        var all = marks
        for key in 0..<first.keyIDs.count {
            if let id = first.keyIDs[key] { all += legalFormsByFirstKey.list(id).map { Int($0) } }
        }
        return firstLegalForm(among: Array(Set(all)).sorted(), at: position, text)
    }

    /// The first of the legal forms `candidates` (indices into ``legalForms``, in order) written at
    /// content position `position`.
    @inline(__always)
    private func firstLegalForm<Candidates: Sequence>(among candidates: Candidates, at position: Int,
                                                      _ text: [MatchToken]) -> (length: Int, hint: LegalFormHint)? where Candidates.Element == Int {
        let first = text[position]
        return text.withUnsafeBufferPointer { text in
            legalFormPhrases.tokens.withUnsafeBufferPointer { phrases in
                for index in candidates {
                    let length = legalFormPhrases.length(index)
                    guard position + length <= text.count else { continue }
                    guard first.isAllCaps || first.length <= 3 || length > 1 || first.isCapitalized else { continue }
                    if MatchToken.matches(text, at: position, UnsafeBufferPointer(rebasing: phrases[legalFormPhrases.range(index)])) {
                        return (length, legalForms[index].hint)
                    }
                }
                return nil
            }
        }
    }

    /// The longest organization head starting at `position`: its length in content tokens and what its
    /// lexicon marks say (``Head``).
    func head(at position: Int, _ tokens: [Token], _ content: [Int]) -> Head? {
        head(at: position, MatchToken.content(tokens, content))
    }

    /// The same over the content tokens reduced for matching.
    /// - Complexity: O(h · k) for the h heads whose first key the token has, of k tokens each.
    func head(at position: Int, _ text: [MatchToken]) -> Head? {
        let token = text[position]
        var best: Head?
        text.withUnsafeBufferPointer { text in
            headPhrases.tokens.withUnsafeBufferPointer { phrases in
                for key in 0..<token.keyIDs.count {
                    guard let id = token.keyIDs[key] else { continue }
                    for headIndex in headsByFirstKey.list(id).lazy.map({ Int($0) }) {
                        let length = headPhrases.length(headIndex)
                        guard position + length <= text.count, length > (best?.length ?? 0) else { continue }
                        if MatchToken.matches(text, at: position, UnsafeBufferPointer(rebasing: phrases[headPhrases.range(headIndex)])) {
                            let first = heads[headIndex][0]
                            // "министерств": the bare stem of a head whose nominative has an ending.
                            let bare = first.keyIDs.count > 0 && first.keyIDs[0] != first.foldedID && first.keyIDs[0] == token.foldedID
                            best = Head(length: length, namedOnly: namedOnly.contains(headIndex), isAuthority: authority.contains(headIndex),
                                        isBareStemPlural: bare, isSeated: seated.contains(headIndex), country: countries[headIndex])
                        }
                    }
                }
            }
        }
        return best
    }

    /// An organization head found in a text: its length in content tokens and what its lexicon marks say.
    struct Head: Equatable {
        let length: Int
        let namedOnly: Bool
        let isAuthority: Bool
        /// The head's first word is written as its bare stem while its nominative has an ending: the
        /// genitive plural of a noun with no ending there ("министерств", "посольств", "дум").
        let isBareStemPlural: Bool
        /// A representation's or an embassy's: its seat is part of its name.
        let isSeated: Bool
        /// The one country whose bodies the head names, if the lexicon marks it (`!BY`).
        var country: String? = nil
    }

    /// Whether a word may begin a legal form or an organization head: one of its keys starts one.
    @inline(__always)
    func beginsPhrase(_ token: MatchToken) -> Bool {
        for key in 0..<token.keyIDs.count {
            if let id = token.keyIDs[key], !legalFormsByFirstKey.list(id).isEmpty || !headsByFirstKey.list(id).isEmpty { return true }
        }
        return false
    }

    /// The country a settlement marker's kind of settlement belongs to ("аг." → BY), if only one has it.
    static func settlementCountry(_ marker: Token) -> String? {
        marker.keys.first.flatMap { settlementCountries[$0] }
    }

    /// True when the token is a settlement marker (with the dot a one-letter marker needs).
    static func isSettlementMarker(_ tokens: [Token], at index: Int) -> Bool {
        // Most tokens are no word, ruled out before the word is read.
        guard tokens[index].kind == .word else { return false }
        let token = tokens[index]
        let traits = token.word.traits
        guard token.kind == .word, traits.contains(.settlementMarker), !token.isAllCaps || traits.contains(.capitalMarker) else { return false }
        let dotFollows = index + 1 < tokens.count && tokens[index + 1].kind == .dot
        if traits.contains(.markerNeedsDot) {
            // A lower-case letter and a dot: "д. Микулино", not the initial in "Д.Ф. Михалев".
            return !token.isCapitalized && dotFollows
        }
        // A word written out and a dot end a sentence ("название города. Согласно …"); abbreviations
        // ("г.", "пос.", "дер.") are shorter.
        return !(dotFollows && token.word.length >= 4)
    }
}
