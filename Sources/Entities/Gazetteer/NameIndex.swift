/// The gazetteer's names, tokenized by the same ``Tokenizer`` as report text and indexed by the key of
/// their first token, so the matcher only tries names that can start where it stands.
///
/// Built once per run. Besides each name as written, an organization's name is also indexed with each
/// lexicon abbreviation swapped for its full form and back ("СШ № 40" ⇄ "Средняя школа № 40"). People's
/// canonical "Surname I.O." names go to a separate surname index, matched with initials in any order.
///
/// - Complexity: building is O(total tokens of all names); a lookup is one hash probe.
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
    }

    /// A person's canonical name: the surname's keys and the initials.
    struct PersonName {
        var entity: Int
        var initials: String
    }

    public private(set) var patterns: [Pattern] = []
    var byFirstKey: [String: [Int]] = [:]
    var persons: [String: [PersonName]] = [:]
    /// Keys of adjectives that begin place names ("витебск" of Витебский район): a capitalized word with
    /// one of these keys can begin an organization's name.
    var placeAdjectiveKeys: Set<String> = []
    /// For each entity, the markers (first keys of tokenized markers) one of which must precede it.
    var requiredMarkerKeys: [Int: Set<String>] = [:]
    /// Patterns made only by swapping abbreviations, not written in the gazetteer.
    var variantPatterns: Set<Int> = []

    init(gazetteer: Gazetteer) throws {
        var signatures: [String: Int] = [:]
        let swaps = (gazetteer.lexicon.abbreviations + gazetteer.lexicon.legalForms).map { expansion in
            (short: NameIndex.patternTokens(expansion.abbreviation), long: NameIndex.patternTokens(expansion.expansion))
        }.filter { !$0.short.isEmpty && !$0.long.isEmpty }

        for (position, entity) in gazetteer.entities.enumerated() {
            if !entity.requiredMarkers.isEmpty {
                requiredMarkerKeys[position] = Set(entity.requiredMarkers.compactMap { NameIndex.patternTokens($0).first?.keys.first })
            }
            for (nameIndex, name) in entity.allNames.enumerated() {
                let isFormer = nameIndex > entity.aliases.count
                if entity.kind == .person, let person = NameIndex.personName(name) {
                    for key in person.keys { persons[key, default: []].append(PersonName(entity: position, initials: person.initials)) }
                    continue
                }
                let tokens = NameIndex.patternTokens(name)
                guard !tokens.isEmpty else { continue }
                try add(tokens, entity: position, isFormer: isFormer, explicit: true, signatures: &signatures, gazetteer: gazetteer, name: name)
                if entity.kind.isPlace, tokens[0].classes.contains(.adjective), tokens.count > 1 {
                    placeAdjectiveKeys.formUnion(tokens[0].keys)
                }
                if entity.kind == .org {
                    for variant in NameIndex.variants(of: tokens, swaps: swaps) {
                        try add(variant, entity: position, isFormer: isFormer, explicit: false, signatures: &signatures, gazetteer: gazetteer, name: name)
                    }
                }
            }
        }
    }

    func add(_ tokens: [PatternToken], entity: Int, isFormer: Bool, explicit: Bool, signatures: inout [String: Int],
             gazetteer: Gazetteer, name: String) throws {
        // The same spelling (after folding) is the same name; different spellings that share stems
        // ("Мали", "Мале") are different names, and the exact spelling wins when matching.
        let signature = tokens.map { "\($0.kind.rawValue):\($0.folded)" }.joined(separator: " ")
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
        for key in tokens[0].keys { byFirstKey[key, default: []].append(patterns.count) }
        patterns.append(Pattern(entities: [entity], tokens: tokens, isFormer: isFormer))
    }

    /// The candidate patterns whose first token has one of `keys`.
    @inline(__always)
    func candidates(forKeys keys: [String]) -> [Int] {
        if keys.count == 1 { return byFirstKey[keys[0]] ?? [] }
        var result: [Int] = []
        for key in keys { result += byFirstKey[key] ?? [] }
        return result
    }

    /// The tokens of a name that matching compares (quotes and dots dropped).
    static func patternTokens(_ name: String) -> [PatternToken] {
        Tokenizer.tokenize(name).filter { !$0.isSkippedWhenMatching }.map {
            PatternToken(kind: $0.kind, folded: $0.folded, keys: $0.keys.isEmpty ? [$0.folded] : $0.keys, classes: $0.classes, isCapitalized: $0.isCapitalized || $0.isAllCaps, isAllCaps: $0.isAllCaps && $0.folded.count >= 2)
        }
    }

    /// "Анохин В.Н." or "В.Н. Анохин": the surname's keys and the initials, or nil for another shape.
    static func personName(_ name: String) -> (keys: [String], initials: String)? {
        let words = Tokenizer.tokenize(name).filter { $0.kind == .word }
        let initials = words.filter { $0.folded.count == 1 }
        let surnames = words.filter { $0.folded.count > 1 }
        guard surnames.count == 1, (1...2).contains(initials.count), words.count == surnames.count + initials.count else { return nil }
        return (surnames[0].keys, initials.map(\.folded).joined())
    }

    /// Names with one abbreviation swapped for its full form, or one full form for its abbreviation.
    static func variants(of tokens: [PatternToken], swaps: [(short: [PatternToken], long: [PatternToken])]) -> [[PatternToken]] {
        var result: [[PatternToken]] = []
        for swap in swaps {
            for (from, to) in [(swap.long, swap.short), (swap.short, swap.long)] {
                guard from.count <= tokens.count else { continue }
                var index = 0
                while index + from.count <= tokens.count {
                    if zip(tokens[index..<index + from.count], from).allSatisfy({ $0.kind == $1.kind && $0.keys[0] == $1.keys[0] }) {
                        result.append(Array(tokens[..<index]) + to + Array(tokens[(index + from.count)...]))
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
