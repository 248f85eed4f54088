import Entities

/// One report item that supports an edge: where it is, when, what kind of tie, and a short quote.
///
/// A graph of a million items holds millions of these, so they are small: dates and the period are
/// kept packed in 32 bits each (read and written as ``CalendarDate`` and ``ReportPeriod``), the item
/// number in 32 bits, and the strings are shared with every other piece that has the same text (the
/// graph accumulator interns them). About 72 bytes a piece.
public struct Evidence: Sendable, Hashable, Comparable {
    /// The report as given on the command line.
    public var source: String
    /// The item's dates column as written.
    public var dates: String
    /// A short quote from the item that shows the tie.
    public var quote: String
    private var packedItem: Int32
    private var packedFirst: Int32
    private var packedLast: Int32
    private var packedDocumentDate: Int32
    private var packedPeriod: Int32
    public var relation: Relation
    public var level: ReportLevel?
    /// For an agreement: one in force that the item carries out, signed before it ("в рамках Соглашения
    /// …"), not signed in it.
    public var inForce = false

    /// The item's number in that report.
    public var item: Int {
        get { Int(packedItem) }
        set { packedItem = Int32(clamping: newValue) }
    }

    /// The first and last day of the item's dates.
    public var first: CalendarDate? {
        get { Evidence.unpack(packedFirst) }
        set { packedFirst = Evidence.pack(newValue) }
    }

    public var last: CalendarDate? {
        get { Evidence.unpack(packedLast) }
        set { packedLast = Evidence.pack(newValue) }
    }

    /// For an agreement: the day the document is dated, when the text gives it ("от 20.02.2017").
    public var documentDate: CalendarDate? {
        get { Evidence.unpack(packedDocumentDate) }
        set { packedDocumentDate = Evidence.pack(newValue) }
    }

    /// The report's period and level, so that analyses know which reports could have seen the tie.
    public var period: ReportPeriod? {
        get { packedPeriod == 0 ? nil : ReportPeriod(year: Int(packedPeriod >> 3), quarter: Int(packedPeriod & 7)) }
        set { packedPeriod = newValue.map { Int32(clamping: $0.year) << 3 | Int32($0.quarter & 7) } ?? 0 }
    }

    public init(source: String, item: Int, dates: String, relation: Relation, quote: String,
                first: CalendarDate?, last: CalendarDate?, documentDate: CalendarDate? = nil, period: ReportPeriod?, level: ReportLevel?,
                inForce: Bool = false) {
        self.source = source
        self.dates = dates
        self.quote = quote
        packedItem = Int32(clamping: item)
        packedFirst = Evidence.pack(first)
        packedLast = Evidence.pack(last)
        packedDocumentDate = Evidence.pack(documentDate)
        packedPeriod = 0
        self.relation = relation
        self.level = level
        self.period = period
        self.inForce = inForce
    }

    /// A date in 32 bits (year · 512 + month · 32 + day; 0 for none): valid dates have years 1–9999.
    private static func pack(_ date: CalendarDate?) -> Int32 {
        guard let date else { return 0 }
        return Int32(clamping: date.year) << 9 | Int32(date.month & 15) << 5 | Int32(date.day & 31)
    }

    private static func unpack(_ packed: Int32) -> CalendarDate? {
        packed == 0 ? nil : CalendarDate(year: Int(packed >> 9), month: Int(packed >> 5 & 15), day: Int(packed & 31))
    }

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
        if left != right { return left < right }
        return !a.inForce && b.inForce
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
