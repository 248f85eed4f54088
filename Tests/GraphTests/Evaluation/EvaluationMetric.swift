/// A figure of the leave-one-out table: its column title and how it is read from a score.
enum EvaluationMetric: String, CaseIterable {
    case mentionPrecision = "mention P"
    case mentionRecall = "mention R"
    case goalMentionPrecision = "goal P"
    case goalMentionRecall = "goal R"
    case bcubedPrecision = "B³ P"
    case bcubedRecall = "B³ R"
    case bcubedF = "B³ F"
    case country = "country"
    case smolensk = "Smolensk flag"
    case foreignRecall = "foreign R"
    case orgEdgePrecision = "org edge P"
    case orgEdgeRecall = "org edge R"
    case placeEdgePrecision = "place edge P"
    case placeEdgeRecall = "place edge R"
    case agreementPrecision = "agreement P"
    case agreementRecall = "agreement R"

    /// The figure in `score`.
    func value(_ score: EvaluationScore) -> Double {
        switch self {
        case .mentionPrecision: score.mentionPrecision
        case .mentionRecall: score.mentionRecall
        case .goalMentionPrecision: score.goalMentionPrecision
        case .goalMentionRecall: score.goalMentionRecall
        case .bcubedPrecision: score.bcubedPrecision
        case .bcubedRecall: score.bcubedRecall
        case .bcubedF: score.bcubedF
        case .country: score.countryAccuracy
        case .smolensk: score.smolenskAccuracy
        case .foreignRecall: score.foreignRecall
        case .orgEdgePrecision: score.orgEdges.precision
        case .orgEdgeRecall: score.orgEdges.recall
        case .placeEdgePrecision: score.placeEdges.precision
        case .placeEdgeRecall: score.placeEdges.recall
        case .agreementPrecision: score.agreementPrecision
        case .agreementRecall: score.agreementRecall
        }
    }
}
