/// `linkgraph dedup`: groups the organization names found across reports that denote the same body,
/// known to the gazetteer or not.
///
/// Every organization mention becomes a ``NameVariant`` (one per spelling and linked entity), is taken
/// apart by ``OrgNameNormalizer`` and grouped by ``NameClusterer``; people's ``DedupDecisions`` are then
/// applied (splits first, then rejections and acceptances). Each group of two or more variants gets a
/// stable id, a canonical name, the reasons it was formed and the gazetteer lines it calls for.
///
/// ```swift
/// let result = Deduplicator(gazetteer: gazetteer).run(linkedReports)
/// result.groups.map(\.canonical) // ["Администрация города Смоленска", "ГУО «Гимназия № 146 г. Минска»", …]
/// ```
/// - Complexity: O(n · t) to normalize n names of t tokens, plus ``NameClusterer``'s cost.
public struct Deduplicator: Sendable {
    /// The score a name link needs by default.
    public static let defaultThreshold = 0.85

    public let gazetteer: Gazetteer
    public let normalizer: OrgNameNormalizer
    public let threshold: Double
    /// How many threads normalize and compare the names (the result is the same with any number).
    public let jobs: Int
    let proposal: GazetteerProposal

    public init(gazetteer: Gazetteer, threshold: Double = Deduplicator.defaultThreshold, jobs: Int = 1) {
        self.gazetteer = gazetteer
        self.threshold = threshold
        self.jobs = max(1, jobs)
        normalizer = OrgNameNormalizer(gazetteer: gazetteer)
        proposal = GazetteerProposal(gazetteer: gazetteer)
    }

    /// Groups the organization names of linked reports.
    public func run(_ reports: [LinkedReport], decisions: DedupDecisions? = nil) -> DedupResult {
        var result = run(variants: NameVariant.collect(reports, gazetteer: gazetteer), decisions: decisions)
        result.sources = reports.map(\.report.source)
        return result
    }

    /// Groups variants (in any order: the result is the same).
    public func run(variants input: [NameVariant], decisions: DedupDecisions? = nil) -> DedupResult {
        let order: (NameVariant, NameVariant) -> Bool = { ($0.text, $0.entity, $0.count) < ($1.text, $1.entity, $1.count) }
        // A table's variants come sorted: they are used as they are, not copied.
        let variants = zip(input, input.dropFirst()).allSatisfy({ !order($1, $0) }) ? input : input.sorted(by: order)
        let units = ParallelChunks.map(count: variants.count, jobs: jobs) { range in
            // What the names of a chunk have alike is kept once: most of a name's weight is words, keys and
            // notes other names have too.
            var sharing = OrgNameSharing()
            // And what is worked out for their words is worked out once.
            var memo = NormalizerMemo()
            return variants[range].map {
                NameClusterer.Unit(name: sharing.share(normalizer.normalize($0.text, contextPlace: $0.contextPlace, memo: &memo)),
                                   entity: $0.known ? $0.entity : nil)
            }
        }.flatMap { $0 }
        let clusterer = NameClusterer(threshold: threshold)
        let (links, compared) = clusterer.links(units, jobs: jobs)
        let outcome = clusterer.cluster(units, links: links, comparedPairs: compared)
        let run = Run(deduplicator: self, variants: variants, units: units, links: links, clusterer: clusterer,
                      ranks: Run.preferenceRanks(variants, units))

        var result = DedupResult(threshold: threshold, mentionCount: variants.reduce(0) { $0 + $1.count }, variantCount: variants.count,
                                 comparedPairs: compared, decisionsFile: decisions?.file)
        var queue = outcome.groups.filter { $0.count >= 2 }.map { Pending(members: $0, splitFrom: nil, used: outcome.used) }
        var applied = Set<Int>()
        var kept: [(pending: Pending, status: DedupGroup.Status)] = []
        var position = 0
        while position < queue.count {
            let pending = queue[position]
            position += 1
            let id = run.groupID(pending.members, splitFrom: pending.splitFrom)
            guard let entry = decisions?.entry(for: id), !applied.contains(entry.line) else {
                kept.append((pending, .proposed))
                continue
            }
            applied.insert(entry.line)
            switch entry.action {
            case .accept:
                kept.append((pending, .accepted))
                result.accepted.append(id)
            case .reject:
                result.rejected.append(id)
            case .split(let names):
                switch run.split(pending.members, names: names, id: id) {
                case .parts(let parts):
                    result.split.append(id)
                    queue += parts.map { Pending(members: $0.members, splitFrom: id, used: $0.used) }
                case .failed(let message):
                    result.warnings.append(InputError(file: decisions?.file, line: entry.line, message: message, hint: "the group is shown unsplit"))
                    kept.append((pending, .proposed))
                }
            }
        }
        for entry in decisions?.entries ?? [] where !applied.contains(entry.line) {
            result.warnings.append(InputError(file: decisions?.file, line: entry.line,
                                              message: "no group \(entry.group) in this run: its names changed, or it is gone",
                                              hint: "the line is ignored; decide the group under its new id"))
        }
        // Groups are made on as many threads as the names were; only the ids proposed for new entities,
        // each unlike those before it, are made one after another.
        var groups = ParallelChunks.map(count: kept.count, jobs: jobs) { range in
            kept[range].map { (group: run.group($0.pending, status: $0.status), members: $0.pending.members) }
        }.flatMap { $0 }
        groups.sort { ($0.group.canonical.lowercased(), $0.group.id) < ($1.group.canonical.lowercased(), $1.group.id) }
        var taken = Set<String>()
        for index in groups.indices {
            groups[index].group.proposedID = run.proposeID(groups[index].group, members: groups[index].members, taken: &taken)
        }
        let lines = ParallelChunks.map(count: groups.count, jobs: jobs) { range in
            groups[range].map { run.gazetteerLines($0.group, members: $0.members) }
        }.flatMap { $0 }
        result.groups = zip(groups, lines).map { made, lines in
            var group = made.group
            group.gazetteerLines = lines
            return group
        }
        return result
    }

