/// Where a body the gazetteer lacks lies, read from the place adjectives in its name and the level word
/// after each: "Гродненская областная филармония" → the Grodno region, "Лидский районный центр культуры"
/// → the Lida district, "Полоцкий городской дом культуры" → Polotsk, "Белорусский государственный
/// университет" → Belarus. Every adjective comes from the gazetteer itself — a region's or district's
/// name that starts with one ("Гродненская область"), a city's name with the usual suffixes (Полоцк →
/// полоцкий, Орша → оршанский), a country's `adjective` lines — through the same tokenizer and stemmer
/// as the text, so every case and gender matches.
///
/// With a level word (областной, районный, городской, облисполком, райисполком, горисполком) the place
/// of that kind wins; without one, or when several places of the kind share the adjective, the nearest
/// place they all lie in ("Витебский университет": the Vitebsk region, where the city and the district
/// both lie), and nothing when that would be no place at all.
///
/// - Complexity: built once per gazetteer in O(names), from the name index's tokens; a lookup is O(w · c) for w words and the c places
///   sharing an adjective.
struct PlaceAdjectives: Sendable {
    /// Gazetteer positions of places by the vocabulary id of an adjective's key.
    private let placesByKey: [Vocabulary.ID: [Int]]
    /// Keys of level words, with the kind of place each names.
    private let levels: [Vocabulary.ID: EntityKind]

    /// The suffixes that make an adjective from a one-word city name: Минск → минский, Лида → лидский,
    /// Орша → оршанский, Гродно → гродненский, Пинск → пинский, Гомель → гомельский.
    static let citySuffixes = ["", "ск", "анск", "енск", "инск", "овск", "евск", "ьск"]

    /// Level words as written, with the kind of place each names.
    static let levelWords: [(String, EntityKind)] = [
        ("областной", .region), ("облисполком", .region),
        ("районный", .district), ("райисполком", .district),
        ("городской", .city), ("горисполком", .city),
    ]

    init(gazetteer: Gazetteer) {
        let vocabulary = gazetteer.vocabulary
        var places: [Vocabulary.ID: [Int]] = [:]
        func add(_ key: String, _ position: Int) {
            let id = vocabulary.intern(key)
            if places[id]?.contains(position) != true { places[id, default: []].append(position) }
        }
        // The names as the index has them, already tokenized and stemmed.
        for pattern in gazetteer.index.patterns {
            guard let first = pattern.tokens.first, first.kind == .word else { continue }
            for position in pattern.entities {
                switch gazetteer.kinds[position] {
                case .region, .district, .city:
                    if pattern.tokens.count >= 2, first.classes.contains(.adjective) {
                        for key in first.keys { add(key, position) }
                    } else if pattern.tokens.count == 1, gazetteer.kinds[position] == .city, let key = first.keys.first, key.count >= 3 {
                        for suffix in PlaceAdjectives.citySuffixes { add(key + suffix, position) }
                    }
                default:
                    continue
                }
            }
        }
        for (position, entity) in gazetteer.entities.enumerated() where entity.kind == .country {
            for adjective in entity.adjectives {
                for key in NameIndex.patternTokens(adjective).first?.keys ?? [] { add(key, position) }
            }
        }
        placesByKey = places
        var levels: [Vocabulary.ID: EntityKind] = [:]
        for (word, kind) in PlaceAdjectives.levelWords {
            for key in NameIndex.patternTokens(word).first?.keys ?? [] { levels[vocabulary.intern(key)] = kind }
        }
        self.levels = levels
    }

    /// The most specific place the adjectives among `tokens[range]` name, if any.
    func place(in tokens: [Token], _ range: Range<Int>, gazetteer: Gazetteer) -> Int? {
        var best: Int?
        for index in range where tokens[index].kind == .word && tokens[index].isCapitalized && tokens[index].classes.contains(.adjective) {
            let candidates = places(for: tokens[index])
            guard !candidates.isEmpty else { continue }
            var pool = candidates
            if let level = level(after: index, in: tokens, before: range.upperBound) {
                let ofLevel = candidates.filter { gazetteer.kinds[$0] == level }
                if !ofLevel.isEmpty { pool = ofLevel }
            }
            guard let place = pool.count == 1 ? pool[0] : PlaceAdjectives.nearestCommonPlace(pool, gazetteer) else { continue }
            if best.map({ gazetteer.hierarchy.depths[place] > gazetteer.hierarchy.depths[$0] }) ?? true { best = place }
        }
        return best
    }

    /// The country a word, in any case and letter case, is the adjective of ("белорусских" → Belarus), if
    /// it is one country's.
    func country(of token: Token, gazetteer: Gazetteer) -> Int? {
        guard token.kind == .word else { return nil }
        let countries = places(for: token).filter { gazetteer.kinds[$0] == .country }
        return countries.count == 1 ? countries[0] : nil
    }

    /// The places a word's keys are adjectives of.
    private func places(for token: Token) -> [Int] {
        let keys = token.word.keyIDs
        var result: [Int] = []
        for index in 0..<keys.count {
            guard let id = keys[index], let places = placesByKey[id] else { continue }
            for place in places where !result.contains(place) { result.append(place) }
        }
        return result
    }

    /// The kind of place the word right after `index` names as a level word, if it is one.
    private func level(after index: Int, in tokens: [Token], before end: Int) -> EntityKind? {
        var next = index + 1
        while next < end, tokens[next].isSkippedWhenMatching { next += 1 }
        guard next < end, tokens[next].kind == .word else { return nil }
        let keys = tokens[next].word.keyIDs
        for key in 0..<keys.count {
            if let id = keys[key], let kind = levels[id] { return kind }
        }
        return nil
    }

    /// The nearest place that every one of `places` is or lies in; nil when there is none below the
    /// world (a country counts: "Белорусский" of several Belarusian places gives Belarus).
    static func nearestCommonPlace(_ places: [Int], _ gazetteer: Gazetteer) -> Int? {
        guard let first = places.first else { return nil }
        let chain = [first] + Array(gazetteer.hierarchy.ancestors(of: first))
        return chain.first { candidate in
            places.allSatisfy { gazetteer.hierarchy.holds(candidate, $0) }
        }
    }
}
