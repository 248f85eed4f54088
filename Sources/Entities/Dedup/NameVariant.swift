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
        struct Key: Hashable { let text: String; let entity: String }
        var variants: [Key: NameVariant] = [:]
        var seen: [Key: Set<Occurrence>] = [:]
        for linked in reports {
            for (item, mentions) in zip(linked.report.items, linked.mentions) {
                for mention in mentions {
                    let known = gazetteer.entity(id: mention.entityID)
                    let unknown = linked.unknowns[mention.entityID]
                    guard known?.kind == .org || unknown?.kind == .org else { continue }
                    let text = OrgNameNormalizer.cleanSpaces(mention.text)
                    let key = Key(text: text, entity: mention.entityID)
                    let occurrence = Occurrence(source: linked.report.source, item: item.number)
                    if variants[key] == nil {
                        let context: String?
                        if known != nil {
                            context = gazetteer.ancestorIDs(of: mention.entityID).first { gazetteer.entity(id: $0)?.kind.isPlace == true }
                        } else {
                            context = unknown?.parent.flatMap { gazetteer.entity(id: $0)?.kind.isPlace == true ? $0 : nil }
                        }
                        variants[key] = NameVariant(text: text, entity: mention.entityID, known: known != nil, contextPlace: context, count: 0)
                    }
                    variants[key]!.count += 1
                    seen[key, default: []].insert(occurrence)
                }
            }
        }
        return variants.map { key, value in
            var variant = value
            variant.occurrences = (seen[key] ?? []).sorted()
            return variant
        }.sorted { ($0.text, $0.entity) < ($1.text, $1.entity) }
    }
}