    struct Pending {
        var members: [Int]
        var splitFrom: String?
        var used: [NameClusterer.Link]
    }

    /// One run's variants and units, and what is made from them.
    struct Run {
        let deduplicator: Deduplicator
        let variants: [NameVariant]
        let units: [NameClusterer.Unit]
        let links: [NameClusterer.Link]
        let clusterer: NameClusterer
        /// Each variant's place in the order of ``preferred(_:_:)`` (see ``preferenceRanks(_:_:)``).
        let ranks: [Int32]

        var gazetteer: Gazetteer { deduplicator.gazetteer }

        func groupID(_ members: [Int], splitFrom: String? = nil) -> String {
            DedupGroup.makeID(keys: members.map { units[$0].name.key }, entity: members.lazy.compactMap { units[$0].entity }.first,
                              splitFrom: splitFrom)
        }

        /// The group clustered again with the named variants kept apart.
        func split(_ members: [Int], names: [String], id: String) -> SplitOutcome {
            // A name is a spelling of the group, else any spelling with its key not named itself.
            let named = Set(members.filter { names.contains(variants[$0].text) })
            var sides: [[Int]] = []
            for name in names {
                var side = members.filter { variants[$0].text == name }
                if side.isEmpty {
                    let key = deduplicator.normalizer.normalize(name).key
                    side = members.filter { units[$0].name.textKey == key && !named.contains($0) }
                }
                guard !side.isEmpty else { return .failed("«\(name)» is not a name of group \(id)") }
                sides.append(side)
            }
            let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
            var cannotLink = Set<UnitPair>()
            for (i, first) in sides.enumerated() {
                for second in sides[(i + 1)...] {
                    for x in first { for y in second where x != y { cannotLink.insert(UnitPair(local[x]!, local[y]!)) } }
                }
            }
            let localLinks = links.compactMap { link -> NameClusterer.Link? in
                guard let first = local[link.first], let second = local[link.second] else { return nil }
                var copy = link
                copy.first = first
                copy.second = second
                return copy
            }
            let outcome = clusterer.cluster(members.map { units[$0] }, links: localLinks, cannotLink: cannotLink)
            let used = outcome.used.map { link -> NameClusterer.Link in
                var copy = link
                copy.first = members[link.first]
                copy.second = members[link.second]
                return copy
            }
            return .parts(outcome.groups.filter { $0.count >= 2 }.map { Pending(members: $0.map { members[$0] }, splitFrom: nil, used: used) })
        }

        /// Whether variant `a` makes a better canonical name than `b`: a nominative, then the most complete
        /// (words, legal form, place), then written out, then the most mentioned, then by spelling and entity.
        func preferred(_ a: Int, _ b: Int) -> Bool { ranks[a] < ranks[b] }

        /// Each variant's place in the order ``preferred(_:_:)`` describes, worked out once for the run: a
        /// group's variants are put in that order many times.
        /// - Complexity: O(n log n) for n variants.
        static func preferenceRanks(_ variants: [NameVariant], _ units: [NameClusterer.Unit]) -> [Int32] {
            // What the order compares before the spelling: smaller first.
            let leading = units.indices.map { index -> (Int, Int, Int, Int) in
                let name = units[index].name
                return (name.isNominative ? 0 : 1, -completeness(name), name.abbreviationCount, -variants[index].count)
            }
            let order = variants.indices.sorted { a, b in
                if leading[a] != leading[b] { return leading[a] < leading[b] }
                return (variants[a].text, variants[a].entity) < (variants[b].text, variants[b].entity)
            }
            var ranks = [Int32](repeating: 0, count: variants.count)
            for (rank, index) in order.enumerated() { ranks[index] = Int32(rank) }
            return ranks
        }

