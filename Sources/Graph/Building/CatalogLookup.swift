import Entities

/// The run's ``EntityCatalog``, with the answers the graph builder asks for every item — an entity's
/// record, the body a person serves, the ancestors — remembered once they are final.
///
/// It owns the catalog, so that adding a report's unknown entities changes it in place. Only gazetteer
/// entities' answers are remembered: they never change, and come back item after item. An unknown
/// entity's can change — its country is the first any report gives, so until one does it may still
/// come (``isSettled(_:)``) — and most are named once or twice, so they are worked out each time.
///
/// - Complexity: each answer is O(1) after the first for its id.
final class CatalogLookup {
    private(set) var catalog: EntityCatalog
    /// Whether the gazetteer has the Smolensk region (the default Smolensk side).
    let hasSmolenskRegion: Bool
    private var records: [String: EntityCatalog.Record?] = [:]
    private var bodies: [String: EntityCatalog.Record?] = [:]
    private var ancestorLists: [String: [String]] = [:]

    init(_ catalog: EntityCatalog) {
        self.catalog = catalog
        hasSmolenskRegion = catalog.gazetteer.entity(id: Gazetteer.smolenskRegionID) != nil
    }

    /// Adds the entities one report found by shape.
    func add(unknowns: [String: UnknownEntity]) {
        catalog.add(unknowns: unknowns)
    }

    /// Whether what the graph needs of `id` (kind, country, parent) can no longer change: a gazetteer
    /// entity, or an unknown one whose country is known. An unknown organization without a country may
    /// get one from the legal form another report writes it with; other unknown entities take their
    /// country only from their parent, which is part of their id.
    func isSettled(_ id: String) -> Bool {
        guard let unknown = catalog.unknowns[id] else { return true }
        return unknown.country != nil || unknown.kind != .org
    }

    func record(_ id: String) -> EntityCatalog.Record? {
        if let known = records[id] { return known }
        let record = catalog.record(id)
        if record?.known != false { records[id] = record }
        return record
    }

    /// The record a mention counts as on a side of an item (see ``EntityCatalog/record(bodyFor:)``).
    func record(bodyFor id: String) -> EntityCatalog.Record? {
        if let known = bodies[id] { return known }
        let record = catalog.record(bodyFor: id)
        if catalog.unknowns[id] == nil { bodies[id] = record }
        return record
    }

    func ancestors(of id: String) -> [String] {
        if let known = ancestorLists[id] { return known }
        let ancestors = catalog.ancestors(of: id)
        if catalog.unknowns[id] == nil { ancestorLists[id] = ancestors }
        return ancestors
    }

    /// Whether `id` is a gazetteer entity's (or no entity's), not an unknown one's.
    func isGazetteerEntity(_ id: String) -> Bool { catalog.unknowns[id] == nil }
}
