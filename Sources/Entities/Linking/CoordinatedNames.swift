/// Names that share one noun: "Оршанского, Дубровенского и Лиозненского районов", "Витебской и
/// Могилевской областей", "Руднянский и Велижский муниципальные округа". The last name is matched whole;
/// each adjective before it, joined by a comma or "и", names the place made of that adjective and the
/// shared words ("Оршанского" + "районов" = the Orsha district), and becomes a mention of its own, of
/// the adjective alone — when the gazetteer has such a place, of the same kind as the last one.
/// Bodies too, when the shared words are in the plural: before a known body, by the same matching
/// ("Гродненского и Витебского областных исполнительных комитетов"); before a body the gazetteer lacks,
/// each place adjective names another body it lacks, whose id and places are made with the shared words
/// (``UnknownShape/sharedWords``: "Смоленским и Витебским городскими Советами", "Варшавский и
/// Люблинский университеты").
///
/// ```swift
/// // "Витебской и Могилевской областей": chosen [Могилевской областей → by-mogilev-region]
/// CoordinatedNames.expand(chosen, tokens, matcher: matcher, gazetteer: gazetteer, placeAdjectives: adjectives)
/// // [Витебской → by-vitebsk-region, Могилевской областей → by-mogilev-region]
/// ```
///
/// - Complexity: O(c) for c chosen spans, plus the matcher on a few tokens for each adjective in a row
///   before a name after a comma or "и" (at most eight).
enum CoordinatedNames {
    /// `chosen` (sorted by start, not overlapping) with the coordinated names before each place added.
    static func expand(_ chosen: [Candidate], _ tokens: [Token], matcher: NameMatcher, gazetteer: Gazetteer,
                       placeAdjectives: PlaceAdjectives) -> [Candidate] {
        var added: [Candidate] = []
        for (position, candidate) in chosen.enumerated() {
            // Most names have no comma or "и" right before them: nothing to do, nothing allocated.
            guard joinerBefore(candidate.start, tokens) != nil, isAdjective(tokens[candidate.start]) else { continue }
            // `chosen` is sorted and without overlaps: a token is free when it is past the previous span.
            let free = position > 0 ? chosen[position - 1].end : 0
            if candidate.source == .unknown {
                added += unknownBodies(before: candidate, tokens, free: free, placeAdjectives: placeAdjectives, lexicon: gazetteer.shapeLexicon)
                continue
            }
            guard candidate.source == .gazetteer, !candidate.entities.isEmpty else { continue }
            let places = candidate.entities.allSatisfy { gazetteer.kinds[$0] == .district || gazetteer.kinds[$0] == .region }
            let bodies = candidate.entities.allSatisfy { gazetteer.kinds[$0] == .org }
                && tokens[(candidate.start + 1)..<candidate.end].contains(where: isPlural)
            guard places || bodies else { continue }
            let kinds = Set(candidate.entities.map { gazetteer.kinds[$0] })
            let shared = Array(tokens[(candidate.start + 1)..<candidate.end])
            var cursor = candidate.start
            var count = 0
            while count < 8, let joiner = joinerBefore(cursor, tokens), joiner > 0 {
                let adjectiveIndex = joiner - 1
                guard adjectiveIndex >= free, isAdjective(tokens[adjectiveIndex]) else { break }
                let phrase = [tokens[adjectiveIndex]] + shared
                let content = phrase.indices.filter { !phrase[$0].isSkippedWhenMatching }
                let matches = matcher.match(phrase, content: content).filter {
                    $0.start == 0 && $0.end == phrase.count && $0.entities.allSatisfy { kinds.contains(gazetteer.kinds[$0]) }
                }
                guard let match = matches.max(by: { $0.exactness < $1.exactness }) else { break }
                var name = match
                name.start = adjectiveIndex
                name.end = adjectiveIndex + 1
                added.append(name.weighed(tokens))
                cursor = adjectiveIndex
                count += 1
            }
        }
        guard !added.isEmpty else { return chosen }
        return (chosen + added).sorted { $0.start < $1.start }
    }

    /// The bodies the gazetteer lacks that the place adjectives before an unknown body's name name with
    /// its shared words in the plural: "Смоленским и | Витебским городскими Советами" → "Смоленским"
    /// (made with "городскими Советами").
    static func unknownBodies(before candidate: Candidate, _ tokens: [Token], free: Int, placeAdjectives: PlaceAdjectives,
                              lexicon: ShapeLexicon) -> [Candidate] {
        guard let shape = candidate.unknown, shape.kind == .org, shape.coreStart == nil, shape.sharedWords == nil,
              candidate.start + 1 < shape.coreEnd,
              tokens[(candidate.start + 1)..<shape.coreEnd].contains(where: { isPlural($0) || lexicon.isPluralOfHead($0) }) else { return [] }
        var added: [Candidate] = []
        var cursor = candidate.start
        while added.count < 8, let joiner = joinerBefore(cursor, tokens), joiner > 0 {
            let adjectiveIndex = joiner - 1
            guard adjectiveIndex >= free, isAdjective(tokens[adjectiveIndex]), placeAdjectives.isPlaceAdjective(tokens[adjectiveIndex]) else { break }
            var body = UnknownShape(kind: .org, coreEnd: adjectiveIndex + 1, places: [], legalForm: shape.legalForm)
            body.sharedWords = (candidate.start + 1)..<shape.coreEnd
            added.append(Candidate(start: adjectiveIndex, end: adjectiveIndex + 1, entities: [], source: .unknown, unknown: body).weighed(tokens))
            cursor = adjectiveIndex
        }
        return added
    }

    /// A word in the plural: "районов", "городскими", "Советами".
    static func isPlural(_ token: Token) -> Bool {
        token.kind == .word && (token.word.traits.contains(.pluralNoun) || token.word.traits.contains(.pluralAdjective))
    }

    /// A capitalized adjective: "Оршанского", "Витебской".
    static func isAdjective(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && !token.isAllCaps && token.classes.contains(.adjective)
    }

    /// The index of the comma or "и" right before token `index`, if one is there.
    static func joinerBefore(_ index: Int, _ tokens: [Token]) -> Int? {
        index > 0 && isJoiner(tokens[index - 1]) ? index - 1 : nil
    }

    /// A comma or "и", which joins the members of a list.
    static func isJoiner(_ token: Token) -> Bool {
        token.kind == .comma || token.kind == .word && token.word.isOneLetter(0x438)
    }
}
