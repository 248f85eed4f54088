/// The entities a run refers to: gazetteer entities as they are, unknown ones merged across reports
/// (in input order), each with its `smolensk` flag. The `entities` list of `extract` and the nodes of
/// the graph come from here.
public struct EntityCatalog: Sendable {
    /// One entity as output — known or unknown, with what every consumer needs. It is also the node of
    /// the partnership graph (`GraphNode`).
    public struct Record: Sendable, Hashable {
        public var id: String
        public var name: String
        public var kind: EntityKind
        public var country: String?
        public var parent: String?
        public var known: Bool
        public var smolensk: Bool
        /// A state that no longer exists (``Entity/isHistorical``): never a side of an item.
        public var historical: Bool

        public init(id: String, name: String, kind: EntityKind, country: String?, parent: String?, known: Bool, smolensk: Bool,
                    historical: Bool = false) {
            self.id = id
            self.name = name
            self.kind = kind
            self.country = country
            self.parent = parent
            self.known = known
            self.smolensk = smolensk
            self.historical = historical
        }
    }

    public let gazetteer: Gazetteer
    public private(set) var unknowns: [String: UnknownEntity] = [:]

    public init(gazetteer: Gazetteer, reports: [LinkedReport] = []) {
        self.gazetteer = gazetteer
        for report in reports { add(report) }
    }

    public mutating func add(_ report: LinkedReport) {
        add(unknowns: report.unknowns)
    }

    /// Adds entities one report found by shape (merged with those of earlier reports).
    public mutating func add(unknowns reportUnknowns: [String: UnknownEntity]) {
        for id in reportUnknowns.keys.sorted() {
            let entity = reportUnknowns[id]!
            if var existing = unknowns[id] {
                existing.merge(entity)
                unknowns[id] = existing
            } else {
                unknowns[id] = entity
            }
        }
    }

    public func record(_ id: String) -> Record? {
        if let entity = gazetteer.entity(id: id) {
            return Record(id: id, name: entity.name, kind: entity.kind, country: entity.country, parent: entity.parent,
                          known: true, smolensk: gazetteer.isSmolensk(id), historical: entity.isHistorical)
        }
        guard let unknown = unknowns[id] else { return nil }
        return Record(id: id, name: unknown.name, kind: unknown.kind, country: unknown.country, parent: unknown.parent,
                      known: false, smolensk: unknown.parent.map { gazetteer.isSmolensk($0) } ?? false)
    }

    /// The ids of an entity's ancestors, nearest first (an unknown entity's parent is a gazetteer entity).
    public func ancestors(of id: String) -> [String] {
        if let parent = unknowns[id]?.parent { return [parent] + gazetteer.ancestorIDs(of: parent) }
        return gazetteer.ancestorIDs(of: id)
    }

    /// Records for `ids` and all their ancestors, sorted by id.
    public func records(for ids: Set<String>, includingAncestors: Bool = true) -> [Record] {
        var all = ids
        if includingAncestors { for id in ids { all.formUnion(ancestors(of: id)) } }
        return all.sorted().compactMap { record($0) }
    }
}
