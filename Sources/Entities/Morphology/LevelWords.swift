/// The words that say at which level a body stands — a region's, a district's, a city's … — kept in one
/// place so that the linker (which reads a place from "Лидский районный центр культуры") and dedup (which
/// never merges bodies of different levels, and proposes a parent from them) can never disagree.
///
/// ```swift
/// LevelWords.placeKind(ofAdjective: "районный")      // .district
/// LevelWords.placeKind(ofAdjective: "сельский")      // nil: a level, but no place of its own
/// LevelWords.oneWordBodies                          // [("облисполком", .region), …]
/// ```
enum LevelWords {
    /// A level adjective as written in the nominative masculine, and the kind of gazetteer place it
    /// points to (nil: a level the gazetteer has no places for, like a village council's).
    struct Adjective: Sendable {
        let word: String
        let place: EntityKind?
    }

    /// Every level adjective, regions first.
    static let adjectives: [Adjective] = [
        Adjective(word: "областной", place: .region),
        Adjective(word: "краевой", place: .region),
        Adjective(word: "республиканский", place: nil),
        Adjective(word: "районный", place: .district),
        Adjective(word: "окружной", place: .district),
        Adjective(word: "городской", place: .city),
        Adjective(word: "поселковый", place: nil),
        Adjective(word: "сельский", place: nil),
    ]

    /// Executive committees and councils written as one word, with the kind of place each governs
    /// ("Витебский облисполком" → the Vitebsk region, "Смоленский горсовет" → Smolensk).
    static let oneWordBodies: [(word: String, place: EntityKind?)] = [
        ("облисполком", .region), ("райисполком", .district), ("горисполком", .city), ("сельисполком", nil),
        ("облсовет", .region), ("райсовет", .district), ("горсовет", .city), ("сельсовет", nil),
    ]

    /// The words after a place adjective that name its level, with the kind of place each points to:
    /// the adjectives and the one-word bodies that point to one.
    static var placeLevelWords: [(word: String, place: EntityKind)] {
        (adjectives.map { ($0.word, $0.place) } + oneWordBodies).compactMap { word, place in place.map { (word, $0) } }
    }

    /// Every level word: the adjectives and the one-word bodies, with or without a place of their own.
    static var allWords: [String] { adjectives.map(\.word) + oneWordBodies.map(\.word) }

    /// The kind of place a level adjective (nominative masculine) points to, if it is one and points to one.
    static func placeKind(ofAdjective word: String) -> EntityKind? {
        adjectives.first { $0.word == word }?.place
    }
}
