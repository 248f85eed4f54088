import Entities

/// Scores one report's prediction against its gold annotations (``EvaluationScore``), and lists what
/// differs, for reading.
///
/// - Mentions: a found mention matches a gold one of the same text in the same field of the same item
///   (each gold mention matched at most once, in order).
/// - Linking, B-cubed over the matched mentions: a mention's predicted cluster is the matched mentions
///   linked to the same predicted id, its gold cluster those of the same gold entity.
/// - Country and Smolensk flag: for matched mentions of a known gold entity, the predicted entity's
///   country and flag (as the run knows them) against the gold entity's in the full `reference` gazetteer.
/// - Sides, edges and agreements compare gold ids with predicted ids mapped by ``EntityMapping``;
///   org-level edges are the sets of (Smolensk, foreign) pairs over the report, place-level ones the same
///   pairs rolled up by ``PlaceRollup``; an agreement is an item and an unordered pair of parties.
struct ReportScorer {
    private(set) var score = EvaluationScore()
    private(set) var differences: [String] = []

    /// - Complexity: O(g + p) hashing for g gold and p predicted mentions and pairs, plus ``EntityMapping``'s cost.
    init(gold: ReportGold, predicted: PredictedReport, reference: Gazetteer) {
        scoreMentions(gold.mentions, predicted)
        let mapping = EntityMapping(gold: gold.mentions, predicted: predicted)
        scoreSides(gold.sides, predicted, mapping: mapping, rollup: PlaceRollup(reference: reference, predicted: predicted.entities, sides: gold.sides))
        scoreAgreements(gold.sides, predicted, mapping: mapping)
        scoreFacts(gold.mentions, predicted, reference: reference)
    }

    /// The matched (gold, predicted) mentions, found once.
    private var matches: [(gold: GoldMention, found: PredictedReport.Mention)] = []

    private mutating func scoreMentions(_ gold: [GoldMention], _ predicted: PredictedReport) {
        var unmatched: [String: [PredictedReport.Mention]] = [:]
        for mention in predicted.mentions { unmatched[PredictedReport.fieldKey(mention.item, mention.field), default: []].append(mention) }
        score.goldMentions = gold.count
        score.predictedMentions = predicted.mentions.count
        for mention in gold {
            let field = PredictedReport.fieldKey(mention.item, mention.field)
            guard let index = unmatched[field]?.firstIndex(where: { $0.text == mention.text }) else { continue }
            matches.append((mention, unmatched[field]!.remove(at: index)))
        }
        score.matchedMentions = matches.count
        score.goalGoldMentions = gold.filter { $0.field == ItemField.goal.key }.count
        score.goalPredictedMentions = predicted.mentions.filter { $0.field == ItemField.goal.key }.count
        score.goalMatchedMentions = matches.filter { $0.found.field == ItemField.goal.key }.count
        var both: [String: Int] = [:], byPredicted: [String: Int] = [:], byGold: [String: Int] = [:]
        for (gold, found) in matches {
            both[found.entity + "\t" + gold.key, default: 0] += 1
            byPredicted[found.entity, default: 0] += 1
            byGold[gold.key, default: 0] += 1
        }
        for (gold, found) in matches {
            let common = Double(both[found.entity + "\t" + gold.key]!)
            score.bcubedPrecisionSum += common / Double(byPredicted[found.entity]!)
            score.bcubedRecallSum += common / Double(byGold[gold.key]!)
        }
    }

    private mutating func scoreFacts(_ gold: [GoldMention], _ predicted: PredictedReport, reference: Gazetteer) {
        for (gold, found) in matches {
            guard let entity = reference.entity(id: gold.entity) else { continue }
            score.checkedMentions += 1
            let facts = predicted.entities[found.entity]
            if let facts, facts.country == entity.country { score.rightCountry += 1 }
            if let facts, facts.smolensk == reference.isSmolensk(gold.entity) { score.rightSmolensk += 1 }
        }
    }

    private mutating func scoreSides(_ sides: [GoldSide], _ predicted: PredictedReport, mapping: EntityMapping, rollup: PlaceRollup) {
        var goldSmolensk: [Int: Set<String>] = [:], goldForeign: [Int: Set<String>] = [:]
        for line in sides where line.entity != "-" {
            switch line.role {
            case .smolensk: goldSmolensk[line.item, default: []].insert(GoldSide.key(line.entity))
            case .foreign: goldForeign[line.item, default: []].insert(GoldSide.key(line.entity))
            case .agreement, .planned: break
            }
        }
        var predictedForeign: [Int: Set<String>] = [:]
        var predictedEdges: Set<Edge> = []
        for pair in predicted.sidePairs {
            let foreign = mapping.gold(pair.foreign)
            predictedForeign[pair.item, default: []].insert(foreign)
            predictedEdges.insert(Edge(smolensk: mapping.gold(pair.smolensk), foreign: foreign))
        }
        var goldEdges: Set<Edge> = []
        for (item, foreign) in goldForeign.sorted(by: { $0.key < $1.key }) {
            let found = foreign.intersection(predictedForeign[item] ?? [])
            score.goldForeign += foreign.count
            score.foundForeign += found.count
            for missed in foreign.subtracting(found).sorted() { differences.append("foreign missed   item \(item): \(missed)") }
            for smolensk in goldSmolensk[item] ?? [] {
                for other in foreign { goldEdges.insert(Edge(smolensk: smolensk, foreign: other)) }
            }
        }
        score.orgEdges = Self.counts(gold: goldEdges, predicted: predictedEdges)
        for edge in goldEdges.subtracting(predictedEdges).sorted() { differences.append("org edge missed  \(edge)") }
        for edge in predictedEdges.subtracting(goldEdges).sorted() { differences.append("org edge extra   \(edge)") }
        let rolled = { (edges: Set<Edge>) in Set(edges.map { Edge(smolensk: rollup.place($0.smolensk), foreign: rollup.place($0.foreign)) }) }
        score.placeEdges = Self.counts(gold: rolled(goldEdges), predicted: rolled(predictedEdges))
    }

    private mutating func scoreAgreements(_ sides: [GoldSide], _ predicted: PredictedReport, mapping: EntityMapping) {
        let gold = sides.filter { $0.role == .agreement }.map { Agreement(item: $0.item, GoldSide.key($0.entity), GoldSide.key($0.party ?? "-")) }
        let found = Set(predicted.agreements.map { Agreement(item: $0.item, mapping.gold($0.smolensk), mapping.gold($0.foreign)) })
        let goldSet = Set(gold)
        score.goldAgreements = gold.count
        score.foundAgreements = gold.filter { found.contains($0) }.count
        score.predictedAgreements = found.count
        score.rightAgreements = found.filter { goldSet.contains($0) }.count
        for agreement in goldSet.subtracting(found).sorted() { differences.append("agreement missed \(agreement)") }
        for agreement in found.subtracting(goldSet).sorted() { differences.append("agreement extra  \(agreement)") }
    }

    private static func counts(gold: Set<Edge>, predicted: Set<Edge>) -> EvaluationScore.EdgeCounts {
        EvaluationScore.EdgeCounts(gold: gold.count, predicted: predicted.count, common: gold.intersection(predicted).count)
    }
}
