/// The gazetteer's names, tokenized by the same ``Tokenizer`` as report text and indexed by the key of
/// their first token, so the matcher only tries names that can start where it stands.
///
/// Built once per run. Besides each name as written, an organization's name is also indexed with each
/// lexicon abbreviation swapped for its full form and back ("СШ № 40" ⇄ "Средняя школа № 40"). People's
/// canonical "Surname I.O." names go to a separate surname index, matched with initials in any order.
/// Every key and spelling is interned in the gazetteer's ``Vocabulary``, so the matcher compares and
/// looks up integers.
///
/// - Complexity: building is O(total tokens of all names · s) for s lexicon swaps; a lookup is one
///   array access.
public final class NameIndex: @unchecked Sendable {
    /// One way of writing a name: its tokens and the entities (more than one when ambiguous) it names.
    public struct Pattern: Sendable {
        public var entities: [Int]
        public var tokens: [PatternToken]
        /// The name is a former name of the entity.
        public var isFormer: Bool
    }

    public struct PatternToken: Sendable, Equatable {
        var kind: Token.Kind
        /// The word as written, folded: an exact spelling beats a stem match.
        var folded: String
        var keys: [String]
        var classes: WordClasses
        var isCapitalized: Bool
        /// An abbreviation of two to four letters written in capitals ("РАН", "МАЗ"): the text must have it
        /// in capitals too (``Word/matchesOnlyInCapitals``).
        var isAllCaps: Bool = false
        /// `folded` and `keys` in the gazetteer's vocabulary (none until the index interns them).
        var foldedID: Vocabulary.ID?
        var keyIDs = KeyIDs([])

        /// The token with its spelling and keys interned in `vocabulary`.
        func interned(in vocabulary: Vocabulary) -> PatternToken {
            var token = self
            token.foldedID = vocabulary.intern(folded)
            token.keyIDs = KeyIDs(keys.map { vocabulary.intern($0) })
            return token
        }
    }

    /// A person's canonical name: the surname's keys and the initials.
    struct PersonName {
        var entity: Int
        var initials: String
    }

    let vocabulary: Vocabulary
    /// The patterns laid out for matching: every pattern's tokens, entities and rows by first key.
    @exclusivity(unchecked) private(set) var compiled = CompiledPatterns()
    /// Whether each pattern is a former name of its entity.
    @exclusivity(unchecked) private var formerNames: [Bool] = []
    @exclusivity(unchecked) var persons: [String: [PersonName]] = [:]
    /// Vocabulary ids of the keys of adjectives that begin place names ("витебск" of Витебский район)
    /// and of countries' `adjective` lines: a capitalized word with one of these keys can begin an
    /// organization's name.
    @exclusivity(unchecked) private(set) var placeAdjectiveKeyIDs: Set<Vocabulary.ID> = []
    /// For each entity, the markers (first keys of tokenized markers) one of which must precede it.
    @exclusivity(unchecked) var requiredMarkerKeys: [Int: Set<String>] = [:]

    /// Every pattern, made on demand from the compiled layout (its tokens' spellings and keys read back
    /// from the vocabulary): for looking at the index, not for loops over it at start-up.
    public var patterns: PatternList { PatternList(index: self) }

    /// The number of patterns.
    var patternCount: Int { compiled.patterns.count }

    /// The first token of pattern `pattern`.
    func firstToken(of pattern: Int) -> MatchToken { compiled.token(compiled.patterns[pattern], 0) }

    /// The number of tokens of pattern `pattern`.
    func tokenCount(of pattern: Int) -> Int { Int(compiled.patterns[pattern].tokenCount) }

    /// The entities pattern `pattern` names (more than one when ambiguous), in gazetteer order of adding.
    func entities(of pattern: Int) -> ArraySlice<Int> {
        let stored = compiled.patterns[pattern]
        return compiled.entities[Int(stored.entityStart)..<Int(stored.entityStart + stored.entityCount)]
    }

    /// Pattern `index` with its tokens' spellings and keys as strings.
    /// - Complexity: O(k) in its tokens.
    func pattern(_ index: Int) -> Pattern {
        let stored = compiled.patterns[index]
        let tokens = (0..<Int(stored.tokenCount)).map { compiled.token(stored, $0) }.map { token in
            PatternToken(kind: token.kind, folded: vocabulary.word(token.foldedID), keys: token.keyIDs.ids.map(vocabulary.word),
                         classes: token.classes, isCapitalized: token.isCapitalized, isAllCaps: token.isAllCaps,
                         foldedID: token.foldedID, keyIDs: token.keyIDs)
        }
        return Pattern(entities: Array(entities(of: index)), tokens: tokens, isFormer: formerNames[index])
    }

    /// The patterns of a ``NameIndex``, each made when asked for.
    public struct PatternList: RandomAccessCollection {
        let index: NameIndex
        public var startIndex: Int { 0 }
        public var endIndex: Int { index.patternCount }
        public subscript(position: Int) -> Pattern { index.pattern(position) }
    }

