/// Nouns that name a land after its centre, made from the adjective of a region's or district's name:
/// "Витебская область" → "Витебщина", "Оршанский район" → "Оршанщина", "Брестская область" →
/// "Брестчина" — for every region and district the gazetteer has, not a list kept by hand: -чина after т
/// or д (Брестчина, Лидчина), -щина after any other letter (Витебщина, Гомельщина).
///
/// A region comes before a district with the same adjective ("Витебщина" is the Vitebsk region, not its
/// district), and a name the gazetteer writes itself ("Смоленщина") always wins, since derived names are
/// indexed as variants.
///
/// ```swift
/// DerivedPlaceNames.names(of: Entity(id: "by-orsha-district", kind: .district, name: "Оршанский район"))
/// // ["Оршанщина"]
/// ```
///
/// - Complexity: O(n) in the names of the gazetteer's regions and districts.
enum DerivedPlaceNames {
    static let adjectiveEndings = ["ская", "ский", "ское"]

    /// The derived names of a region or district (none for other kinds, or a name that does not start
    /// with an adjective in -ский).
    static func names(of entity: Entity) -> [String] {
        guard entity.kind == .region || entity.kind == .district else { return [] }
        var result: [String] = []
        for name in [entity.name] + entity.aliases {
            let words = name.split(separator: " ")
            guard words.count >= 2, let first = words.first else { continue }
            for ending in adjectiveEndings where first.hasSuffix(ending) && first.count >= ending.count + 3 {
                let stem = first.dropLast(ending.count)
                guard !stem.contains("-") else { continue }
                let suffix = stem.hasSuffix("т") || stem.hasSuffix("д") ? "чина" : "щина"
                if !result.contains(stem + suffix) { result.append(stem + suffix) }
            }
        }
        return result
    }

    /// Every derived name with the gazetteer position it names: regions first, then districts.
    static func all(_ entities: [Entity]) -> [(name: String, position: Int)] {
        var result: [(String, Int)] = []
        for kind in [EntityKind.region, .district] {
            for (position, entity) in entities.enumerated() where entity.kind == kind {
                result += names(of: entity).map { ($0, position) }
            }
        }
        return result
    }
}
