/// Groups names that denote the same body, in the spirit of OpenRefine's clustering (key collision on
/// fingerprints, then nearest neighbours within blocks), with hard constraints no merge may break:
///
/// 1. links: the gazetteer's (two names linked to the same known entity); the names' (same key, or a
///    score at least `threshold` from ``NameComparer``), only for the pairs ``CandidateBlocking`` picks.
///    Two names linked to different known entities are never linked: the gazetteer has told them apart
///    (names of one entity are compared too: their words decide the sides when people split a group);
/// 2. a name linked by its words to two names it could join but that cannot be one body ("Гимназия № 4"
///    to "… г. Смоленска" and to "… г. Витебска") is ambiguous: its name links are dropped and it stays alone;
/// 3. gazetteer links join first; then name links, best score first, and two groups join only when every
///    name of one is compatible with every name of the other (no hard constraint between them, no
///    `cannotLink` a person decided), so no chain of similar names can join different bodies. When people
///    split a group (`cannotLink`), name links go first, so that the names decide the sides.
///
/// Ties are broken by the names' content, never by input order: the same names give the same groups in
/// any order.
///
/// - Complexity: O(p · w² + l · g²) for p compared pairs of w words, l links and groups of g names.
public struct NameClusterer: Sendable {
    /// One name to group: its normalized form and the known gazetteer entity it is linked to, if any.
    public struct Unit: Sendable, Equatable {
        public var name: OrgName
        public var entity: String?

        public init(name: OrgName, entity: String?) {
            self.name = name
            self.entity = entity
        }

        /// What orders units and breaks ties: content only.
        var sortKey: String { name.key + "\u{1}" + name.text + "\u{1}" + (entity ?? "") }
    }

    /// Why two units may be one body.
    public struct Link: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case gazetteer, key, abbreviation, score

