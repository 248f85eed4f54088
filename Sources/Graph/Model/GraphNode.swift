import Entities

/// A node: a canonical entity (or, at the place and country levels, the place it rolls up to).
public struct GraphNode: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: EntityKind
    public var country: String?
    public var parent: String?
    public var known: Bool
    public var smolensk: Bool

    public init(id: String, name: String, kind: EntityKind, country: String?, parent: String?, known: Bool, smolensk: Bool) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.parent = parent
        self.known = known
        self.smolensk = smolensk
    }

    public init(_ record: EntityCatalog.Record) {
        self.init(id: record.id, name: record.name, kind: record.kind, country: record.country, parent: record.parent,
                  known: record.known, smolensk: record.smolensk)
    }
}
