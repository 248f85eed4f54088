import Entities

/// The two sides of one report item: the Smolensk-region bodies and the foreign counterparts.
///
/// Smolensk side: in municipal reports the section's municipality, plus every Smolensk-region body,
/// municipality or town named in the item (people stand for the body they serve); when nothing is named,
/// the Smolensk region itself. Foreign side: every entity whose country is known and is not RU. On each
/// side the most specific entity wins: a place is dropped when something inside it is named too
/// ("Администрация г. Смоленска" drops "г. Смоленск"; "г. Минск" drops "Республика Беларусь").
struct ItemSides {
    var smolensk: [String]
    var foreign: [String]

    /// The sides of an item from its mentions. A Smolensk place named in the place column is where the
    /// event happened, not a participant; a foreign one is a place Smolensk bodies visited.
    static func of(_ mentions: [Mention], section: String?, catalog: EntityCatalog) -> ItemSides {
        of(mentions.map { ItemGraphInput.Named(id: $0.entityID, inPlace: $0.field == .place) }, section: section, lookup: CatalogLookup(catalog))
    }

    static func of(_ mentions: [ItemGraphInput.Named], section: String?, lookup: CatalogLookup) -> ItemSides {
        let ids = mentions.filter { mention in
            guard mention.inPlace, let record = lookup.record(mention.id) else { return true }
            return !(record.smolensk && record.kind.isPlace)
        }.map(\.id)
        return of(ids, section: section, lookup: lookup)
    }

    static func of(_ mentionIDs: [String], section: String? = nil, catalog: EntityCatalog) -> ItemSides {
        of(mentionIDs, section: section, lookup: CatalogLookup(catalog))
    }

    /// - Complexity: O(m · a) for m mentions with a ancestors each (an item names a handful of entities,
    ///   so the sides are kept in arrays, not hashed).
    static func of(_ mentionIDs: [String], section: String? = nil, lookup: CatalogLookup) -> ItemSides {
        var smolensk: [String] = [], foreign: [String] = []
        for id in mentionIDs {
            guard let record = lookup.record(bodyFor: id) else { continue }
            if record.smolensk {
                if record.id != Gazetteer.smolenskRegionID { insert(record.id, into: &smolensk) }
            } else if let country = record.country, country != "RU" {
                insert(record.id, into: &foreign)
            }
        }
        if let section { insert(section, into: &smolensk) }
        if smolensk.isEmpty, lookup.hasSmolenskRegion { smolensk.append(Gazetteer.smolenskRegionID) }
        return ItemSides(smolensk: mostSpecific(smolensk, lookup), foreign: mostSpecific(foreign, lookup))
    }

    /// Adds `id` to a side unless it is there.
    @inline(__always)
    private static func insert(_ id: String, into side: inout [String]) {
        if !side.contains(id) { side.append(id) }
    }

    /// Drops every entity that is an ancestor of another in `ids` (distinct); sorted.
    static func mostSpecific(_ ids: [String], _ lookup: CatalogLookup) -> [String] {
        guard ids.count > 1 else { return ids }
        let ancestors = ids.map { lookup.ancestors(of: $0) }
        return ids.filter { id in !ancestors.contains { $0.contains(id) } }.sorted()
    }
}

extension EntityCatalog {
    /// The record a mention counts as on a side of an item: a person counts as the body they serve.
    func record(bodyFor id: String) -> Record? {
        guard let record = record(id) else { return nil }
        if record.kind == .person, let parent = record.parent, let body = self.record(parent), body.kind == .org {
            return body
        }
        return record
    }
}
