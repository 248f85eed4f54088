import Entities

/// Finds dormant partnerships: ties with an agreement or twinning, or enough joint events, whose last
/// recorded activity is older than the quiet period before the as-of date — judged only against the
/// reports that could have mentioned them (``ReportCoverage``). It also measures each tie's own rhythm
/// (the usual number of quarters between its active quarters) and flags a silence much longer than it.
///
/// ```swift
/// let rows = Dormancy(coverage: coverage, asOf: day, quiet: QuietPeriod("12m")!).assess(graph)
/// rows.filter { $0.status == .dormant }
/// ```
/// - Complexity: O(e · v + e log e) for e edges with v evidence each.
public struct Dormancy: Sendable {
    public enum Status: String, Sendable, Comparable {
        case dormant, active
        /// Neither an agreement, twinning, nor enough joint events to be a partnership.
        case oneOff = "one-off"
        /// Too recent or too little covered to judge.
        case notJudged = "not-judged"

        public static func < (a: Status, b: Status) -> Bool {
            let order: [Status] = [.dormant, .active, .notJudged, .oneOff]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    /// One tie, assessed.
    public struct Assessment: Sendable {
        public var edge: GraphEdge
        public var status: Status
        /// The days agreements were dated.
        public var agreementDates: [CalendarDate]
        /// Covered quarters after the last activity, up to the as-of date, with no activity.
        public var silentQuarters: [ReportPeriod]
        /// Days from the last activity to the as-of date.
        public var daysSilent: Int?
        /// The median number of quarters between active quarters, when there are at least two.
        public var rhythmQuarters: Double?
        /// The silence is at least three of its usual gaps.
        public var overdue: Bool
        /// The levels of the reports that mentioned it.
        public var levels: Set<ReportLevel>
        /// The most recent evidence.
        public var lastEvidence: Evidence?
    }

    public var coverage: ReportCoverage
    public var asOf: CalendarDate
    public var quiet: QuietPeriod
    public var minimumEvents: Int

    public init(coverage: ReportCoverage, asOf: CalendarDate, quiet: QuietPeriod, minimumEvents: Int = 2) {
        self.coverage = coverage
        self.asOf = asOf
        self.quiet = quiet
        self.minimumEvents = minimumEvents
    }

    /// Every edge assessed, the longest silent first.
    public func assess(_ graph: PartnershipGraph) -> [Assessment] {
        graph.edges.map(assess).sorted {
            if $0.status != $1.status { return $0.status < $1.status }
            let left = $0.daysSilent ?? -1, right = $1.daysSilent ?? -1
            if left != right { return left > right }
            return ($0.edge.source, $0.edge.target) < ($1.edge.source, $1.edge.target)
        }
    }

    func assess(_ fullEdge: GraphEdge) -> Assessment {
        // Judged as of `asOf`: what happened later is not known yet.
        let known = fullEdge.evidence.filter { ($0.first ?? asOf) <= asOf }
        // The edge itself when everything is known already (the usual case): no second copy of its evidence.
        let edge = known.isEmpty || known.count == fullEdge.evidence.count ? fullEdge
            : GraphEdge(source: fullEdge.source, target: fullEdge.target, evidence: known)
        let relations = Set(edge.relations)
        let isPartnership = relations.contains(.agreement) || relations.contains(.twinning) || relations.contains(.planned)
            || edge.events >= minimumEvents
        let levels = Set(edge.evidence.compactMap(\.level))
        let activityEnds = edge.evidence.compactMap(\.last).filter { $0 <= asOf }
        let last = activityEnds.max()
        let lastEvidence = edge.evidence.filter { $0.last == last }.max() ?? edge.evidence.last
        let activeQuarters = Set(edge.evidence.compactMap(\.first).filter { $0 <= asOf }.map(ReportPeriod.init(containing:)))
            .union(activityEnds.map(ReportPeriod.init(containing:)))
        let asOfQuarter = ReportPeriod(containing: asOf)
        let covered = coverage.periods(at: levels.isEmpty ? Set(ReportLevel.allCases) : levels)
        let silent = last.map { day in
            covered.filter { $0 > ReportPeriod(containing: day) && $0 <= asOfQuarter }.sorted()
        } ?? []
        let rhythm = Dormancy.medianGap(activeQuarters)
        let quartersSinceLast = last.map { Dormancy.quarterDistance(ReportPeriod(containing: $0), asOfQuarter) } ?? 0
        let overdue = rhythm.map { Double(quartersSinceLast) >= 3 * $0 } ?? false
        var status: Status
        if !isPartnership {
            status = .oneOff
        } else if let last, last < quiet.before(asOf) || overdue {
            status = silent.isEmpty ? .notJudged : .dormant
        } else {
            status = last == nil ? .notJudged : .active
        }
        return Assessment(edge: edge, status: status,
                          agreementDates: Array(Set(edge.agreements.compactMap { $0.documentDate ?? ($0.inForce ? nil : $0.first) })).sorted(),
                          silentQuarters: silent, daysSilent: last.map { asOf.dayNumber - $0.dayNumber },
                          rhythmQuarters: rhythm, overdue: overdue && !silent.isEmpty, levels: levels, lastEvidence: lastEvidence)
    }

    /// The median distance in quarters between consecutive active quarters.
    static func medianGap(_ quarters: Set<ReportPeriod>) -> Double? {
        let sorted = quarters.sorted()
        guard sorted.count >= 2 else { return nil }
        let gaps = zip(sorted, sorted.dropFirst()).map { Double(quarterDistance($0, $1)) }.sorted()
        let middle = gaps.count / 2
        return gaps.count % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2
    }

    static func quarterDistance(_ a: ReportPeriod, _ b: ReportPeriod) -> Int {
        (b.year - a.year) * 4 + (b.quarter - a.quarter)
    }
}
