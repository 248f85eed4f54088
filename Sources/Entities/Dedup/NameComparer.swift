/// Compares two organization names (``OrgName``): hard constraints first, then a score.
///
/// Hard constraints — any one makes the names different bodies whatever else they share:
/// - the numbers differ ("СШ № 40" / "СШ № 4"; a number on one side only counts as different);
/// - both name places and the places differ ("Гимназия № 4 г. Смоленска" / "… г. Витебска"; "Витебский
///   район" / "Витебск"; "Администрация Московского района г. Минска" / "Администрация г. Минска");
/// - both have level words and they differ (городской / областной / районный исполнительный комитет);
/// - both have legal forms of different kinds (ООО, a company / ГК, a group of companies).
///
/// Names with the same key (``OrgName/key``) match with score 1. Otherwise the score is a weighted
/// Jaccard similarity of the words of the names proper: words match by key, by one letter's difference
/// (long words), an abbreviation matches the words it is the initials of ("МАЗ" = Минский автомобильный
/// завод), and an adjective made from a place matches that place on the other side ("Могилевская …" /
/// "… г. Могилева"). Generic words (школа, государственный) weigh half; prepositions nothing. A place
/// named on one side only multiplies the score by ``onePlacePenalty``.
///
/// - Complexity: O(w²) for names of w words.
public struct NameComparer: Sendable {
    public enum Verdict: Equatable, Sendable {
        /// The names cannot denote one body; why.
        case conflict(String)
        /// Nothing in the names tells: one of them is too general ("Народный коллектив"), or has no name proper.
        case unrelated
        case match(Match)
    }

    public struct Match: Equatable, Sendable {
        public enum Kind: String, Sendable {
            /// The same key after normalization.
            case key
            /// Similar words.
            case score
            /// An abbreviation made of the other name's initials.
            case abbreviation
        }

        public var kind: Kind
        /// 0…1.
        public var score: Double
        /// For people: what matched and what did not.
        public var detail: String
    }

    /// What a place named in one name only costs.
    public static let onePlacePenalty = 0.95

    public init() {}

    /// Why the two names cannot denote one body, or nil when nothing forbids it.
    public func conflict(_ a: OrgName, _ b: OrgName) -> String? {
        if a.numbers != b.numbers {
            return "numbers differ: \(NameComparer.numbers(a)) ≠ \(NameComparer.numbers(b))"
        }
        if !a.places.isEmpty, !b.places.isEmpty, a.places != b.places {
            return "places differ: \(a.places.joined(separator: ", ")) ≠ \(b.places.joined(separator: ", "))"
        }
        if !a.levels.isEmpty, !b.levels.isEmpty, a.levels != b.levels {
            return "levels differ: \(a.levels.joined(separator: ", ")) ≠ \(b.levels.joined(separator: ", "))"
        }
        if let first = a.legalFamily, let second = b.legalFamily, first != second {
            return "legal forms of different kinds: \(a.legalForm ?? "?") (\(first)) ≠ \(b.legalForm ?? "?") (\(second))"
        }
        return nil
    }

    public func compare(_ a: OrgName, _ b: OrgName) -> Verdict {
        compare(a, b, keys: (a.key, b.key))
    }

    /// The same, given the two names' keys (``OrgName/key`` is worked out anew at each use: a caller
    /// comparing many pairs works each name's key out once).
    /// - Parameter detailFrom: the least score whose match is explained in its detail (a match below it
    ///   comes with no detail: the caller drops it).
    func compare(_ a: OrgName, _ b: OrgName, keys: (String, String), detailFrom: Double = 0) -> Verdict {
        if let reason = conflict(a, b) { return .conflict(reason) }
        if a.isUnderspecified || b.isUnderspecified { return .unrelated }
        if keys.0 == keys.1 { return .match(Match(kind: .key, score: 1, detail: "same key «\(keys.0)»")) }
        if a.contentWords.isEmpty || b.contentWords.isEmpty { return .unrelated }
        return .match(similarity(a, b, detailFrom: detailFrom))
    }

    // MARK: Scoring

