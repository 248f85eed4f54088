import Entities

/// A length of time written as `12m`, `18m`, `2y`, `4q` or `90d`.
public struct QuietPeriod: Sendable, Equatable {
    public var days = 0
    public var months = 0

    public init?(_ text: String) {
        guard let unit = text.last, text.dropLast().allSatisfy(\.isNumber), let value = Int(text.dropLast()), value <= 10_000 else { return nil }
        switch unit {
        case "d": days = value
        case "m": months = value
        case "q": months = value * 3
        case "y": months = value * 12
        default: return nil
        }
    }

    /// The day that lies this period before `date`.
    public func before(_ date: CalendarDate) -> CalendarDate {
        date.subtracting(months: months).adding(days: -days)
    }
}
