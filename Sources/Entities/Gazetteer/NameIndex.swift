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
        /// An abbreviation written in capitals ("РАН", "МАЗ"): the text must have it in capitals too.
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
    @exclusivity(unchecked) public private(set) var patterns: [Pattern] = []
    /// Pattern indices by the vocabulary id of their first token's keys.
    @exclusivity(unchecked) private(set) var byFirstKey: [[Int]] = []
    @exclusivity(unchecked) var persons: [String: [PersonName]] = [:]
    /// Keys of adjectives that begin place names ("витебск" of Витебский район) and of countries'
    /// `adjective` lines: a capitalized word with one of these keys can begin an organization's name.
    @exclusivity(unchecked) var placeAdjectiveKeys: Set<String> = []
    /// ``placeAdjectiveKeys`` as vocabulary ids.
    @exclusivity(unchecked) private(set) var placeAdjectiveKeyIDs: Set<Vocabulary.ID> = []
    /// Patterns made only by swapping abbreviations, not written in the gazetteer.
    var variantPatterns: Set<Int> = []
    /// For each entity, the markers (first keys of tokenized markers) one of which must precede it.
    @exclusivity(unchecked) var requiredMarkerKeys: [Int: Set<String>] = [:]
    /// The patterns laid out for matching.
    @exclusivity(unchecked) private(set) var compiled = CompiledPatterns()

    init(gazetteer: Gazetteer, vocabulary: Vocabulary) throws {
        self.vocabulary = vocabulary
        var signatures: [[Int64]: Int] = [:]
        let swaps = (gazetteer.lexicon.abbreviations + gazetteer.lexicon.legalForms).map { expansion in
            (short: NameIndex.patternTokens(expansion.abbreviation, vocabulary: vocabulary),
             long: NameIndex.patternTokens(expansion.expansion, vocabulary: vocabulary))
        }.filter { !$0.short.isEmpty && !$0.long.isEmpty }
        let swapIndex = SwapIndex(swaps)

        for (position, entity) in gazetteer.entities.enumerated() {
            // A country's adjective begins bodies' names too ("Белорусский государственный университет").
            for adjective in entity.adjectives { placeAdjectiveKeys.formUnion(NameIndex.patternTokens(adjective).first?.keys ?? []) }
            if !entity.requiredMarkers.isEmpty {
                requiredMarkerKeys[position] = Set(entity.requiredMarkers.compactMap { NameIndex.patternTokens($0).first?.keys.first })
            }
            for (nameIndex, name) in entity.allNames.enumerated() {
                let isFormer = nameIndex > entity.aliases.count
                if entity.kind == .person, let person = NameIndex.personName(name) {
                    for key in person.keys { persons[key, default: []].append(PersonName(entity: position, initials: person.initials)) }
                    continue
                }
                let tokens = NameIndex.patternTokens(name, vocabulary: vocabulary)
                guard !tokens.isEmpty else { continue }
                try add(tokens, entity: position, isFormer: isFormer, explicit: true, signatures: &signatures, gazetteer: gazetteer, name: name)
                if entity.kind.isPlace, tokens[0].classes.contains(.adjective), tokens.count > 1 {
                    placeAdjectiveKeys.formUnion(tokens[0].keys)
                }
                if entity.kind == .org {
                    for variant in swapIndex.variants(of: tokens) {
                        try add(variant, entity: position, isFormer: isFormer, explicit: false, signatures: &signatures, gazetteer: gazetteer, name: name)
                    }
                }
            }
        }
        // "Оршанщина", "Витебщина": variants, so a name written in the gazetteer wins over one made here.
        for (name, position) in DerivedPlaceNames.all(gazetteer.entities) {
            let tokens = NameIndex.patternTokens(name, vocabulary: vocabulary)
            guard tokens.count == 1 else { continue }
            try add(tokens, entity: position, isFormer: false, explicit: false, signatures: &signatures, gazetteer: gazetteer, name: name)
        }
        placeAdjectiveKeyIDs = Set(placeAdjectiveKeys.map { vocabulary.intern($0) })
        compiled = CompiledPatterns(patterns, byFirstKey: byFirstKey)
    }

    /// Adds a name's tokens (interned in the vocabulary).
    func add(_ tokens: [PatternToken], entity: Int, isFormer: Bool, explicit: Bool, signatures: inout [[Int64]: Int],
             gazetteer: Gazetteer, name: String) throws {
        // The same spelling (after folding) is the same name; different spellings that share stems
        // ("Мали", "Мале") are different names, and the exact spelling wins when matching.
        let signature = tokens.map { Int64($0.kind.rawValue) << 32 | Int64($0.foldedID ?? -1) & 0xFFFF_FFFF }
        if let existing = signatures[signature] {
            let owners = patterns[existing].entities
            if owners.contains(entity) {
                if explicit { variantPatterns.remove(existing) }
                return
            }
            let other = gazetteer.entities[owners[0]]
            let this = gazetteer.entities[entity]
            guard explicit else { return }
            if variantPatterns.contains(existing) {
                // A variant of another entity's name gives way to a name written in the gazetteer, whichever came first.
                patterns[existing].entities = [entity]
                patterns[existing].isFormer = isFormer
                variantPatterns.remove(existing)
                return
            }
            guard this.isAmbiguous && owners.allSatisfy({ gazetteer.entities[$0].isAmbiguous }) else {
                throw InputError(file: Gazetteer.file(this.origin), line: Gazetteer.line(this.origin),
                                 message: "the name '\(name)' of '\(this.id)' also names '\(other.id)' (\(other.origin ?? "?"))",
                                 hint: "mark both entities 'ambiguous' if the name really names both, or fix the name")
            }
            patterns[existing].entities.append(entity)
            return
        }
        signatures[signature] = patterns.count
        if !explicit { variantPatterns.insert(patterns.count) }
        for index in 0..<tokens[0].keyIDs.count {
            guard let key = tokens[0].keyIDs[index] else { continue }
            if byFirstKey.count <= Int(key) { byFirstKey += repeatElement([], count: Int(key) + 1 - byFirstKey.count) }
            byFirstKey[Int(key)].append(patterns.count)
        }
        patterns.append(Pattern(entities: [entity], tokens: tokens, isFormer: isFormer))
    }

    /// The candidate patterns whose first token has one of `keys`.
    func candidates(forKeys keys: [String]) -> [Int] {
        keys.flatMap { key in vocabulary.id(of: key).map { candidates(forKey: $0) } ?? [] }
    }

    /// The patterns whose first token has the key `key`, in the order they were added.
    @inline(__always)
    func candidates(forKey key: Vocabulary.ID) -> [Int] {
        Int(key) < byFirstKey.count ? byFirstKey[Int(key)] : []
    }

    /// The tokens of a name that matching compares, interned in `vocabulary`.
    static func patternTokens(_ name: String, vocabulary: Vocabulary) -> [PatternToken] {
        patternTokens(name).map { $0.interned(in: vocabulary) }
    }

    /// The tokens of a name that matching compares (quotes and dots dropped).
    static func patternTokens(_ name: String) -> [PatternToken] {
        Tokenizer.tokenize(name).filter { !$0.isSkippedWhenMatching }.map {
            PatternToken(kind: $0.kind, folded: $0.folded, keys: $0.keys.isEmpty ? [$0.folded] : $0.keys, classes: $0.classes,
                         isCapitalized: $0.isCapitalized || $0.isAllCaps, isAllCaps: $0.isAllCaps && $0.word.length >= 2)
        }
    }

    /// "Анохин В.Н." or "В.Н. Анохин": the surname's keys and the initials, or nil for another shape.
    static func personName(_ name: String) -> (keys: [String], initials: String)? {
        let words = Tokenizer.tokenize(name).filter { $0.kind == .word }
        let initials = words.filter { $0.word.length == 1 }
        let surnames = words.filter { $0.word.length > 1 }
        guard surnames.count == 1, (1...2).contains(initials.count), words.count == surnames.count + initials.count else { return nil }
        return (surnames[0].keys, initials.map(\.folded).joined())
    }
}

