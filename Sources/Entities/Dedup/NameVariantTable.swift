/// The organization names of reports as ``NameVariant``s, gathered mention by mention: a report can be
/// linked and reduced to its names on its own (``init(linking:linker:)``), and the tables of reports
/// merged in order give what gathering all their mentions gives.
///
/// ```swift
/// var table = NameVariantTable(gazetteer: gazetteer)
/// for report in reports { table.add(NameVariantTable(linking: report, linker: linker)) }
/// let variants = table.variants   // sorted by text, then entity
/// ```
/// - Complexity: O(1) per mention added; O(v log v) to list v variants.
public struct NameVariantTable: Sendable {
    private struct Key: Hashable, Sendable {
        let text: String
        let entity: String
    }

    public let gazetteer: Gazetteer
    private var found: [Key: NameVariant] = [:]
    private var seen: [Key: Set<NameVariant.Occurrence>] = [:]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Links `report` item by item and gathers its organization names, holding one item's mentions at a
    /// time.
    public init(linking report: Report, linker: Linker) {
        self.init(gazetteer: linker.gazetteer)
        _ = linker.linkItems(report, relations: false) { _, item, linked, unknowns in
            for mention in linked.mentions {
                add(mention, unknown: unknowns[mention.entityID], source: report.source, item: item.number)
            }
        }
    }

    /// Adds a mention if it names an organization (`unknown`: the entity found by shape it names, if any).
    public mutating func add(_ mention: Mention, unknown: UnknownEntity?, source: String, item: Int) {
        let known = gazetteer.entity(id: mention.entityID)
        guard known?.kind == .org || unknown?.kind == .org else { return }
        let key = Key(text: OrgNameNormalizer.cleanSpaces(mention.text), entity: mention.entityID)
        if found[key] == nil {
            let context: String?
            if known != nil {
                context = gazetteer.ancestorIDs(of: mention.entityID).first { gazetteer.entity(id: $0)?.kind.isPlace == true }
            } else {
                context = unknown?.parent.flatMap { gazetteer.entity(id: $0)?.kind.isPlace == true ? $0 : nil }
            }
            found[key] = NameVariant(text: key.text, entity: mention.entityID, known: known != nil, contextPlace: context, count: 0)
        }
        found[key]!.count += 1
        seen[key, default: []].insert(NameVariant.Occurrence(source: source, item: item))
    }

    /// Merges another table (of later reports) into this one.
    public mutating func add(_ other: NameVariantTable) {
        for (key, variant) in other.found {
            if found[key] == nil {
                found[key] = variant
            } else {
                found[key]!.count += variant.count
            }
            seen[key, default: []].formUnion(other.seen[key] ?? [])
        }
    }

    /// ``variants``, leaving the table empty: what it held to gather them is freed before they are grouped.
    public mutating func takeVariants() -> [NameVariant] {
        let result = variants
        found = [:]
        seen = [:]
        return result
    }

    /// The variants with their occurrences, sorted by text, then entity.
    public var variants: [NameVariant] {
        found.map { key, value in
            var variant = value
            variant.occurrences = (seen[key] ?? []).sorted()
            return variant
        }.sorted { ($0.text, $0.entity) < ($1.text, $1.entity) }
    }
}
