/// Where a report placed the bodies the gazetteer lacks, so that every mention of one body gets one id:
/// a body whose own words or the venue it hosted said where it lies ("ООО «Лазертаг» (поселок Вишенки)")
/// lies there wherever the report names it again with nothing more specific ("ООО «Лазертаг»"), unless
/// its own words then name a place that cannot contain that one.
///
/// ```swift
/// var places = BodyPlaces()
/// places.record("ооо лазертаг", place: vishenki, hierarchy: hierarchy)
/// places.place(of: "ооо лазертаг", named: [], hierarchy: hierarchy)  // vishenki
/// ```
///
/// Numbered bodies ("Средняя школа № 1") are never recorded: every town has its own.
/// - Complexity: O(1) hashing per body and the depth of the hierarchy per check.
struct BodyPlaces {
    /// Gazetteer positions of places, by the body's name key (its core keys joined by spaces).
    private var places: [UTF8Key: Int] = [:]

    /// Records that the body `key` lies at `place`; a place already recorded stands unless `place` lies inside it.
    mutating func record(_ key: String, place: Int, hierarchy: EntityHierarchy) {
        let key = UTF8Key(key)
        if let known = places[key], !hierarchy.isAncestor(known, of: place) { return }
        places[key] = place
    }

    /// The place recorded for the body `key`, when every place its words name now (`named`) contains it.
    func place(of key: String, named: [Int], hierarchy: EntityHierarchy) -> Int? {
        guard let place = places[UTF8Key(key)] else { return nil }
        return named.allSatisfy { hierarchy.holds($0, place) } ? place : nil
    }
}
