/// Finds every gazetteer name in a field's tokens, in any grammatical case (see ``Stemmer``), and every
/// known person written with initials before or after the surname.
///
/// - Complexity: O(t · p · m) for t tokens, p patterns per first key (a handful), m tokens per name.
struct NameMatcher {
    let gazetteer: Gazetteer
    var index: NameIndex { gazetteer.index }

    /// Candidates over `tokens`; `content` lists the indices of tokens names are made of.
    func match(_ tokens: [Token], content: [Int]) -> [Candidate] {
        let tokens = index.vocabulary.adopt(tokens)
        return match(tokens, content: content, matchTokens: MatchToken.content(tokens, content), persons: PersonShape.find(in: tokens))
    }

    /// The same, given the content tokens reduced for matching (`matchTokens[p]` is `tokens[content[p]]`)
    /// and the person shapes in the tokens.
    func match(_ tokens: [Token], content: [Int], matchTokens: [MatchToken], persons: [PersonShape]) -> [Candidate] {
        let compiled = index.compiled
        var candidates: [Candidate] = []
        var slots: [Int32] = []
        var expected: [MatchToken] = []
        matchTokens.withUnsafeBufferPointer { text in
            compiled.tokenTable.withUnsafeBufferPointer { table in
                for position in 0..<text.count {
                    let token = text[position]
                    guard token.kind == .word || token.kind == .number else { continue }
                    for key in 0..<token.keyIDs.count {
                        guard let id = token.keyIDs[key] else { continue }
                        compiled.candidateSlots(startingWith: id, next: position + 1 < text.count ? text[position + 1] : nil, into: &slots)
                        for slot in slots {
                            // Most patterns are ruled out by their first two tokens, kept in the row.
                            let entry = compiled.entries[Int(slot)]
                            guard position + Int(entry.tokenCount) <= text.count, MatchToken.same(token, table[Int(entry.first)]),
                                  entry.tokenCount == 1 || MatchToken.same(text[position + 1], entry.second) else { continue }
                            let pattern = compiled.patterns[Int(entry.pattern)]
                            guard compiled.matches(pattern, text, at: position, table) else { continue }
                            compiled.tokens(of: pattern, into: &expected)
                            if let candidate = expected.withUnsafeBufferPointer({ candidate(pattern, $0, at: position, text, tokens, content, compiled) }) {
                                candidates.append(candidate)
                            }
                        }
                    }
                }
            }
        }
        candidates += matchPersons(tokens, persons)
        return NameMatcher.mergeSameSpans(candidates)
    }

    /// The candidate for a pattern whose tokens match at content position `position`, unless a rule for
    /// one-word names or needed markers rules it out.
    func candidate(_ pattern: CompiledPatterns.Pattern, _ expected: UnsafeBufferPointer<MatchToken>, at position: Int,
                   _ text: UnsafeBufferPointer<MatchToken>, _ tokens: [Token], _ content: [Int], _ compiled: CompiledPatterns) -> Candidate? {
        let count = expected.count
        if count == 1, !self.expected(expected[0].isCapitalized, text[position]) || isCompoundPrefix(tokens, content[position]) {
            return nil
        }
        if count > 1, NameMatcher.crossesSentenceEnd(tokens, content[position]..<content[position + count - 1]) { return nil }
        let entities = compiled.entities[Int(pattern.entityStart)..<Int(pattern.entityStart + pattern.entityCount)]
        let allowed = entities.filter { markerAllows($0, before: position, tokens, content) }
        guard !allowed.isEmpty else { return nil }
        var exactness = 0
        for offset in 0..<count where expected[offset].foldedID >= 0 && text[position + offset].foldedID == expected[offset].foldedID {
            exactness += 1
        }
        return Candidate(start: content[position], end: content[position + count - 1] + 1, entities: allowed, source: .gazetteer,
                         exactness: exactness)
    }

    /// Whether a dot after a word written out (five letters or more) stands in `range`: the end of a
    /// sentence, which no name crosses ("в городе. Смоленск встречал" is no "город Смоленск"); the dots of
    /// abbreviations and initials ("г.", "обл.", "им.", "Ф.") are inside names.
    static func crossesSentenceEnd(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for index in range where tokens[index].kind == .dot && index > 0 {
            let before = tokens[index - 1]
            if before.kind == .word, before.word.length >= 5 { return true }
        }
        return false
    }

