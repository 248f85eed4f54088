/// The organization names of reports as ``NameVariant``s, gathered mention by mention: a report can be
/// linked and reduced to its names on its own (``init(linking:linker:)``), and the tables of reports
/// merged in order give what gathering all their mentions gives.
///
/// ```swift
/// var table = NameVariantTable(gazetteer: gazetteer)
/// for report in reports { table.add(NameVariantTable(linking: report, linker: linker)) }
/// let variants = table.variants   // sorted by text, then entity
/// ```
/// Spellings are told apart as `String`s are, but hashed by their bytes (``PlainTextKey``): a run adds
/// hundreds of thousands of mentions, and hashing Cyrillic as `String`s was a tenth of it. Occurrences
/// are kept as numbers (the report's place in ``sources``, the item) and sorted once, for ``variants``.
/// - Complexity: O(1) per mention added; O(v log v + o log o) to list v variants of o occurrences.
public struct NameVariantTable: Sendable {
    private struct Key: Hashable, Sendable {
        let text: PlainTextKey
        let entity: String
    }

    /// Where a variant was seen: the report (its place in `sources`) and the item's number.
    private struct Seen: Sendable, Equatable {
        var source: Int32
        var item: Int
    }

    public let gazetteer: Gazetteer
    /// Each variant's place in `found` and `seen`.
    private var positions: [Key: Int] = [:]
    /// The variants in the order first met, their occurrences left empty.
    private var found: [NameVariant] = []
    /// Each variant's occurrences as met (an item's repeats next to each other kept once).
    private var seen: [[Seen]] = []
    /// The reports named, each once.
    private var sources: [String] = []
    private var sourcePositions: [String: Int32] = [:]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Links `report` item by item and gathers its organization names, holding one item's mentions at a
    /// time.
    public init(linking report: Report, linker: Linker) {
        self.init(gazetteer: linker.gazetteer)
        let source = sourcePosition(report.source)
        _ = linker.linkItems(report, relations: false) { _, item, linked, unknowns in
            for mention in linked.mentions {
                add(mention, unknown: unknowns[mention.entityID], source: source, item: item.number)
            }
        }
    }

    /// Adds a mention if it names an organization (`unknown`: the entity found by shape it names, if any).
    public mutating func add(_ mention: Mention, unknown: UnknownEntity?, source: String, item: Int) {
        add(mention, unknown: unknown, source: sourcePosition(source), item: item)
    }

    private mutating func add(_ mention: Mention, unknown: UnknownEntity?, source: Int32, item: Int) {
        let known = gazetteer.entity(id: mention.entityID)
        guard known?.kind == .org || unknown?.kind == .org else { return }
        let key = Key(text: PlainTextKey(OrgNameNormalizer.cleanSpaces(mention.text)), entity: mention.entityID)
        let occurrence = Seen(source: source, item: item)
        if let position = positions[key] {
            found[position].count += 1
            if seen[position].last != occurrence { seen[position].append(occurrence) }
            return
        }
        let context: String?
        if known != nil {
            context = gazetteer.ancestorIDs(of: mention.entityID).first { gazetteer.entity(id: $0)?.kind.isPlace == true }
        } else {
            context = unknown?.parent.flatMap { gazetteer.entity(id: $0)?.kind.isPlace == true ? $0 : nil }
        }
        positions[key] = found.count
        found.append(NameVariant(text: key.text.text, entity: mention.entityID, known: known != nil, contextPlace: context, count: 1))
        seen.append([occurrence])
    }

    /// The place of report `source` in `sources`, given it the first time (the last one is asked first).
    private mutating func sourcePosition(_ source: String) -> Int32 {
        if let last = sources.last, last.utf8Equals(source) { return Int32(sources.count - 1) }
        if let known = sourcePositions[source] { return known }
        let position = Int32(sources.count)
        sources.append(source)
        sourcePositions[source] = position
        return position
    }

    /// Merges another table (of later reports) into this one.
    public mutating func add(_ other: NameVariantTable) {
        let sourceMap = other.sources.map { sourcePosition($0) }
        positions.reserveCapacity(positions.count + other.found.count)
        for (index, variant) in other.found.enumerated() {
            let occurrences = other.seen[index].map { Seen(source: sourceMap[Int($0.source)], item: $0.item) }
            let key = Key(text: PlainTextKey(variant.text), entity: variant.entity)
            if let position = positions[key] {
                found[position].count += variant.count
                seen[position] += occurrences
            } else {
                positions[key] = found.count
                found.append(variant)
                seen.append(occurrences)
            }
        }
    }

    /// ``variants``, leaving the table empty: what it held to gather them is freed before they are grouped.
    public mutating func takeVariants() -> [NameVariant] {
        positions = [:]
        let result = variants
        found = []
        seen = []
        return result
    }

    /// The variants with their occurrences, sorted by text, then entity.
    public var variants: [NameVariant] {
        // The reports' order by name, worked out once: occurrences are sorted by it.
        var ranks = [Int32](repeating: 0, count: sources.count)
        for (rank, position) in sources.indices.sorted(by: { sources[$0] < sources[$1] }).enumerated() { ranks[position] = Int32(rank) }
        var result = found
        for index in result.indices {
            var occurrences = seen[index]
            occurrences.sort { (ranks[Int($0.source)], $0.item) < (ranks[Int($1.source)], $1.item) }
            var unique: [NameVariant.Occurrence] = []
            unique.reserveCapacity(occurrences.count)
            var last: Seen?
            for occurrence in occurrences where occurrence != last {
                unique.append(NameVariant.Occurrence(source: sources[Int(occurrence.source)], item: occurrence.item))
                last = occurrence
            }
            result[index].occurrences = unique
        }
        // By text (compared as bytes when plain), then entity.
        let texts = result.map { PlainTextKey($0.text) }
        let order = result.indices.sorted { a, b in
            texts[a] != texts[b] ? PlainTextKey.precedes(texts[a], texts[b]) : result[a].entity < result[b].entity
        }
        return order.map { result[$0] }
    }
}
