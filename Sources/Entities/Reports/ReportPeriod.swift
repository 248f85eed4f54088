/// A reporting quarter, as the title names it ("в IV квартале 2023 года").
public struct ReportPeriod: Sendable, Hashable, Comparable {
    public var year: Int
    public var quarter: Int

    public init(year: Int, quarter: Int) {
        self.year = year
        self.quarter = quarter
    }

    /// The quarter's first day.
    public var start: CalendarDate { CalendarDate(year: year, month: (quarter - 1) * 3 + 1, day: 1) }
    /// The quarter's last day.
    public var end: CalendarDate {
        let month = quarter * 3
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    /// The period as people write it: "IV квартал 2023".
    public var label: String { "\(ReportPeriod.romanNumerals[quarter - 1]) квартал \(year)" }
    /// A short ASCII label: "2023-Q4".
    public var code: String { "\(year)-Q\(quarter)" }

    /// The quarter containing `date`.
    public init(containing date: CalendarDate) {
        self.init(year: date.year, quarter: (date.month - 1) / 3 + 1)
    }

    /// The next quarter.
    public var next: ReportPeriod { quarter == 4 ? ReportPeriod(year: year + 1, quarter: 1) : ReportPeriod(year: year, quarter: quarter + 1) }

    public static func < (a: ReportPeriod, b: ReportPeriod) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }

    static let romanNumerals = ["I", "II", "III", "IV"]
}
