/// A day of the Gregorian calendar, without time or zone; ordered, printed as ISO `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible day.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String { iso }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Four-digit years and two-digit months and days (every real date) are written straight to bytes.
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            let digits: [UInt8] = [UInt8(0x30 + year / 1000), UInt8(0x30 + year / 100 % 10), UInt8(0x30 + year / 10 % 10),
                                   UInt8(0x30 + year % 10), 0x2D, UInt8(0x30 + month / 10), UInt8(0x30 + month % 10), 0x2D,
                                   UInt8(0x30 + day / 10), UInt8(0x30 + day % 10)]
            return String(decoding: digits, as: UTF8.self)
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// Days since 0001-01-01 (proleptic Gregorian), for differences between dates.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 12 : month
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day - 307
    }

    /// The date `days` days later (or earlier, for a negative count).
    public func adding(days: Int) -> CalendarDate {
        var date = self
        var remaining = days
        while remaining > 0 {
            let left = CalendarDate.daysIn(month: date.month, year: date.year) - date.day
            if remaining <= left { date.day += remaining; remaining = 0 } else {
                remaining -= left + 1
                date.day = 1
                if date.month == 12 { date.month = 1; date.year += 1 } else { date.month += 1 }
            }
        }
        while remaining < 0 {
            if -remaining < date.day { date.day += remaining; remaining = 0 } else {
                remaining += date.day
                if date.month == 1 { date.month = 12; date.year -= 1 } else { date.month -= 1 }
                date.day = CalendarDate.daysIn(month: date.month, year: date.year)
            }
        }
        return date
    }

    /// The date `months` calendar months earlier, clamped to the month's last day.
    public func subtracting(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) - months
        let newYear = total / 12, newMonth = total % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, CalendarDate.daysIn(month: newMonth, year: newYear)))
    }
}
