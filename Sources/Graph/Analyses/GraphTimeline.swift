import Entities

/// The graph quarter by quarter, for the HTML page's time slider: for every reporting quarter (every
/// quarter some input covers; when no input names its period, every quarter from the first evidence to
/// the last), whether each edge had been reported by the quarter's end,
/// and if so what ``Dormancy`` judges it as of that day, with the inputs' coverage, the quiet period and
/// the minimum events of `linkgraph dormant` — so the page, moved to a quarter, agrees with
/// `linkgraph dormant --as-of <the quarter's last day>`.
///
/// ```swift
/// let timeline = GraphTimeline(graph, coverage: coverage)
/// timeline.states[0]   // "--aad": not yet, not yet, active, active, dormant
/// ```
public struct GraphTimeline: Sendable {
    /// The state letters: not yet reported, and the four ``Dormancy/Status`` values.
    public static let notYet: Character = "-"
    /// At most this many quarters (the latest ones); earlier edges show from the first.
    public static let maximumQuarters = 80

    /// The quarters, oldest first (empty when neither the inputs nor the evidence has a date).
    public private(set) var quarters: [ReportPeriod]
    /// Per edge (in the graph's order), one letter per quarter: `-` not yet reported, `a` active,
    /// `d` dormant, `n` not judged, `o` one-off.
    public private(set) var states: [String]

    /// - Complexity: O(q · e · v) for q quarters (at most ``maximumQuarters``) and e edges with v evidence each.
    public init(_ graph: PartnershipGraph, coverage: ReportCoverage, quiet: QuietPeriod = QuietPeriod("12m")!,
                minimumEvents: Int = 2) {
        var quarters = coverage.periods(at: Set(ReportLevel.allCases)).sorted()
        if quarters.isEmpty, let start = graph.edges.compactMap(\.first).min().map(ReportPeriod.init(containing:)),
           let end = graph.edges.compactMap(\.last).max().map(ReportPeriod.init(containing:)) {
            var period = start
            while period <= end {
                quarters.append(period)
                period = period.next
            }
        }
        if quarters.count > GraphTimeline.maximumQuarters {
            quarters.removeFirst(quarters.count - GraphTimeline.maximumQuarters)
        }
        let judges = quarters.map { Dormancy(coverage: coverage, asOf: $0.end, quiet: quiet, minimumEvents: minimumEvents) }
        states = graph.edges.map { edge in
            var letters = ""
            letters.reserveCapacity(judges.count)
            for judge in judges {
                if let first = edge.first, first > judge.asOf {
                    letters.append(GraphTimeline.notYet)
                } else {
                    letters.append(GraphTimeline.letter(judge.assess(edge).status))
                }
            }
            return letters
        }
        self.quarters = quarters
    }

    static func letter(_ status: Dormancy.Status) -> Character {
        switch status {
        case .active: "a"
        case .dormant: "d"
        case .notJudged: "n"
        case .oneOff: "o"
        }
    }
}