    func similarity(_ a: OrgName, _ b: OrgName, detailFrom: Double = 0) -> Match {
        var creditA = [Double](repeating: 0, count: a.words.count)
        var creditB = [Double](repeating: 0, count: b.words.count)
        var notes: [String] = []

        // Words with a key in common, then long words one letter apart.
        for i in a.words.indices where !a.words[i].isStopWord {
            for j in b.words.indices where !b.words[j].isStopWord && creditB[j] == 0 {
                // Keys are folded stems: compared by their bytes (a Set of strings would hash each,
                // normalizing as it goes, for every pair of words of every pair of names).
                if a.words[i].keys.contains(where: { key in b.words[j].keys.contains { $0.utf8Equals(key) } }) {
                    creditA[i] = 1
                    creditB[j] = 1
                    break
                }
            }
        }
        for i in a.words.indices where !a.words[i].isStopWord && creditA[i] == 0 && a.words[i].key.count >= 6 && !a.words[i].isAcronym {
            for j in b.words.indices where !b.words[j].isStopWord && creditB[j] == 0 && !b.words[j].isAcronym {
                if NameComparer.oneEditApart(a.words[i].key, b.words[j].key) {
                    creditA[i] = 0.9
                    creditB[j] = 0.9
                    notes.append("\(a.words[i].text) ≈ \(b.words[j].text)")
                    break
                }
            }
        }
        // Abbreviations made of initials, both ways.
        let acronyms = NameComparer.alignAcronyms(a, &creditA, b, &creditB) + NameComparer.alignAcronyms(b, &creditB, a, &creditA)
        notes += acronyms
        // Adjectives made from the place the other name names.
        notes += NameComparer.matchPlaceAdjectives(a, &creditA, b) + NameComparer.matchPlaceAdjectives(b, &creditB, a)

        var total = 0.0, matched = 0.0
        for (word, credit) in zip(a.words, creditA) { total += word.weight; matched += word.weight * credit }
        for (word, credit) in zip(b.words, creditB) { total += word.weight; matched += word.weight * credit }
        let dice = total > 0 ? matched / total : 0
        var score = dice / (2 - dice)
        if a.places.isEmpty != b.places.isEmpty {
            let (without, with) = a.places.isEmpty ? (a, b) : (b, a)
            if !without.words.contains(where: { $0.placeHints.contains(where: with.placeClosure.contains) }) {
                score *= NameComparer.onePlacePenalty
                notes.append("a place in one name only")
            }
        }
        guard score >= detailFrom - 1e-9 else { return Match(kind: acronyms.isEmpty ? .score : .abbreviation, score: score, detail: "") }
        let onlyA = zip(a.words, creditA).filter { !$0.0.isStopWord && $0.1 == 0 }.map(\.0.text)
        let onlyB = zip(b.words, creditB).filter { !$0.0.isStopWord && $0.1 == 0 }.map(\.0.text)
        var parts: [String] = []
        if !onlyA.isEmpty { parts.append("only in the first: " + onlyA.joined(separator: " ")) }
        if !onlyB.isEmpty { parts.append("only in the second: " + onlyB.joined(separator: " ")) }
        parts += notes
        let detail = "similarity \(NameComparer.format(score))" + (parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")")
        return Match(kind: acronyms.isEmpty ? .score : .abbreviation, score: score, detail: detail)
    }

    /// Each unmatched abbreviation of `x` that spells the initials of consecutive unmatched words of `y`
    /// (with or without the prepositions and conjunctions between them) matches those words.
    static func alignAcronyms(_ x: OrgName, _ creditX: inout [Double], _ y: OrgName, _ creditY: inout [Double]) -> [String] {
        var notes: [String] = []
        for i in x.words.indices where x.words[i].isAcronym && creditX[i] == 0 {
            let letters = x.words[i].text
            search: for start in y.words.indices where !y.words[start].isStopWord && creditY[start] == 0 {
                var withStops = "", without = ""
                var end = start
                while end < y.words.count {
                    let word = y.words[end]
                    if !word.isStopWord && creditY[end] != 0 { break }
                    withStops += word.initials
                    if !word.isStopWord { without += word.initials }
                    if without.count > letters.count { break }
                    if !word.isStopWord, withStops == letters || without == letters, withStops.count >= 2 {
                        creditX[i] = 1
                        for index in start...end where !y.words[index].isStopWord { creditY[index] = 1 }
                        notes.append("\(x.words[i].text.uppercased()) = \(y.words[start...end].map(\.text).joined(separator: " "))")
                        break search
                    }
                    end += 1
                }
            }
        }
        return notes
    }

    /// Unmatched adjectives of `x` made from a place `y` names ("могилевская" / `by-mogilev`) match it.
    static func matchPlaceAdjectives(_ x: OrgName, _ creditX: inout [Double], _ y: OrgName) -> [String] {
        guard !y.places.isEmpty else { return [] }
        var notes: [String] = []
        for i in x.words.indices where creditX[i] == 0 && !x.words[i].placeHints.isEmpty {
            if let place = x.words[i].placeHints.first(where: y.placeClosure.contains) {
                creditX[i] = 1
                notes.append("\(x.words[i].text) ~ \(place)")
            }
        }
        return notes
    }

    /// Whether two words differ by one letter inserted, deleted or replaced.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        oneEditApart(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value))
    }

    /// The same, on Unicode scalar values (``NameSketches`` keeps words so).
    static func oneEditApart<Scalars: RandomAccessCollection>(_ x: Scalars, _ y: Scalars) -> Bool
    where Scalars.Element == UInt32, Scalars.Index == Int {
        guard abs(x.count - y.count) <= 1, !x.elementsEqual(y) else { return false }
        var i = x.startIndex, j = y.startIndex, edits = 0
        while i < x.endIndex && j < y.endIndex {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.endIndex - i) + (y.endIndex - j) <= 1
    }

    static func numbers(_ name: OrgName) -> String {
        name.numbers.isEmpty ? "none" : name.numbers.map { "№ \($0)" }.joined(separator: ", ")
    }

    /// A score with three decimals, as output shows it.
    public static func format(_ score: Double) -> String {
        let rounded = (score * 1000).rounded() / 1000
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
