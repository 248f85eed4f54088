import Entities

/// The catalog answers the graph builder asks for every item — an entity's record, the body a person
/// serves, the ancestors — worked out once per id and remembered, since the same few hundred entities
/// come back in item after item.
///
/// - Complexity: each answer is O(1) after the first for its id.
final class CatalogLookup {
    let catalog: EntityCatalog
    /// Whether the gazetteer has the Smolensk region (the default Smolensk side).
    let hasSmolenskRegion: Bool
    private var records: [String: EntityCatalog.Record?] = [:]
    private var bodies: [String: EntityCatalog.Record?] = [:]
    private var ancestorLists: [String: [String]] = [:]

    init(_ catalog: EntityCatalog) {
        self.catalog = catalog
        hasSmolenskRegion = catalog.gazetteer.entity(id: Gazetteer.smolenskRegionID) != nil
    }

    func record(_ id: String) -> EntityCatalog.Record? {
        if let known = records[id] { return known }
        let record = catalog.record(id)
        records[id] = record
        return record
    }

    /// The record a mention counts as on a side of an item (see ``EntityCatalog/record(bodyFor:)``).
    func record(bodyFor id: String) -> EntityCatalog.Record? {
        if let known = bodies[id] { return known }
        let record = catalog.record(bodyFor: id)
        bodies[id] = record
        return record
    }

    func ancestors(of id: String) -> [String] {
        if let known = ancestorLists[id] { return known }
        let ancestors = catalog.ancestors(of: id)
        ancestorLists[id] = ancestors
        return ancestors
    }
}
