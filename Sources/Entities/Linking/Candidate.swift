/// A possible mention: a token span and the entities it may name. Spans are token indices into the
/// field's tokens, `start..<end`.
struct Candidate: Equatable {
    enum Source: Int, Comparable {
        /// Recognized by shape, not in the gazetteer.
        case unknown = 0
        /// A gazetteer name.
        case gazetteer = 1

        static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    var start: Int
    var end: Int
    /// Gazetteer positions; one unless the name is ambiguous. Empty for unknown candidates.
    var entities: [Int]
    var source: Source
    /// For unknown candidates: what was recognized.
    var unknown: UnknownShape?
    /// How many tokens matched their spelling exactly, not only by stem.
    var exactness = 0

    /// The number of name tokens (words, numbers, №) it covers; quotes and dots do not count.
    var weight = 0

    var length: Int { end - start }

    /// The candidate with its weight counted over `tokens`.
    func weighed(_ tokens: [Token]) -> Candidate {
        var copy = self
        copy.weight = tokens[start..<end].reduce(0) { $0 + ($1.isSkippedWhenMatching ? 0 : 1) }
        return copy
    }

    func overlaps(_ other: Candidate) -> Bool { start < other.end && other.start < end }
}

/// What the recognizer saw in a name the gazetteer does not know.
struct UnknownShape: Equatable {
    var kind: EntityKind
    /// Where the name proper starts (after a place marker such as "г.").
    var coreStart: Int? = nil
    /// Where the name proper ends and an attached place tail ("г. Минска") begins.
    var coreEnd: Int
    /// Gazetteer positions of places inside the name, in its tail, or in the parentheses right after it.
    var places: [Int]
    /// Where the legal form places a body (ГУО → BY; СОГБУК → the Smolensk region), or its head (райисполком → BY), if the lexicon says.
    var legalForm: LegalFormHint?
    /// For a person: the shape of the name (its surname and initials make its id).
    var person: PersonShape? = nil
    /// For a body named by an adjective alone before another body's name, the words they share (token
    /// indices): "Смоленским" in "Смоленским и Витебским городскими Советами" shares "городскими
    /// Советами", which are part of its id and tell its place's level.
    var sharedWords: Range<Int>? = nil

    /// The country the legal form belongs to, if the lexicon says.
    var legalFormCountry: String? { legalForm?.country }
}

/// Where a legal form places a body named with it and with no place of its own: its country ("; BY" in
/// the lexicon) and, for a form of one region ("; RU @ru-smolensk-region"), that region's id. A head of
/// one country's bodies ("райисполком !BY" in `org-heads.txt`) gives its country the same way.
struct LegalFormHint: Equatable {
    var country: String?
    var place: String?
}
