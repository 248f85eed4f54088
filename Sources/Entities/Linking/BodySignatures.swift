/// Known organizations by what their names say rather than how they say it: the keys of their words, and
/// the places they name — by name, by an adjective with its level word, or as a seat. So a body press
/// texts write their own way is the gazetteer's: "исполнительного комитета Витебской области" is
/// "Витебский областной исполнительный комитет", "посольства Беларуси в России" is "Посольство Республики
/// Беларусь в Российской Федерации", "Администрация Смоленска" is "Администрация города Смоленска".
///
/// A signature leaves out the words that only name a place (the place's own words, a place's adjective,
/// a level word, a settlement marker) and stop words; it keeps the first key of every other word, sorted,
/// and the gazetteer positions of the places, sorted. A name whose places are ambiguous has none.
///
/// ```swift
/// signatures.body(matching: tokens[span], matcher: matcher, gazetteer: gazetteer, placeAdjectives: adjectives)  // the one org, or nil
/// ```
/// - Complexity: building, O(n) in the size of the organizations' names; a look-up, O(t) in the span's
///   t tokens (matching the span's places, and one hash of a short string).
struct BodySignatures: Sendable {
    /// Gazetteer positions of organizations by signature; a signature two organizations share is dropped.
    private let organizations: [String: Int]

    init(gazetteer: Gazetteer, matcher: NameMatcher, placeAdjectives: PlaceAdjectives) {
        var found: [String: Int] = [:]
        var shared = Set<String>()
        for (position, entity) in gazetteer.entities.enumerated() where entity.kind == .org {
            var own = Set<String>()
            for name in entity.allNames {
                let tokens = gazetteer.vocabulary.withWordCache { Tokenizer.tokenize(name, cache: $0) }
                guard let signature = BodySignatures.signature(tokens[...], matcher: matcher, gazetteer: gazetteer, placeAdjectives: placeAdjectives)
                else { continue }
                own.insert(signature)
            }
            for signature in own {
                if let other = found[signature], other != position { shared.insert(signature) } else { found[signature] = position }
            }
        }
        for signature in shared { found[signature] = nil }
        organizations = found
    }

    /// The known organization whose names say what `tokens` (a name's span) says, if exactly one does.
    func body(matching tokens: ArraySlice<Token>, matcher: NameMatcher, gazetteer: Gazetteer, placeAdjectives: PlaceAdjectives) -> Int? {
        guard !organizations.isEmpty,
              let signature = BodySignatures.signature(tokens, matcher: matcher, gazetteer: gazetteer, placeAdjectives: placeAdjectives)
        else { return nil }
        return organizations[signature]
    }

    static let levelKeys: Set<String> = Set(LevelWords.allWords.flatMap { Stemmer.stem($0).keys })

    /// The signature of a name's tokens; nil when it names no place, a place ambiguously, or has no word
    /// of its own.
    static func signature(_ span: ArraySlice<Token>, matcher: NameMatcher, gazetteer: Gazetteer, placeAdjectives: PlaceAdjectives) -> String? {
        let tokens = Array(span)
        let content = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
        var places: Set<Int> = []
        var placeWord = [Bool](repeating: false, count: tokens.count)
        for candidate in matcher.match(tokens, content: content) where candidate.entities.contains(where: { gazetteer.kinds[$0].isPlace }) {
            guard candidate.entities.count == 1 else { return nil }
            places.insert(candidate.entities[0])
            for index in candidate.start..<candidate.end { placeWord[index] = true }
        }
        var words: Set<String> = []
        for index in tokens.indices where !placeWord[index] {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .number, let key = token.keys.first else { continue }
            if ShapeLexicon.isSettlementMarker(tokens, at: index) || FunctionWords.stopWords.contains(token.folded) || levelKeys.contains(key) {
                continue
            }
            // A place's adjective, read with the level word after it ("Витебский областной").
            if let place = placeAdjectives.place(ofAdjectiveAt: index, in: tokens, levelBefore: tokens.count, gazetteer: gazetteer) {
                places.insert(place)
                continue
            }
            words.insert(key)
        }
        guard !places.isEmpty, !words.isEmpty else { return nil }
        return words.sorted().joined(separator: " ") + "|" + places.sorted().map(String.init).joined(separator: " ")
    }
}
