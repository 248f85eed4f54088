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

    var length: Int { end - start }

    func overlaps(_ other: Candidate) -> Bool { start < other.end && other.start < end }
}

/// What the recognizer saw in a name the gazetteer does not know.
struct UnknownShape: Equatable {
    var kind: EntityKind
    /// Where the name proper ends and an attached place tail ("г. Минска") begins.
    var coreEnd: Int
    /// Gazetteer positions of places in the tail or in the parentheses right after it, nearest first.
    var places: [Int]
    /// A country the legal form belongs to (ГУО → BY), if the lexicon says.
    var legalFormCountry: String?
}