        static func completeness(_ name: OrgName) -> Int {
            name.contentWords.count + (name.legalForm == nil ? 0 : 1) + (name.places.isEmpty || name.placesFromContext ? 0 : 1)
        }

        func group(_ pending: Pending, status: DedupGroup.Status) -> DedupGroup {
            let members = pending.members
            let entity = members.lazy.compactMap { units[$0].entity }.first
            let best = members.sorted(by: preferred)[0]
            let canonical = entity.flatMap { gazetteer.entity(id: $0)?.name } ?? variants[best].text
            // One row per spelling (a spelling linked to two entities the gazetteer lacks is one row).
            var rows: [DedupGroup.Variant] = []
            var rowOfText: [String: Int] = [:]
            for index in members.sorted(by: { (-variants[$0].count, variants[$0].entity) < (-variants[$1].count, variants[$1].entity) }) {
                let variant = variants[index]
                if let row = rowOfText[variant.text] {
                    rows[row].entities = Set(rows[row].entities + [variant.entity]).sorted()
                    rows[row].known = rows[row].known || variant.known
                    rows[row].count += variant.count
                    rows[row].occurrences = Set(rows[row].occurrences + variant.occurrences).sorted()
                } else {
                    rowOfText[variant.text] = rows.count
                    rows.append(DedupGroup.Variant(text: variant.text, entities: [variant.entity], known: variant.known, key: units[index].name.key,
                                                   legalForm: units[index].name.legalForm, count: variant.count, occurrences: variant.occurrences))
                }
            }
            rows.sort { (-$0.count, $0.text) < (-$1.count, $1.text) }
            return DedupGroup(id: groupID(members, splitFrom: pending.splitFrom), status: status, splitFrom: pending.splitFrom, canonical: canonical, entity: entity,
                              proposedID: nil,
                              legalForms: Set(members.compactMap { units[$0].name.legalForm }).sorted(),
                              numbers: Set(members.flatMap { units[$0].name.numbers }).sorted { ($0.count, $0) < ($1.count, $1) },
                              places: Set(members.flatMap { units[$0].name.places }).sorted(),
                              variants: rows, reasons: reasons(members, entity: entity, used: pending.used), gazetteerLines: [])
        }

        /// Why the members form a group: the gazetteer, same keys, then the best name links joining the keys.
        func reasons(_ members: [Int], entity: String?, used: [NameClusterer.Link]) -> [DedupGroup.Reason] {
            var reasons: [DedupGroup.Reason] = []
            let texts: ([Int]) -> [String] = { indices in
                var seen = Set<String>()
                return indices.sorted(by: preferred).map { variants[$0].text }.filter { seen.insert($0).inserted }
            }
            if let entity {
                let linked = members.filter { units[$0].entity == entity }
                reasons.append(DedupGroup.Reason(kind: .gazetteer, variants: texts(linked), score: 1,
                                                 detail: "\(linked.count) of \(members.count) variants are linked to \(entity) by the gazetteer"))
            }
            // Classes of the same key from the text (a spelling linked to several entities is one class).
            var byKey: [String: [Int]] = [:]
            for member in members { byKey[units[member].name.textKey, default: []].append(member) }
            let keys = byKey.keys.sorted()
            for key in keys where byKey[key]!.count >= 2 {
                let sameKey = byKey[key]!
                reasons.append(DedupGroup.Reason(kind: .key, variants: texts(sameKey), score: 1, detail: keyDetail(key, sameKey)))
            }
            // The best name links between keys (a maximum spanning tree), then the clusterer's own links.
            var root = Array(keys.indices)
            func find(_ x: Int) -> Int { var x = x; while root[x] != x { x = root[x] }; return x }
            let representatives = keys.map { byKey[$0]!.sorted(by: preferred)[0] }
            var edges: [(score: Double, i: Int, j: Int, match: NameComparer.Match)] = []
            // Every pair of keys, but told apart on numbers first (``NameSketches``): a group linked to one
            // entity may have thousands of spellings.
            let names = representatives.map { units[$0].name }
            let nameKeys = names.map(\.key)
            let sketches = NameSketches(names)
            let threshold = clusterer.threshold
            for i in keys.indices {
                for j in keys.indices where j > i && sketches.mayMatch(i, j, threshold: threshold) {
                    if case .match(let match) = clusterer.comparer.compare(names[i], names[j], keys: (nameKeys[i], nameKeys[j]),
                                                                           detailFrom: threshold),
                       match.score >= threshold - 1e-9 {
                        edges.append((match.score, i, j, match))
                    }
                }
            }
            edges.sort { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }
            let keyIndex = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
            func join(_ i: Int, _ j: Int, kind: NameClusterer.Link.Kind, score: Double, detail: String, _ a: Int, _ b: Int) {
                let x = find(i), y = find(j)
                guard x != y else { return }
                root[max(x, y)] = min(x, y)
                reasons.append(DedupGroup.Reason(kind: kind, variants: [variants[a].text, variants[b].text], score: score, detail: detail))
            }
            for edge in edges {
                let kind: NameClusterer.Link.Kind = edge.match.kind == .abbreviation ? .abbreviation : (edge.match.kind == .key ? .key : .score)
                join(edge.i, edge.j, kind: kind, score: edge.score, detail: edge.match.detail, representatives[edge.i], representatives[edge.j])
            }
            if entity == nil {
                let memberSet = Set(members)
                for link in used where link.kind != .gazetteer && memberSet.contains(link.first) && memberSet.contains(link.second) {
                    guard let i = keyIndex[units[link.first].name.textKey], let j = keyIndex[units[link.second].name.textKey] else { continue }
                    join(i, j, kind: link.kind, score: link.score, detail: link.detail, link.first, link.second)
                }
            }
            return reasons
        }

