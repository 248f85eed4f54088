/// The town each district is named after and governed from — its seat: "Горки" for "Горецкий район",
/// "Мстиславль" for "Мстиславский район", "Хиславичи" for "Хиславичский муниципальный округ".
///
/// The gazetteer does not list seats; they are read off the names. A town lying right in a district is
/// its seat when the district's first word and the town's name begin alike — at least three letters,
/// and at least half the town's name — and no other town of the district begins as long a way alike
/// ("Ольгово" is no seat of "Витебский район").
///
/// ```swift
/// let seats = DistrictSeats(entities: entities, parents: hierarchy.parents)
/// seats.seat(of: gorkiDistrict)  // the position of "Горки"
/// ```
/// - Complexity: O(n · l) to build for n entities with names of l letters; O(1) to ask.
struct DistrictSeats: Sendable {
    private var seats: [Int: Int] = [:]

    init(entities: [Entity], parents: [Int]) {
        var best: [Int: (city: Int, common: Int, tied: Bool)] = [:]
        for (position, entity) in entities.enumerated() where entity.kind == .city {
            let district = parents[position]
            guard district >= 0, entities[district].kind == .district else { continue }
            let town = DistrictSeats.letters(entity.name)
            let common = DistrictSeats.commonPrefix(town, DistrictSeats.letters(entities[district].name))
            guard common >= 3, common * 2 >= town.count else { continue }
            if let known = best[district] {
                if common > known.common { best[district] = (position, common, false) }
                else if common == known.common { best[district]?.tied = true }
            } else {
                best[district] = (position, common, false)
            }
        }
        for (district, choice) in best where !choice.tied { seats[district] = choice.city }
    }

    /// The position of the district's seat, if its names tell.
    func seat(of district: Int) -> Int? { seats[district] }

    /// The letters of a name's first word, lower case, "ё" as "е".
    static func letters(_ name: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in name.lowercased().unicodeScalars {
            guard scalar.properties.isAlphabetic else { break }
            result.append(scalar == "ё" ? "е" : scalar)
        }
        return result
    }

    static func commonPrefix(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var count = 0
        while count < a.count, count < b.count, a[count] == b[count] { count += 1 }
        return count
    }
}
