/// Known place names that the place written right after them says are another place of the same name:
/// "Фрунзенского района Санкт-Петербурга" is not Minsk's Frunzensky district, the only one the gazetteer
/// knows, but a district of Saint Petersburg it lacks; "Суража Витебского района" is not the Russian
/// Surazh when only that one is known. A district or town whose every reading lies outside the place
/// named right after it (a town, district or region, not a country) becomes a place the gazetteer
/// lacks, of the same kind, inside that place. A reading inside it, one that contains it ("Оршанского
/// района г. Орши"), or a town and the district named after it ("г. Витебск Витебского района", though
/// the city is no part of the district) keep the name as it was; so does a place the gazetteer does not
/// put anywhere.
///
/// ```swift
/// // "Фрунзенского района Санкт-Петербурга": [district by-minsk-frunzensky-district, city ru-saint-petersburg]
/// HomonymPlaces.separate(chosen, gazetteer: gazetteer)
/// // [unknown district inside ru-saint-petersburg, city ru-saint-petersburg]
/// ```
///
/// - Complexity: O(c · o · d) for c chosen spans of o readings each, in a hierarchy of depth d.
enum HomonymPlaces {
    /// `chosen` (sorted by start, not overlapping) with each contradicted known place made unknown.
    static func separate(_ chosen: [Candidate], gazetteer: Gazetteer) -> [Candidate] {
        var result = chosen
        // Fields read, not candidates copied: most spans are followed by nothing that could contradict them.
        for index in chosen.indices.dropLast() where chosen[index].source == .gazetteer && chosen[index + 1].start == chosen[index].end {
            guard chosen[index + 1].source == .gazetteer, chosen[index + 1].entities.count == 1,
                  let kind = homonymKind(chosen[index].entities, gazetteer: gazetteer) else { continue }
            let candidate = chosen[index]
            let place = chosen[index + 1].entities[0]
            guard [.city, .district, .region].contains(gazetteer.kinds[place]), gazetteer.hierarchy.depths[place] > 0 else { continue }
            let hierarchy = gazetteer.hierarchy
            let fits = candidate.entities.contains { reading in
                hierarchy.depths[reading] == 0 || hierarchy.holds(place, reading) || hierarchy.isAncestor(reading, of: place)
                    || isNamedAfter(reading, place, gazetteer: gazetteer)
            }
            guard !fits else { continue }
            result[index].entities = []
            result[index].source = .unknown
            result[index].unknown = UnknownShape(kind: kind, coreEnd: candidate.end, places: [place], legalForm: nil)
        }
        return result
    }

    /// Whether one of a town and a district is named after the other ("г. Витебск | Витебского района",
    /// "Витебского района | г. Витебска"): they go together even where the gazetteer keeps the town out
    /// of the district.
    private static func isNamedAfter(_ a: Int, _ b: Int, gazetteer: Gazetteer) -> Bool {
        switch (gazetteer.kinds[a], gazetteer.kinds[b]) {
        case (.city, .district): DistrictSeats.isNamedAfter(town: gazetteer.entities[a].name, district: gazetteer.entities[b].name)
        case (.district, .city): DistrictSeats.isNamedAfter(town: gazetteer.entities[b].name, district: gazetteer.entities[a].name)
        default: false
        }
    }

    /// The kind every reading shares, when all are towns or all are districts.
    private static func homonymKind(_ readings: [Int], gazetteer: Gazetteer) -> EntityKind? {
        guard let first = readings.first else { return nil }
        let kind = gazetteer.kinds[first]
        guard kind == .city || kind == .district, readings.allSatisfy({ gazetteer.kinds[$0] == kind }) else { return nil }
        return kind
    }
}
