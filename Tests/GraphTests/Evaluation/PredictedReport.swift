/// What linkgraph made of one report, reduced to what the scorer compares: mentions, the entities they
/// and the graph's ends refer to, and per item the graph's Smolensk × foreign pairs and agreements.
/// Plain data, so that the scorer can be proven on made-up inputs (``ReportRun`` fills it from a real run).
struct PredictedReport {
    /// A found mention; offsets are UTF-8 offsets in the clean field text.
    struct Mention: Equatable {
        var item: Int
        var field: String
        var text: String
        var start: Int
        var end: Int
        var entity: String
    }

    /// What the run knows of an entity it refers to (gazetteer or found by shape).
    struct EntityFacts: Equatable {
        /// ISO code, upper case.
        var country: String?
        var smolensk: Bool
        var parent: String?
    }

    /// One tie the graph shows for one item: its Smolensk end and its foreign end.
    struct Pair: Hashable {
        var item: Int
        var smolensk: String
        var foreign: String
    }

    var mentions: [Mention]
    /// The clean text of each field that has mentions, by `"ITEM/FIELD"` (``fieldKey(_:_:)``).
    var fieldTexts: [String: String]
    var entities: [String: EntityFacts]
    /// The pairs of the items' `event` evidence: every item's Smolensk side × foreign side.
    var sidePairs: [Pair]
    /// The pairs of the items' `agreement` evidence.
    var agreements: [Pair]

    /// The key of one field of one item, as gold and predicted mentions are grouped by.
    static func fieldKey(_ item: Int, _ field: String) -> String { "\(item)/\(field)" }
}
