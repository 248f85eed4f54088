/// One way an organization is written in the reports, and the entity the linker linked it to: the
/// unit `dedup` groups. The same spelling linked to two entities is two variants.
public struct NameVariant: Sendable, Equatable {
    /// Where a variant was seen: the report as named on the command line and the item's number.
    public struct Occurrence: Sendable, Hashable, Comparable {
        public var source: String
        public var item: Int

        public init(source: String, item: Int) {
            self.source = source
            self.item = item
        }

        public static func < (a: Occurrence, b: Occurrence) -> Bool { (a.source, a.item) < (b.source, b.item) }
    }

    /// The spelling, white space normalized.
    public var text: String
    /// The entity linked: a gazetteer id, or a generated `x-…` one.
    public var entity: String
    /// The entity is in the gazetteer.
    public var known: Bool
    /// The place its surroundings tell (see ``OrgNameNormalizer/normalize(_:contextPlace:)``).
    public var contextPlace: String?
    /// How many mentions.
    public var count: Int
    /// Where, sorted, each report item once.
    public var occurrences: [Occurrence]

    public init(text: String, entity: String, known: Bool, contextPlace: String? = nil, count: Int = 1, occurrences: [Occurrence] = []) {
        self.text = text
        self.entity = entity
        self.known = known
        self.contextPlace = contextPlace
        self.count = count
        self.occurrences = occurrences
    }

    /// The organization mentions of linked reports, one variant per spelling and entity, sorted by spelling.
    public static func collect(_ reports: [LinkedReport], gazetteer: Gazetteer) -> [NameVariant] {
        var table = NameVariantTable(gazetteer: gazetteer)
        for linked in reports {
            for (item, mentions) in zip(linked.report.items, linked.mentions) {
                for mention in mentions {
                    table.add(mention, unknown: linked.unknowns[mention.entityID], source: linked.report.source, item: item.number)
                }
            }
        }
        return table.variants
    }
}
