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

    /// - Complexity: O(m · a) for m mentions with a ancestors each (sides of more than a handful of
    ///   entities, as a megabyte cell may name, are hashed).
    static func of(_ mentionIDs: [String], section: String? = nil, lookup: CatalogLookup) -> ItemSides {
        var smolensk = Side(), foreign = Side()
        for id in mentionIDs {
            guard let record = lookup.record(bodyFor: id), !record.historical else { continue }
            if record.smolensk {
                if record.id != Gazetteer.smolenskRegionID { smolensk.insert(record.id) }
            } else if let country = record.country, country != "RU" {
                foreign.insert(record.id)
            }
        }
        if let section { smolensk.insert(section) }
        if smolensk.ids.isEmpty, lookup.hasSmolenskRegion { smolensk.insert(Gazetteer.smolenskRegionID) }
        return ItemSides(smolensk: mostSpecific(smolensk.ids, lookup), foreign: mostSpecific(foreign.ids, lookup))
    }

    /// The distinct ids of a side in the order first named: a short array is searched, a long one hashed.
    private struct Side {
        var ids: [String] = []
        var seen: Set<String>?

        @inline(__always)
        mutating func insert(_ id: String) {
            if let known = seen {
                guard !known.contains(id) else { return }
                seen!.insert(id)
            } else {
                guard !ids.contains(id) else { return }
                if ids.count >= 16 { seen = Set(ids + [id]) }
            }
            ids.append(id)
        }
    }

    /// Drops every entity that is an ancestor of another in `ids` (distinct); sorted.
    /// - Complexity: O(d · a) for d ids with a ancestors each.
    static func mostSpecific(_ ids: [String], _ lookup: CatalogLookup) -> [String] {
        guard ids.count > 1 else { return ids }
        var ancestors: Set<String> = []
        for id in ids { ancestors.formUnion(lookup.ancestors(of: id)) }
        return ids.filter { !ancestors.contains($0) }.sorted()
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
