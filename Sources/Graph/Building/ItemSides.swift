import Entities

/// The two sides of one report item: the Smolensk-region bodies and the foreign counterparts.
///
/// Smolensk side: in municipal reports the section's municipality, plus every Smolensk-region body,
/// municipality or town named in the item (people stand for the body they serve); when nothing is named,
/// the Smolensk region itself. Foreign side: every entity whose country is known and is not RU. On each
/// side the most specific entity wins: a place is dropped when something inside it is named too
/// ("Администрация г. Смоленска" drops "г. Смоленск"; "г. Минск" drops "Республика Беларусь"), and a
/// foreign place named only in the place column — the venue — gives way to a counterpart of the district
/// it is the seat of ("г. Горки" to "Горецкий район" or "Горецкий районный исполнительный комитет").
struct ItemSides {
    var smolensk: [String]
    var foreign: [String]

    /// The sides of an item from its mentions. A Smolensk place named in the place column, in parentheses
    /// ("митинг … (дер. Микулино Руднянского района)") or after "в" ("Визит в г. Смоленск") is where the
    /// event happened, not a participant; a foreign one in the place column is a place Smolensk bodies
    /// visited.
    static func of(_ mentions: [Mention], section: String?, catalog: EntityCatalog) -> ItemSides {
        of(mentions.map(ItemGraphInput.Named.init), section: section, lookup: CatalogLookup(catalog))
    }

    static func of(_ mentions: [ItemGraphInput.Named], section: String?, lookup: CatalogLookup) -> ItemSides {
        let ids = mentions.filter { mention in
            guard mention.inPlace || mention.saysWhere, let record = lookup.record(mention.id) else { return true }
            return !(record.smolensk && record.kind.isPlace)
        }.map(\.id)
        // The foreign places named only in the place column, each once, in order: linear in the mentions.
        var elsewhere = OrderedIDs()
        for mention in mentions where !mention.inPlace { elsewhere.insert(mention.id) }
        var venues: [String] = [], seen = OrderedIDs()
        for mention in mentions where mention.inPlace && !elsewhere.contains(mention.id) && seen.insert(mention.id) {
            guard let record = lookup.record(mention.id), record.kind.isPlace, !record.smolensk else { continue }
            venues.append(mention.id)
        }
        return of(ids, section: section, lookup: lookup, venues: venues)
    }

    /// `foreign` without the venues (foreign places named only in the place column) that are the seat of
    /// a district whose counterpart is on the side too: the district itself, or a body of it ("г. Горки"
    /// gives way to "Горецкий район" and to "Горецкий районный исполнительный комитет", which sits there).
    /// A venue that is no seat stands: "агрогородок Ольгово" is more specific than "Витебский район".
    /// - Complexity: O(v · f · a) for v venues and f foreign entities with a ancestors each.
    static func dropVenues(_ venues: [String], from foreign: [String], _ lookup: CatalogLookup) -> [String] {
        var dropped: Set<String> = []
        for venue in venues {
            guard let district = lookup.record(venue)?.parent, lookup.catalog.gazetteer.isSeat(venue, of: district) else { continue }
            let counterpart = foreign.contains { other in
                guard other != venue else { return false }
                if other == district { return true }
                guard let kind = lookup.record(other)?.kind, kind == .org || kind == .person else { return false }
                return lookup.ancestors(of: other).contains(district)
            }
            if counterpart { dropped.insert(venue) }
        }
        return dropped.isEmpty ? foreign : foreign.filter { !dropped.contains($0) }
    }

    static func of(_ mentionIDs: [String], section: String? = nil, catalog: EntityCatalog) -> ItemSides {
        of(mentionIDs, section: section, lookup: CatalogLookup(catalog))
    }

    /// - Complexity: O(m · a) for m mentions with a ancestors each (sides of more than a handful of
    ///   entities, as a megabyte cell may name, are hashed).
    /// `venues`: the foreign places named only in the place column.
    static func of(_ mentionIDs: [String], section: String? = nil, lookup: CatalogLookup, venues: [String] = []) -> ItemSides {
        var smolensk = OrderedIDs(), foreign = OrderedIDs()
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
        let counterparts = venues.isEmpty || foreign.ids.count < 2 ? foreign.ids : dropVenues(venues, from: foreign.ids, lookup)
        return ItemSides(smolensk: mostSpecific(smolensk.ids, lookup), foreign: mostSpecific(counterparts, lookup))
    }

    /// Drops every entity that is an ancestor of another in `ids` (distinct); sorted.
    /// - Complexity: O(d · a) for d ids with a ancestors each.
    static func mostSpecific(_ ids: [String], _ lookup: CatalogLookup) -> [String] {
        guard ids.count > 1 else { return ids }
        var ancestors = OrderedIDs()
        for id in ids { ancestors.insert(contentsOf: lookup.ancestors(of: id)) }
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
