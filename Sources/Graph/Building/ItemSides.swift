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
        let ids = mentions.filter { mention in
            guard mention.field == .place, let record = catalog.record(mention.entityID) else { return true }
            return !(record.smolensk && record.kind.isPlace)
        }.map(\.entityID)
        return of(ids, section: section, catalog: catalog)
    }

    static func of(_ mentionIDs: [String], section: String? = nil, catalog: EntityCatalog) -> ItemSides {
        var smolensk: Set<String> = [], foreign: Set<String> = []
        for id in mentionIDs {
            guard let record = catalog.record(bodyFor: id) else { continue }
            if record.smolensk {
                if record.id != Gazetteer.smolenskRegionID { smolensk.insert(record.id) }
            } else if let country = record.country, country != "RU" {
                foreign.insert(record.id)
            }
        }
        if let section { smolensk.insert(section) }
        if smolensk.isEmpty, catalog.gazetteer.entity(id: Gazetteer.smolenskRegionID) != nil { smolensk.insert(Gazetteer.smolenskRegionID) }
        return ItemSides(smolensk: mostSpecific(smolensk, catalog), foreign: mostSpecific(foreign, catalog))
    }

    /// Drops every entity that is an ancestor of another in the set; sorted.
    static func mostSpecific(_ ids: Set<String>, _ catalog: EntityCatalog) -> [String] {
        var ancestors: Set<String> = []
        for id in ids { ancestors.formUnion(catalog.ancestors(of: id)) }
        return ids.subtracting(ancestors).sorted()
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