    init(gazetteer: Gazetteer, vocabulary: Vocabulary) throws {
        self.vocabulary = vocabulary
        var builder = NameIndexBuilder(vocabulary: vocabulary, entities: gazetteer.entities)
        let swaps = (gazetteer.lexicon.abbreviations + gazetteer.lexicon.legalForms).map { expansion in
            (short: NameIndex.patternTokens(expansion.abbreviation, vocabulary: vocabulary).map(MatchToken.init),
             long: NameIndex.patternTokens(expansion.expansion, vocabulary: vocabulary).map(MatchToken.init))
        }.filter { !$0.short.isEmpty && !$0.long.isEmpty }
        let swapIndex = SwapTable<MatchToken>(swaps)
        var adjectiveKeyIDs: [Vocabulary.ID] = []

        // Each entity's properties are read in place: a loop over the entities would copy every one.
        let entities = gazetteer.entities, kinds = gazetteer.kinds
        // About one surname key a person.
        persons.reserveCapacity(kinds.reduce(0) { $0 + ($1 == .person ? 1 : 0) })
        for position in entities.indices {
            let kind = kinds[position]
            // A country's adjective begins bodies' names too ("Белорусский государственный университет").
            for adjective in entities[position].adjectives {
                adjectiveKeyIDs += (NameIndex.patternTokens(adjective).first?.keys ?? []).map { vocabulary.intern($0) }
            }
            if !entities[position].requiredMarkers.isEmpty {
                requiredMarkerKeys[position] = Set(entities[position].requiredMarkers.compactMap { NameIndex.patternTokens($0).first?.keys.first })
            }
            let aliases = entities[position].aliases, formerNames = entities[position].formerNames
            let names = 1 + aliases.count + formerNames.count
            for nameIndex in 0..<names {
                let name = nameIndex == 0 ? entities[position].name
                    : nameIndex <= aliases.count ? aliases[nameIndex - 1] : formerNames[nameIndex - 1 - aliases.count].name
                let isFormer = nameIndex > aliases.count
                if kind == .person, let person = builder.personName(name) {
                    for key in person.keys { persons[key, default: []].append(PersonName(entity: position, initials: person.initials)) }
                    continue
                }
                let tokens = builder.tokens(of: name)
                guard !tokens.isEmpty else { continue }
                let indices = builder.indices(of: tokens)
                try builder.add(indices: indices, entity: position, isFormer: isFormer, explicit: true, name: name)
                if kind.isPlace, tokens[0].classes.contains(.adjective), tokens.count > 1 {
                    adjectiveKeyIDs += tokens[0].keyIDs.ids
                }
                if kind == .org {
                    // The variants made on the table indices: their tokens are the name's and the swaps'.
                    for replacement in swapIndex.replacements(in: tokens) {
                        try builder.add(indices: builder.variant(of: indices, replacement, swaps: swapIndex), entity: position, isFormer: isFormer,
                                        explicit: false, name: name)
                    }
                }
            }
        }
        // "Оршанщина", "Витебщина", "Смоленская земля": variants, so a name written in the gazetteer wins
        // over one made here.
        for (name, position) in DerivedPlaceNames.all(entities, kinds: kinds) {
            let tokens = builder.tokens(of: name)
            guard tokens.count == 1 || tokens.count == 2 && name.utf8HasSuffix(DerivedPlaceNames.land) else { continue }
            try builder.add(tokens, entity: position, isFormer: false, explicit: false, name: name)
        }
        placeAdjectiveKeyIDs = Set(adjectiveKeyIDs)
        formerNames = builder.isFormer
        compiled = builder.compiled()
    }

    /// The candidate patterns whose first token has one of `keys`.
    func candidates(forKeys keys: [String]) -> [Int] {
        keys.flatMap { key in vocabulary.id(of: key).map { candidates(forKey: $0) } ?? [] }
    }

    /// The patterns whose first token has the key `key`, in the order they were added.
    @inline(__always)
    func candidates(forKey key: Vocabulary.ID) -> [Int] {
        let key = Int(key)
        guard key >= 0, key + 1 < compiled.firstKeyStarts.count else { return [] }
        return compiled.entries[Int(compiled.firstKeyStarts[key])..<Int(compiled.firstKeyStarts[key + 1])].map { Int($0.pattern) }
    }

    /// The tokens of a name that matching compares, interned in `vocabulary`.
    static func patternTokens(_ name: String, vocabulary: Vocabulary) -> [PatternToken] {
        patternTokens(name).map { $0.interned(in: vocabulary) }
    }

    /// The tokens of a name that matching compares (quotes and dots dropped).
    static func patternTokens(_ name: String) -> [PatternToken] {
        Tokenizer.tokenize(name).filter { !$0.isSkippedWhenMatching }.map {
            PatternToken(kind: $0.kind, folded: $0.folded, keys: $0.keys.isEmpty ? [$0.folded] : $0.keys, classes: $0.classes,
                         isCapitalized: $0.isCapitalized || $0.isAllCaps, isAllCaps: $0.word.matchesOnlyInCapitals)
        }
    }

    /// "Анохин В.Н." or "В.Н. Анохин": the surname's keys and the initials, or nil for another shape.
    static func personName(_ name: String) -> (keys: [String], initials: String)? {
        personName(tokens: Tokenizer.tokenize(name))
    }

    /// ``personName(_:)`` of a name's tokens.
    static func personName(tokens: [Token]) -> (keys: [String], initials: String)? {
        let words = tokens.filter { $0.kind == .word }
        let initials = words.filter { $0.word.length == 1 }
        let surnames = words.filter { $0.word.length > 1 }
        guard surnames.count == 1, (1...2).contains(initials.count), words.count == surnames.count + initials.count else { return nil }
        return (surnames[0].keys, initials.map(\.folded).joined())
    }
}