/// The lexicon's abbreviations and full forms, indexed by the first key of the side to replace, so that
/// finding a name's variants looks only at swaps that can apply (see ``NameIndex``). Tokens must be
/// interned in one vocabulary: keys are compared as ids.
struct SwapIndex {
    /// One direction of one swap: replace `from` by `to`.
    struct Replacement {
        var from: [NameIndex.PatternToken]
        var to: [NameIndex.PatternToken]
    }

    /// For each swap in lexicon order, its two directions: full form → abbreviation, then back.
    let replacements: [Replacement]
    /// Replacement indices by the id of the first key of `from`.
    let byFirstKey: [Vocabulary.ID: [Int]]

    init(_ swaps: [(short: [NameIndex.PatternToken], long: [NameIndex.PatternToken])]) {
        var replacements: [Replacement] = []
        var byFirstKey: [Vocabulary.ID: [Int]] = [:]
        for swap in swaps {
            for (from, to) in [(swap.long, swap.short), (swap.short, swap.long)] {
                if let key = from[0].keyIDs[0] { byFirstKey[key, default: []].append(replacements.count) }
                replacements.append(Replacement(from: from, to: to))
            }
        }
        self.replacements = replacements
        self.byFirstKey = byFirstKey
    }

    /// Up to 8 variants, in the order of the swaps (as trying every swap in turn would give them).
    /// - Complexity: O(t · r) for t tokens and r replacements whose first key occurs in the name.
    func variants(of tokens: [NameIndex.PatternToken]) -> [[NameIndex.PatternToken]] {
        var applicable: [Int] = []
        for token in tokens {
            if let key = token.keyIDs[0], let found = byFirstKey[key] { applicable += found }
        }
        guard !applicable.isEmpty else { return [] }
        // Both directions of each swap that can apply, in lexicon order.
        let pairs = Set(applicable.map { $0 / 2 }).sorted()
        var result: [[NameIndex.PatternToken]] = []
        for pair in pairs {
            for replacement in [replacements[pair * 2], replacements[pair * 2 + 1]] {
                let from = replacement.from
                guard from.count <= tokens.count else { continue }
                var index = 0
                while index + from.count <= tokens.count {
                    if zip(tokens[index..<index + from.count], from).allSatisfy({ $0.kind == $1.kind && $0.keyIDs[0] == $1.keyIDs[0] }) {
                        result.append(Array(tokens[..<index]) + replacement.to + Array(tokens[(index + from.count)...]))
                        index += from.count
                    } else {
                        index += 1
                    }
                }
                if result.count >= 8 { return result }
            }
        }
        return result
    }
}
