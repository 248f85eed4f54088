import Entities

/// One report item that supports an edge: where it is, when, what kind of tie, and a short quote.
public struct Evidence: Sendable, Hashable, Comparable {
    /// The report as given on the command line.
    public var source: String
    /// The item's number in that report.
    public var item: Int
    /// The item's dates column as written.
    public var dates: String
    public var relation: Relation
    /// A short quote from the item that shows the tie.
    public var quote: String
    /// The first and last day of the item's dates.
    public var first: CalendarDate?
    public var last: CalendarDate?
    /// For an agreement: the day the document is dated, when the text gives it ("от 20.02.2017").
    public var documentDate: CalendarDate?
    /// The report's period and level, so that analyses know which reports could have seen the tie.
    public var period: ReportPeriod?
    public var level: ReportLevel?

    public init(source: String, item: Int, dates: String, relation: Relation, quote: String,
                first: CalendarDate?, last: CalendarDate?, documentDate: CalendarDate? = nil, period: ReportPeriod?, level: ReportLevel?) {
        self.source = source
        self.item = item
        self.dates = dates
        self.relation = relation
        self.quote = quote
        self.first = first
        self.last = last
        self.documentDate = documentDate
        self.period = period
        self.level = level
    }

    /// Sorted by date, then report, item and relation: the order evidence is listed in.
    public static func < (a: Evidence, b: Evidence) -> Bool {
        let left = (a.first?.dayNumber ?? Int.min, a.source, a.item, a.relation.rawValue, a.quote)
        let right = (b.first?.dayNumber ?? Int.min, b.source, b.item, b.relation.rawValue, b.quote)
        return left < right
    }

    /// `<`, with the remaining fields deciding between pieces it finds equal: a total order, so that
    /// sorting gives one order whatever order the pieces came in.
    static func precedes(_ a: Evidence, _ b: Evidence) -> Bool {
        if a < b { return true }
        if b < a { return false }
        let left = (a.last?.dayNumber ?? Int.min, a.documentDate?.dayNumber ?? Int.min, a.dates, a.period?.year ?? Int.min,
                    a.period?.quarter ?? Int.min, a.level?.rawValue ?? "")
        let right = (b.last?.dayNumber ?? Int.min, b.documentDate?.dayNumber ?? Int.min, b.dates, b.period?.year ?? Int.min,
                     b.period?.quarter ?? Int.min, b.level?.rawValue ?? "")
        return left < right
    }

    /// The distinct pieces, in ``precedes(_:_:)`` order.
    /// - Complexity: O(v log v); each piece's day number is worked out once, not at every comparison.
    static func sortedDistinct(_ evidence: [Evidence]) -> [Evidence] {
        guard evidence.count > 1 else { return evidence }
        let days = evidence.map { $0.first?.dayNumber ?? Int.min }
        let order = evidence.indices.sorted { left, right in
            if days[left] != days[right] { return days[left] < days[right] }
            return precedes(evidence[left], evidence[right])
        }
        var result: [Evidence] = [evidence[order[0]]]
        result.reserveCapacity(order.count)
        for index in order.dropFirst() where evidence[index] != result[result.count - 1] { result.append(evidence[index]) }
        return result
    }
}