        /// "same key «…»", and the normalizations that made the spellings alike.
        func keyDetail(_ key: String, _ members: [Int]) -> String {
            let notes = members.map { Set(units[$0].name.notes) }
            let all = notes.reduce(into: Set<String>()) { $0.formUnion($1) }
            let common = notes.dropFirst().reduce(notes[0]) { $0.intersection($1) }
            var steps = all.subtracting(common).sorted()
            let wordForms = Set(members.map { units[$0].name.words.map(\.text) })
            if Set(wordForms.map { $0.sorted() }).count > 1 {
                steps.append("case endings")
            } else if wordForms.count > 1 {
                steps.append("word order")
            }
            let spellings = Set(members.map { variants[$0].text })
            let writings = Set(spellings.map { $0.filter { !"«»\"„“”'.,".contains($0) } })
            if steps.isEmpty && writings.count < spellings.count { steps.append("quotes and punctuation") }
            let entities = Set(members.map { variants[$0].entity })
            if spellings.count < members.count {
                steps.append("one spelling linked to \(entities.count) entities (\(entities.sorted().joined(separator: ", ")))")
            }
            return "same key «\(key)»" + (steps.isEmpty ? "" : " after: " + steps.joined(separator: "; "))
        }

        /// The id proposed for a new gazetteer entity when the gazetteer does not know the group (nil when
        /// it does): made from its best name and its place, unlike the ids in `taken`, which it joins.
        func proposeID(_ group: DedupGroup, members: [Int], taken: inout Set<String>) -> String? {
            if let id = group.entity, gazetteer.entity(id: id) != nil { return nil }
            let ordered = members.sorted(by: preferred)
            guard let best = ordered.first else { return nil }
            let parent = deduplicator.proposal.parent(of: ordered.map { units[$0].name })
            let id = deduplicator.proposal.makeID(name: units[best].name, parent: parent, taken: taken)
            taken.insert(id)
            return id
        }

        /// The gazetteer lines: `aka` for a known entity, a new block under its ``proposeID(_:members:taken:)``
        /// id for an unknown group.
        func gazetteerLines(_ group: DedupGroup, members: [Int]) -> [String] {
            let ordered = members.sorted(by: preferred)
            if let id = group.entity, let entity = gazetteer.entity(id: id) {
                var spellings: [String] = []
                var seen = Set<String>()
                for index in ordered where units[index].entity == nil && seen.insert(variants[index].text).inserted { spellings.append(variants[index].text) }
                return deduplicator.proposal.aliasLines(for: entity, spellings: spellings)
            }
            guard let best = ordered.first, let id = group.proposedID else { return [] }
            let parent = deduplicator.proposal.parent(of: ordered.map { units[$0].name })
            var spellings: [String] = []
            var seen = Set<String>()
            for index in ordered where seen.insert(variants[index].text).inserted { spellings.append(variants[index].text) }
            return deduplicator.proposal.newEntityLines(id: id, canonical: group.canonical, parent: parent, spellings: spellings,
                                                        nominative: units[best].name.isNominative)
        }
    }

    enum SplitOutcome {
        /// The groups (of two or more) the split left.
        case parts([Pending])
        case failed(String)
    }
}
