/// The town each district is named after and governed from — its seat: "Горки" for "Горецкий район",
/// "Мстиславль" for "Мстиславский район", "Хиславичи" for "Хиславичский муниципальный округ".
///
/// The gazetteer does not list seats; they are read off the names. A town lying right in a district is
/// its seat when the district's first word and the town's name begin alike — at least three letters,
/// and at least half the town's name — and no other town of the district begins as long a way alike
/// ("Ольгово" is no seat of "Витебский район").
///
/// ```swift
/// let seats = DistrictSeats(entities: entities, kinds: kinds, parents: hierarchy.parents)
/// seats.seat(of: gorkiDistrict)  // the position of "Горки"
/// ```
/// - Complexity: O(n · l) to build for n entities with names of l letters; O(1) to ask.
struct DistrictSeats: Sendable {
    private var seats: [Int: Int] = [:]

    /// `kinds`: each entity's kind, by position.
    init(entities: [Entity], kinds: [EntityKind], parents: [Int]) {
        var best: [Int: (city: Int, common: Int, tied: Bool)] = [:]
        // Each district's letters, worked out once for all its towns.
        var districtLetters: [Int: [Unicode.Scalar]] = [:]
        for position in kinds.indices where kinds[position] == .city {
            let district = parents[position]
            guard district >= 0, kinds[district] == .district else { continue }
            let town = DistrictSeats.letters(entities[position].name)
            let districtName: [Unicode.Scalar]
            if let known = districtLetters[district] {
                districtName = known
            } else {
                districtName = DistrictSeats.letters(entities[district].name)
                districtLetters[district] = districtName
            }
            let common = DistrictSeats.commonPrefix(town, districtName)
            guard DistrictSeats.isNamedAfter(common: common, townLetters: town.count) else { continue }
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
    /// - Complexity: O(l) in the letters of the word; a name with letters other than ASCII and basic
    ///   Cyrillic (U+0400…U+045F) goes through full Unicode lower-casing.
    static func letters(_ name: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        // Room for them all at once (no more letters than bytes), not grown letter by letter.
        result.reserveCapacity(name.utf8.count)
        // Basic Cyrillic and ASCII lower-case one letter at a time, as `lowercased()` does them.
        for scalar in name.unicodeScalars {
            var value = scalar.value
            if value < 0x80 {
                guard (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A else { return result }
                value |= 0x20
            } else if value >= 0x400 && value <= 0x45F {
                if value < 0x410 { value += 0x50 } else if value < 0x430 { value += 0x20 }
                if value == 0x451 { value = 0x435 }
            } else {
                return fullLetters(name)
            }
            result.append(Unicode.Scalar(value)!)
        }
        return result
    }

    /// ``letters(_:)`` through Unicode's lower-casing and alphabetic property.
    static func fullLetters(_ name: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in name.lowercased().unicodeScalars {
            guard scalar.properties.isAlphabetic else { break }
            result.append(scalar == "ё" ? "е" : scalar)
        }
        return result
    }

    /// Whether a district whose first word begins as `common` letters of a town's name of `townLetters`
    /// letters is named after the town: at least three letters, and at least half the town's name.
    static func isNamedAfter(common: Int, townLetters: Int) -> Bool { common >= 3 && common * 2 >= townLetters }

    /// Whether the district named `district` is named after the town named `town`, wherever the
    /// gazetteer puts the town ("Витебск" and "Витебский район", though the city is no part of it).
    static func isNamedAfter(town: String, district: String) -> Bool {
        let townLetters = letters(town)
        return isNamedAfter(common: commonPrefix(townLetters, letters(district)), townLetters: townLetters.count)
    }

    static func commonPrefix(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var count = 0
        while count < a.count, count < b.count, a[count] == b[count] { count += 1 }
        return count
    }
}
