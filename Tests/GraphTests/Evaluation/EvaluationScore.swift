/// The counts one report's scoring gives, and the figures drawn from them. A ratio with nothing to count
/// (no gold, nothing predicted) is 1: nothing was missed, nothing was wrong.
struct EvaluationScore: Equatable {
    /// Gold mentions, found mentions, and found mentions with a gold mention of the same text in the same field of the same item.
    var goldMentions = 0
    var predictedMentions = 0
    var matchedMentions = 0
    /// The same, in the goal column alone: its wording is a press release's.
    var goalGoldMentions = 0
    var goalPredictedMentions = 0
    var goalMatchedMentions = 0
    /// B-cubed sums over the matched mentions (each mention's share, summed).
    var bcubedPrecisionSum = 0.0
    var bcubedRecallSum = 0.0
    /// Matched mentions of a known gold entity, and those whose predicted entity has its country / its Smolensk flag.
    var checkedMentions = 0
    var rightCountry = 0
    var rightSmolensk = 0
    /// Gold foreign side entities (item by item), and those among the item's predicted foreign ends.
    var goldForeign = 0
    var foundForeign = 0
    /// Org-level edges: gold, predicted and common (sets of Smolensk × foreign pairs over the report).
    var orgEdges = EdgeCounts()
    /// Place-level edges: the same pairs with both ends rolled up to their place.
    var placeEdges = EdgeCounts()
    /// Gold agreement lines and those a predicted agreement of the same item matches; predicted agreements
    /// (item and unordered pair) and those a gold line matches.
    var goldAgreements = 0
    var foundAgreements = 0
    var predictedAgreements = 0
    var rightAgreements = 0

    struct EdgeCounts: Equatable {
        var gold = 0
        var predicted = 0
        var common = 0

        var precision: Double { EvaluationScore.ratio(common, predicted) }
        var recall: Double { EvaluationScore.ratio(common, gold) }
    }

    var mentionPrecision: Double { Self.ratio(matchedMentions, predictedMentions) }
    var mentionRecall: Double { Self.ratio(matchedMentions, goldMentions) }
    var goalMentionPrecision: Double { Self.ratio(goalMatchedMentions, goalPredictedMentions) }
    var goalMentionRecall: Double { Self.ratio(goalMatchedMentions, goalGoldMentions) }
    var bcubedPrecision: Double { matchedMentions == 0 ? 1 : bcubedPrecisionSum / Double(matchedMentions) }
    var bcubedRecall: Double { matchedMentions == 0 ? 1 : bcubedRecallSum / Double(matchedMentions) }
    var bcubedF: Double {
        let sum = bcubedPrecision + bcubedRecall
        return sum == 0 ? 0 : 2 * bcubedPrecision * bcubedRecall / sum
    }
    var countryAccuracy: Double { Self.ratio(rightCountry, checkedMentions) }
    var smolenskAccuracy: Double { Self.ratio(rightSmolensk, checkedMentions) }
    var foreignRecall: Double { Self.ratio(foundForeign, goldForeign) }
    var agreementPrecision: Double { Self.ratio(rightAgreements, predictedAgreements) }
    var agreementRecall: Double { Self.ratio(foundAgreements, goldAgreements) }

    /// `part / whole`, or 1 when `whole` is 0.
    static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
}
