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
/// A town's adjectives are not stored: a word is tried as one by taking each suffix off its keys and
/// looking the rest up among the towns' keys, so a gazetteer of many towns adds no words to the
/// vocabulary for them.
///
/// - Complexity: built once per gazetteer in O(names), from the name index's tokens; a lookup is
///   O(w · (s + c)) for w words, the s suffixes and the c places sharing an adjective.
struct PlaceAdjectives: Sendable {
    /// Gazetteer positions of places by the vocabulary id of an adjective's key (of a region's or
    /// district's name, or a country's `adjective` line), each list in the order found, without repeats.
    private let placesByKey: KeyedLists
    /// Gazetteer positions of towns with a one-word name by the vocabulary id of its first key (of three
    /// letters or more): the town of an adjective whose key is that key and one of ``citySuffixes``.
    private let townsByKey: KeyedLists
    /// Keys of level words, with the kind of place each names.
    private let levels: [Vocabulary.ID: EntityKind]
    /// The vocabulary the ids are in, to look up a key without its suffix.
    private let vocabulary: Vocabulary

    /// The suffixes that make an adjective from a one-word city name: Минск → минский, Лида → лидский,
    /// Орша → оршанский, Гродно → гродненский, Пинск → пинский, Гомель → гомельский.
    static let citySuffixes = ["", "ск", "анск", "енск", "инск", "овск", "евск", "ьск"]
    /// ``citySuffixes`` as UTF-8.
    private static let citySuffixBytes = citySuffixes.map { Array($0.utf8) }

    init(gazetteer: Gazetteer) {
        let vocabulary = gazetteer.vocabulary
        // (key id, place) pairs in the order found; repeats are dropped when the lists are made.
        var keys: [Vocabulary.ID] = [], places: [Int32] = []
        var townKeys: [Vocabulary.ID] = [], towns: [Int32] = []
        // The names as the index has them, already tokenized, stemmed and interned.
        let index: NameIndex = gazetteer.index
        for pattern in 0..<index.patternCount {
            let first = index.firstToken(of: pattern)
            guard first.kind == .word else { continue }
            let count = index.tokenCount(of: pattern)
            for position in index.entities(of: pattern) {
                switch gazetteer.kinds[position] {
                case .region, .district, .city:
                    if count >= 2, first.classes.contains(.adjective) {
                        for key in 0..<first.keyIDs.count {
                            guard let id = first.keyIDs[key] else { continue }
                            keys.append(id)
                            places.append(Int32(position))
                        }
                    } else if count == 1, gazetteer.kinds[position] == .city, let id = first.keyIDs.first,
                              vocabulary.letterCount(id) >= 3 {
                        townKeys.append(id)
                        towns.append(Int32(position))
                    }
                default:
                    continue
                }
            }
        }
        for position in gazetteer.kinds.indices where gazetteer.kinds[position] == .country {
            for adjective in gazetteer.entities[position].adjectives {
                for key in NameIndex.patternTokens(adjective).first?.keys ?? [] {
                    keys.append(vocabulary.intern(key))
                    places.append(Int32(position))
                }
            }
        }
        placesByKey = KeyedLists(keys: keys, values: places)
        townsByKey = KeyedLists(keys: townKeys, values: towns)
        var levels: [Vocabulary.ID: EntityKind] = [:]
        for (word, kind) in LevelWords.placeLevelWords {
            for key in NameIndex.patternTokens(word).first?.keys ?? [] { levels[vocabulary.intern(key)] = kind }
        }
        self.levels = levels
        self.vocabulary = vocabulary
    }

    /// Whether a word is a place's adjective in any case: a district's or region's ("Лидского"), a
    /// town's made from its name ("Десногорского", "Варшавском") or a country's.
    func isPlaceAdjective(_ token: Token) -> Bool { token.kind == .word && !places(for: token).isEmpty }

    /// The most specific place the adjectives among `tokens[range]` name, if any.
    func place(in tokens: [Token], _ range: Range<Int>, gazetteer: Gazetteer) -> Int? {
        var best: Int?
        for index in range {
            guard let place = place(ofAdjectiveAt: index, in: tokens, levelBefore: range.upperBound, gazetteer: gazetteer) else { continue }
            if best.map({ gazetteer.hierarchy.depths[place] > gazetteer.hierarchy.depths[$0] }) ?? true { best = place }
        }
        return best
    }

    /// The place the capitalized adjective at `index` names, read with the level word after it (before
    /// token index `end`), if it is a place's adjective.
    func place(ofAdjectiveAt index: Int, in tokens: [Token], levelBefore end: Int, gazetteer: Gazetteer) -> Int? {
        guard tokens[index].kind == .word && tokens[index].isCapitalized && tokens[index].classes.contains(.adjective) else { return nil }
        let candidates = places(for: tokens[index])
        guard !candidates.isEmpty else { return nil }
        var pool = candidates
        if let level = level(after: index, in: tokens, before: end) {
            let ofLevel = candidates.filter { gazetteer.kinds[$0] == level }
            if !ofLevel.isEmpty { pool = ofLevel }
        }
        return pool.count == 1 ? pool[0] : PlaceAdjectives.nearestCommonPlace(pool, gazetteer)
    }

    /// The country a word, in any case and letter case, is the adjective of ("белорусских" → Belarus), if
    /// it is one country's.
    func country(of token: Token, gazetteer: Gazetteer) -> Int? {
        guard token.kind == .word else { return nil }
        let countries = places(for: token).filter { gazetteer.kinds[$0] == .country }
        return countries.count == 1 ? countries[0] : nil
    }

    /// The places a word's keys (as many as ``KeyIDs`` holds) are adjectives of: the places listed by a
    /// key, then the towns whose key is a key without one of ``citySuffixes``.
    private func places(for token: Token) -> [Int] {
        let word = token.word
        var result: [Int] = []
        func add(_ places: ArraySlice<Int32>) {
            for place in places where !result.contains(Int(place)) { result.append(Int(place)) }
        }
        for index in 0..<word.keyIDs.count {
            if let id = word.keyIDs[index] { add(placesByKey.list(id)) }
            var key = word.keys[index]
            key.withUTF8 { bytes in
                for suffix in PlaceAdjectives.citySuffixBytes where bytes.count > suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix) {
                    if let town = vocabulary.id(of: UnsafeBufferPointer(rebasing: bytes.dropLast(suffix.count))) { add(townsByKey.list(town)) }
                }
            }
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
