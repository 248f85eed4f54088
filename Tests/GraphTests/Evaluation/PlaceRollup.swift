import Entities

/// Rolls an entity up to its place for place-level edges, through the FULL gazetteer's parents (whatever
/// gazetteer the run had): the nearest city or district, else region, else country, among the entity and
/// its ancestors of its own country — so a foreign body with no known place of its own (an embassy seated
/// in Moscow) keeps its country, and a Smolensk-side body rolls to its city or okrug.
struct PlaceRollup {
    let reference: Gazetteer
    /// Facts the run gave for ids the gazetteer lacks (bodies found by shape): their parent or country.
    let predicted: [String: PredictedReport.EntityFacts]
    /// The places the sides gold gives for names the gazetteer lacks, by key (`?KIND:TEXT@PLACE` → PLACE
    /// under `?KIND:TEXT`, ``GoldSide/key(_:)``).
    let goldPlaces: [String: String]

    init(reference: Gazetteer, predicted: [String: PredictedReport.EntityFacts], sides: [GoldSide]) {
        self.reference = reference
        self.predicted = predicted
        var places: [String: String] = [:]
        for id in sides.flatMap({ [$0.entity] + ($0.party.map { [$0] } ?? []) }) {
            if let place = GoldSide.place(id) { places[GoldSide.key(id)] = place }
        }
        goldPlaces = places
    }

    /// The place `id` rolls up to: itself when nothing is known of it.
    /// - Complexity: O(a) for a ancestors.
    func place(_ id: String) -> String {
        if let entity = reference.entity(id: id) {
            let chain = ([id] + reference.ancestorIDs(of: id)).compactMap { reference.entity(id: $0) }
                .filter { $0.country == entity.country }
            for kinds in [[EntityKind.city, .district], [.region], [.country]] {
                if let found = chain.first(where: { kinds.contains($0.kind) }) { return found.id }
            }
            return entity.country.map { $0.lowercased() } ?? id
        }
        if id.hasPrefix("?") { return goldPlaces[id].map(place) ?? id }
        if let facts = predicted[id] {
            if let parent = facts.parent, reference.entity(id: parent) != nil { return place(parent) }
            if let country = facts.country { return country.lowercased() }
        }
        return id
    }
}
