/// Decides which entity an ambiguous name means from the other names around it: "Московского района
/// г. Минска" is Minsk's district because Minsk follows; "г.п. Сураж (Витебский район, Республика
/// Беларусь)" is the Belarusian Сураж. Names in the same field count first, nearest first (following
/// before preceding at the same distance), then names in the item's other fields. A candidate whose
/// ancestor is named wins; one whose country is named comes next; otherwise the first in gazetteer order.
///
/// - Complexity: O(o · c · d) for o options, c context entities and depths d.
struct ContextResolver {
    let gazetteer: Gazetteer

    /// The chosen gazetteer position among `options`, given context positions ordered by relevance.
    func choose(among options: [Int], context: [Int]) -> Int {
        guard options.count > 1 else { return options[0] }
        var best = options[0]
        var bestScore = Int.max
        for option in options {
            let country = gazetteer.entities[option].country
            var score = Int.max
            for (rank, other) in context.enumerated() where other != option {
                if gazetteer.hierarchy.isAncestor(other, of: option) { score = rank * 2; break }
                if gazetteer.entities[other].kind == .country, gazetteer.entities[other].country == country {
                    score = min(score, rank * 2 + 1)
                }
                if gazetteer.hierarchy.isAncestor(option, of: other) { score = min(score, rank * 2 + 1) }
            }
            if score < bestScore { bestScore = score; best = option }
        }
        return best
    }
}
