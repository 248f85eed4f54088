/// Nouns that name a land after its centre, made from the adjective of a region's or district's name:
/// "Витебская область" → "Витебщина", "Оршанский район" → "Оршанщина", "Брестская область" →
/// "Брестчина" — for every region and district the gazetteer has, not a list kept by hand: -чина after т
/// or д (Брестчина, Лидчина), -щина after any other letter (Витебщина, Гомельщина); and the land named
/// with its adjective, "Смоленская земля", "Оршанская земля".
///
/// A region comes before a district with the same adjective ("Витебщина" is the Vitebsk region, not its
/// district), and a name the gazetteer writes itself ("Смоленщина") always wins, since derived names are
/// indexed as variants.
///
/// ```swift
/// DerivedPlaceNames.names(of: Entity(id: "by-orsha-district", kind: .district, name: "Оршанский район"))
/// // ["Оршанщина", "Оршанская земля"]
/// ```
///
/// - Complexity: O(n) in the names of the gazetteer's regions and districts.
enum DerivedPlaceNames {
    static let adjectiveEndings = ["ская", "ский", "ское"]
    /// What makes the land's other name from the stem: "Смоленская земля", "Оршанская земля".
    static let land = "ская земля"

    /// The derived names of a region or district (none for other kinds, or a name that does not start
    /// with an adjective in -ский).
    static func names(of entity: Entity) -> [String] {
        names(kind: entity.kind, name: entity.name, aliases: entity.aliases)
    }

    /// ``names(of:)`` of an entity of kind `kind` with this name and these aliases.
    static func names(kind: EntityKind, name canonical: String, aliases: [String]) -> [String] {
        guard kind == .region || kind == .district else { return [] }
        var result: [String] = []
        for index in -1..<aliases.count {
            let name = index < 0 ? canonical : aliases[index]
            if let fast = fastNames(name) {
                for derived in fast where !result.contains(derived) { result.append(derived) }
                continue
            }
            let words = name.split(separator: " ")
            guard words.count >= 2, let first = words.first else { continue }
            for ending in adjectiveEndings where first.hasSuffix(ending) && first.count >= ending.count + 3 {
                let stem = first.dropLast(ending.count)
                guard !stem.contains("-") else { continue }
                let suffix = stem.hasSuffix("т") || stem.hasSuffix("д") ? "чина" : "щина"
                let stemText = String(stem)
                for derived in [stemText + suffix, stemText + land] where !result.contains(derived) { result.append(derived) }
            }
        }
        return result
    }

    static let adjectiveEndingScalars = adjectiveEndings.map { $0.unicodeScalars.map(\.value) }
    static let te: UInt32 = 0x442, de: UInt32 = 0x434, hyphen: UInt32 = 0x2D, space: UInt32 = 0x20

    /// What ``names(of:)`` makes of one name, on its Unicode scalars, for a name of ASCII and basic
    /// Cyrillic (U+0400…U+045F), where letters and characters are the same; nil for any other name,
    /// which goes the way of characters.
    /// - Complexity: O(l) in the length of the name.
    static func fastNames(_ name: String) -> [String]? {
        var first: [UInt32] = []
        // Room for the first word at once (no more letters than bytes), not grown letter by letter.
        first.reserveCapacity(name.utf8.count)
        var words = 0, inWord = false
        for scalar in name.unicodeScalars {
            let value = scalar.value
            guard value < 0x80 || (value >= 0x400 && value <= 0x45F) else { return nil }
            if value == space {
                inWord = false
            } else {
                if !inWord { words += 1; inWord = true }
                if words == 1 { first.append(value) }
            }
        }
        guard words >= 2 else { return [] }
        var result: [String] = []
        for ending in adjectiveEndingScalars where first.count >= ending.count + 3 && first.suffix(ending.count).elementsEqual(ending) {
            let stem = first.dropLast(ending.count)
            guard !stem.contains(hyphen) else { continue }
            let suffix = stem.last == te || stem.last == de ? "чина" : "щина"
            let stemText = String(scalarValues: stem)
            for derived in [stemText + suffix, stemText + land] where !result.contains(derived) { result.append(derived) }
        }
        return result
    }

    /// Every derived name with the gazetteer position it names: regions first, then districts.
    /// `kinds`: each entity's kind, by position.
    static func all(_ entities: [Entity], kinds: [EntityKind]) -> [(name: String, position: Int)] {
        var result: [(String, Int)] = []
        for kind in [EntityKind.region, .district] {
            for position in kinds.indices where kinds[position] == kind {
                for name in names(kind: kind, name: entities[position].name, aliases: entities[position].aliases) {
                    result.append((name, position))
                }
            }
        }
        return result
    }
}
