import Entities

/// A node: a canonical entity (or, at the place and country levels, the place it rolls up to), with
/// the fields every exporter writes — the same record `extract` lists as its entities.
public typealias GraphNode = EntityCatalog.Record
