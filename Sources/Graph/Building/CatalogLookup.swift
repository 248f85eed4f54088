import Entities

/// The run's ``EntityCatalog``, with the answers the graph builder asks for every item — an entity's
/// record, the body a person serves, the ancestors — remembered once they are final.
///
/// It owns the catalog, so that adding a report's unknown entities changes it in place. A gazetteer
/// entity's record never changes; an unknown entity's can: its country is the first any report gives,
/// so until one does it may still come (``isSettled(_:)``). Records that may change are not remembered.
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
    /// entity, or an unknown one whose country is known (an unknown one no report has given yet is not).
    func isSettled(_ id: String) -> Bool {
        guard let unknown = catalog.unknowns[id] else { return true }
        return unknown.country != nil
    }

    func record(_ id: String) -> EntityCatalog.Record? {
        if let known = records[id] { return known }
        let record = catalog.record(id)
        if isSettled(id) { records[id] = record }
        return record
    }

    /// The record a mention counts as on a side of an item (see ``EntityCatalog/record(bodyFor:)``).
    func record(bodyFor id: String) -> EntityCatalog.Record? {
        if let known = bodies[id] { return known }
        let record = catalog.record(bodyFor: id)
        if isSettled(id) { bodies[id] = record }
        return record
    }

    /// Ancestors never change: an unknown entity's parent is part of its id.
    func ancestors(of id: String) -> [String] {
        if let known = ancestorLists[id] { return known }
        let ancestors = catalog.ancestors(of: id)
        ancestorLists[id] = ancestors
        return ancestors
    }
}
