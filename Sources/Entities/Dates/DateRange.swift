/// How exactly a report gave a date: to the day ("22 мая") or only to the month ("май").
public enum DatePrecision: String, Sendable {
    case day, month
}

/// A closed range of days an event took, with the precision the report gave it in.
/// A month-precision range runs from the first day of its first month to the last day of its last.
public struct DateRange: Sendable, Hashable {
    public var start: CalendarDate
    public var end: CalendarDate
    public var precision: DatePrecision

    public init(start: CalendarDate, end: CalendarDate, precision: DatePrecision) {
        self.start = start
        self.end = end
        self.precision = precision
    }

    public func overlaps(from lower: CalendarDate, through upper: CalendarDate) -> Bool {
        start <= upper && end >= lower
    }
}

/// The dates column of an item: the text as written and the ranges it names.
public struct DateList: Sendable, Equatable {
    public var text: String
    public var ranges: [DateRange]

    public init(text: String, ranges: [DateRange]) {
        self.text = text
        self.ranges = ranges
    }

    /// The earliest start and latest end among the ranges.
    public var span: (first: CalendarDate, last: CalendarDate)? {
        guard let first = ranges.map(\.start).min(), let last = ranges.map(\.end).max() else { return nil }
        return (first, last)
    }
}