    /// Candidates over the same span become one: the entities of the best-spelled matches, in
    /// gazetteer order ("Мали" matches Mali exactly and Мале only by stem: Mali).
    static func mergeSameSpans(_ candidates: [Candidate]) -> [Candidate] {
        // The merged candidate of each span, found by its span (a field may be a megabyte of names).
        var merged: [Candidate] = []
        merged.reserveCapacity(candidates.count)
        // A field's few dozen candidates are searched in place; a long one's through a dictionary.
        let hashed = candidates.count > 64
        var indexOfSpan: [SpanKey: Int] = [:]
        for candidate in candidates {
            let key = SpanKey(start: candidate.start, end: candidate.end)
            let found = hashed ? indexOfSpan[key] : merged.lastIndex { $0.start == candidate.start && $0.end == candidate.end }
            guard let index = found else {
                if hashed { indexOfSpan[key] = merged.count }
                merged.append(candidate)
                continue
            }
            if candidate.exactness > merged[index].exactness {
                merged[index].entities = candidate.entities
                merged[index].exactness = candidate.exactness
            } else if candidate.exactness == merged[index].exactness {
                merged[index].entities += candidate.entities.filter { !merged[index].entities.contains($0) }
            }
        }
        for index in merged.indices { merged[index].entities.sort() }
        return merged
    }

    /// A candidate's token range, as a dictionary key.
    struct SpanKey: Hashable {
        var start: Int
        var end: Int
    }

    /// The first part of a compound adjective ("Полоцко-Лепельской", "российско-белорусский") is not a
    /// name of its own.
    func isCompoundPrefix(_ tokens: [Token], _ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].isHyphenJoined && tokens[index].word.traits.contains(.endsInOorE)
    }

    /// A one-word proper name must be capitalized in the text too ("Орла", not "орла").
    func expected(_ capitalized: Bool, _ token: MatchToken) -> Bool {
        !capitalized || token.isCapitalized || token.isAllCaps || token.kind == .number
    }

    /// Whether a token of the text is the pattern's token: the same kind, capitals where the pattern
    /// has an abbreviation in capitals, compatible classes and a shared key (compared as vocabulary ids:
    /// the token's words must be in the pattern's vocabulary, see ``Vocabulary/adopt(_:)``).
    ///
    /// This entry point compares keys as strings, so it holds for tokens from any tokenizer run (dedup
    /// and tests tokenize names themselves); the matcher's own loops compare vocabulary ids.
    static func same(_ token: Token, _ expected: NameIndex.PatternToken) -> Bool {
        same(token, MatchToken(token), expected, MatchToken(expected))
    }

    /// The same, given the two tokens reduced (``MatchToken``): a caller asking of one token many times
    /// reduces it once.
    static func same(_ token: Token, _ reduced: MatchToken, _ expected: NameIndex.PatternToken, _ pattern: MatchToken) -> Bool {
        guard token.kind == expected.kind, !expected.isAllCaps || token.isAllCaps else { return false }
        switch token.kind {
        case .word, .number:
            guard !(reduced.feminineOblique && pattern.consonantNoun), !(reduced.hardEnding && pattern.softNoun),
                  token.word.classes.isCompatible(with: expected.classes) else {
                return false
            }
            return token.keys.contains { expected.keys.contains($0) }
        default:
            return true
        }
    }

    /// Entities that need a place marker ("пос. Красный") match only right after one.
    func markerAllows(_ entity: Int, before position: Int, _ tokens: [Token], _ content: [Int]) -> Bool {
        guard let markers = index.requiredMarkerKeys[entity] else { return true }
        guard position > 0, let key = tokens[content[position - 1]].keys.first else { return false }
        return markers.contains(key)
    }

    /// People by surname and initials: "В.Н. Анохин", "В.Н. Анохиным", "Анохина В.Н.", "В. Анохин".
    func matchPersons(_ tokens: [Token]) -> [Candidate] {
        matchPersons(tokens, PersonShape.find(in: tokens))
    }

    func matchPersons(_ tokens: [Token], _ shapes: [PersonShape]) -> [Candidate] {
        var result: [Candidate] = []
        for shape in shapes {
            let surname = tokens[shape.surname]
            var found: [Int] = []
            for key in surname.keys {
                for person in index.persons[key] ?? [] where person.initials == shape.initials || person.initials.hasPrefix(shape.initials) && shape.initials.count == 1 {
                    if !found.contains(person.entity) { found.append(person.entity) }
                }
            }
            guard !found.isEmpty else { continue }
            result.append(Candidate(start: shape.start, end: shape.end, entities: found, source: .gazetteer))
        }
        return result
    }
}
