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
}