            var rank: Int { [.gazetteer, .key, .abbreviation, .score].firstIndex(of: self)! }
        }

        public var first: Int
        public var second: Int
        public var kind: Kind
        public var score: Double
        public var detail: String
    }

    public struct Outcome: Sendable {
        /// Indices of units, each group sorted, groups sorted by their first index; single units included.
        public var groups: [[Int]]
        /// The links that joined groups.
        public var used: [Link]
        /// Name pairs compared.
        public var comparedPairs: Int
        /// Units left alone because their words fit bodies that cannot be one.
        public var ambiguous: [Int]
    }

    public let comparer: NameComparer
    /// The score a name link needs (0…1).
    public let threshold: Double

    public init(threshold: Double, comparer: NameComparer = NameComparer()) {
        self.threshold = threshold
        self.comparer = comparer
    }

    public func run(_ units: [Unit], cannotLink: Set<UnitPair> = []) -> Outcome {
        let (links, compared) = self.links(units)
        return cluster(units, links: links, cannotLink: cannotLink, comparedPairs: compared)
    }

    /// Gazetteer links and name links at or above the threshold, with the number of pairs compared.
    /// - Parameter jobs: how many threads may look for candidate pairs and compare them (the links are the same with any number).
    public func links(_ units: [Unit], jobs: Int = 1) -> (links: [Link], compared: Int) {
        var links: [Link] = []
        var byEntity: [String: [Int]] = [:]
        for (index, unit) in units.enumerated() { if let entity = unit.entity { byEntity[entity, default: []].append(index) } }
        for (entity, members) in byEntity {
            let sortKeys = Dictionary(uniqueKeysWithValues: members.map { ($0, units[$0].sortKey) })
            let ordered = members.sorted { sortKeys[$0]! < sortKeys[$1]! }
            for other in ordered.dropFirst() {
                links.append(Link(first: ordered[0], second: other, kind: .gazetteer, score: 1, detail: "both linked to \(entity)"))
            }
        }
        // Names as numbers: blocking pairs them on those, and most pairs share a word and no more, which
        // the sketches tell before the names are compared.
        // The units' names as they are (a copy of 50 000 names weighs megabytes).
        let names = units.lazy.map(\.name)
        let sketches = NameSketches(names)
        // Known entities as numbers (0: none), compared for every candidate.
        var entityIDs = TextIDs()
        let entities = units.map { $0.entity.map { entityIDs.id($0) } ?? 0 }
        let pairs = CandidateBlocking.pairCodes(names, sketches, threshold: threshold, jobs: jobs) { i, j in
            (entities[i] == 0 || entities[j] == 0 || entities[i] == entities[j]) && sketches.mayMatch(i, j, threshold: threshold)
        }
        // The pairs are compared on as many threads, their links kept in the pairs' order.
        links += ParallelChunks.map(count: pairs.count, jobs: jobs) { range in
            var found: [Link] = []
            for code in pairs[range] {
                let i = Int(code >> 32), j = Int(code & 0xFFFF_FFFF)
                // Keys are worked out for the pairs compared only: they are a few for each name, and holding
                // every name's key would weigh megabytes.
                guard case .match(let match) = comparer.compare(units[i].name, units[j].name, keys: (units[i].name.key, units[j].name.key),
                                                                detailFrom: threshold),
                      match.score >= threshold - 1e-9 else { continue }
                let kind: Link.Kind = match.kind == .key ? .key : (match.kind == .abbreviation ? .abbreviation : .score)
                found.append(Link(first: i, second: j, kind: kind, score: match.score, detail: match.detail))
            }
            return found
        }.flatMap { $0 }
        return (links, pairs.count)
    }

    /// Whether units `i` and `j` may be in one group.
    func compatible(_ constraints: UnitConstraints, _ i: Int, _ j: Int, _ cannotLink: Set<UnitPair>) -> Bool {
        if !cannotLink.isEmpty, cannotLink.contains(UnitPair(i, j)) { return false }
        let first = constraints.entity(i), second = constraints.entity(j)
        if first != 0, second != 0 { return first == second }
        return !constraints.conflict(i, j)
    }

    public func cluster(_ units: [Unit], links: [Link], cannotLink: Set<UnitPair> = [], comparedPairs: Int = 0) -> Outcome {
        // Sort keys only for the units links join.
        var keys = [String](repeating: "", count: units.count)
        for link in links {
            for unit in [link.first, link.second] where keys[unit].isEmpty { keys[unit] = units[unit].sortKey }
        }
        let constraints = UnitConstraints(units)
        // The gazetteer's links come first; after a person's split, names decide the sides first.
        let gazetteerFirst = cannotLink.isEmpty
        func ordered(_ a: Link, _ b: Link) -> Bool {
            if a.kind == .gazetteer, b.kind != .gazetteer { return gazetteerFirst }
            if b.kind == .gazetteer, a.kind != .gazetteer { return !gazetteerFirst }
            if a.score != b.score { return a.score > b.score }
            if a.kind != b.kind { return a.kind.rank < b.kind.rank }
            let pairA = [keys[a.first], keys[a.second]].sorted(), pairB = [keys[b.first], keys[b.second]].sorted()
            return pairA.lexicographicallyPrecedes(pairB)
        }

        // Names whose words fit two bodies that cannot be one stay alone.
        var neighbours = [[Int]](repeating: [], count: units.count)
        for link in links where link.kind != .gazetteer {
            neighbours[link.first].append(link.second)
            neighbours[link.second].append(link.first)
        }
        var ambiguous = Set<Int>()
        for unit in units.indices where neighbours[unit].count >= 2 {
            let around = neighbours[unit].filter { compatible(constraints, unit, $0, cannotLink) }
            search: for (offset, x) in around.enumerated() {
                for y in around[(offset + 1)...] where !compatible(constraints, x, y, cannotLink) {
                    ambiguous.insert(unit)
                    break search
                }
            }
        }

        var root = Array(units.indices)
        var members = units.indices.map { [$0] }
        func find(_ x: Int) -> Int {
            var x = x
            while root[x] != x { root[x] = root[root[x]]; x = root[x] }
            return x
        }
        var used: [Link] = []
        for link in links.sorted(by: ordered) {
            if link.kind != .gazetteer, ambiguous.contains(link.first) || ambiguous.contains(link.second) { continue }
            let a = find(link.first), b = find(link.second)
            guard a != b else { continue }
            let fits = members[a].allSatisfy { x in
                members[b].allSatisfy { y in
                    link.kind == .gazetteer && constraints.entity(x) != 0 && constraints.entity(x) == constraints.entity(y)
                        ? cannotLink.isEmpty || !cannotLink.contains(UnitPair(x, y)) : compatible(constraints, x, y, cannotLink)
                }
            }
            guard fits else { continue }
            let (kept, merged) = a < b ? (a, b) : (b, a)
            root[merged] = kept
            members[kept] += members[merged]
            members[merged] = []
            used.append(link)
        }
        let groups = units.indices.filter { find($0) == $0 }.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
        return Outcome(groups: groups, used: used, comparedPairs: comparedPairs, ambiguous: ambiguous.sorted())
    }
}

