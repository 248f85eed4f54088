/// Reads the dates column of a report into day or month ranges.
///
/// It understands the shapes Russian reports use: "22-25 мая 2025 года", "30 сентября – 1 октября 2024
/// года", "сентябрь 2024 года – январь 2025 года, 22 марта 2025 года", "27 и 29 октября 2023 года",
/// "18 февраля 2025", "ноябрь –декабрь 2024 года", "с 19 по 26 марта 2025 года", "20.02.2017". A part
/// without a month or year takes them from the next part ("22-25 мая" → both in May); a column with no
/// year at all takes `defaultYear`. Dates in parentheses are only used when there are none outside.
///
/// ```swift
/// DateParser.parse("22-25 мая 2025 года")
/// // [2025-05-22...2025-05-25, precision .day]
/// ```
/// - Complexity: O(n) in the length of the text.
public enum DateParser {
    public static func parse(_ text: String, defaultYear: Int? = nil) -> [DateRange] {
        let elements = elements(of: DateTokenizer.tokens(in: text))
        var partials = elements
        inheritMonthsAndYears(&partials)
        var outside: [DateRange] = [], inside: [DateRange] = []
        var index = 0
        while index < partials.count {
            guard case .date(let first) = partials[index].kind else { index += 1; continue }
            var last = first, consumed = 1
            if index + 2 < partials.count, case .dash = partials[index + 1].kind, case .date(let second) = partials[index + 2].kind {
                last = second; consumed = 3
            } else if index > 0, case .from = partials[index - 1].kind, index + 2 < partials.count,
                      case .until = partials[index + 1].kind, case .date(let second) = partials[index + 2].kind {
                last = second; consumed = 3
            }
            if let range = makeRange(first, last, defaultYear: defaultYear) {
                if partials[index].inParentheses { inside.append(range) } else { outside.append(range) }
            }
            index += consumed
        }
        return outside.isEmpty ? inside : outside
    }

    /// A date as written, with whatever parts it has.
    struct Partial: Equatable {
        var day: Int?
        var month: Int?
        var year: Int?
        var yearInherited = false
    }

    struct Element {
        enum Kind {
            case date(Partial)
            case dash, join, from, until, barrier
        }
        var kind: Kind
        var inParentheses: Bool
    }

    /// Groups tokens into partial dates and the words that join them.
    static func elements(of tokens: [DateTokenizer.Token]) -> [Element] {
        var result: [Element] = []
        var depth = 0
        var index = 0
        func push(_ kind: Element.Kind) { result.append(Element(kind: kind, inParentheses: depth > 0)) }
        while index < tokens.count {
            let token = tokens[index]
            switch token {
            case .open: depth += 1; push(.barrier); index += 1
            case .close: depth = max(0, depth - 1); push(.barrier); index += 1
            case .dash: push(.dash); index += 1
            case .comma: push(.join); index += 1
            case .word(.month(let month)):
                var partial = Partial(month: month)
                index += 1
                if index < tokens.count, case .number(let value, let digits) = tokens[index], digits == 4 {
                    partial.year = value; index += 1
                }
                push(.date(partial))
            case .word(let word):
                switch word {
                case .and: push(.join)
                case .from: push(.from)
                case .until: push(.until)
                case .yearWord: break
                case .month, .other: push(.barrier)
                }
                index += 1
            case .number(let value, let digits):
                if let (partial, used) = numericDate(tokens, at: index) {
                    push(.date(partial)); index += used
                } else if digits == 4, (1900...2100).contains(value) {
                    push(.date(Partial(year: value))); index += 1
                } else if digits <= 2, index + 1 < tokens.count, case .word(.month) = tokens[index + 1],
                          !(1...31).contains(value) {
                    // "32 мая": a day that cannot be is not the whole month.
                    push(.barrier); index += 2
                } else if digits <= 2, (1...31).contains(value) {
                    var partial = Partial(day: value)
                    index += 1
                    if index < tokens.count, case .word(.month(let month)) = tokens[index] {
                        partial.month = month
                        index += 1
                        if index < tokens.count, case .number(let year, 4) = tokens[index] { partial.year = year; index += 1 }
                    }
                    push(.date(partial))
                } else {
                    push(.barrier); index += 1
                }
            case .dot, .other:
                index += 1
            }
        }
        return mergeBareYears(result)
    }

    /// "20.02.2017": day, month and year joined by dots.
    static func numericDate(_ tokens: [DateTokenizer.Token], at index: Int) -> (Partial, Int)? {
        guard index + 4 < tokens.count,
              case .number(let day, let dayDigits) = tokens[index], dayDigits <= 2,
              case .dot = tokens[index + 1],
              case .number(let month, let monthDigits) = tokens[index + 2], monthDigits <= 2,
              case .dot = tokens[index + 3],
              case .number(let year, let yearDigits) = tokens[index + 4], yearDigits == 4,
              CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        return (Partial(day: day, month: month, year: year), 5)
    }

    /// A bare year ("2025") right after a date without one belongs to it ("18 февраля\n2025").
    static func mergeBareYears(_ elements: [Element]) -> [Element] {
        var result: [Element] = []
        for element in elements {
            if case .date(let partial) = element.kind, partial.day == nil, partial.month == nil, let year = partial.year,
               let last = result.last, case .date(var previous) = last.kind, previous.year == nil, previous.month != nil {
                previous.year = year
                result[result.count - 1].kind = .date(previous)
            } else {
                result.append(element)
            }
        }
        return result
    }

    /// Fills a missing month and year from the next date in the same run ("22-25 мая", "ноябрь – декабрь 2024").
    static func inheritMonthsAndYears(_ elements: inout [Element]) {
        var next: Partial?
        for index in elements.indices.reversed() {
            switch elements[index].kind {
            case .date(var partial):
                if let following = next {
                    if partial.month == nil, partial.day != nil { partial.month = following.month }
                    if partial.year == nil, let year = following.year {
                        partial.year = year
                        partial.yearInherited = true
                    }
                }
                elements[index].kind = .date(partial)
                next = partial
            case .dash, .join, .from, .until:
                continue
            case .barrier:
                next = nil
            }
        }
    }

    static func makeRange(_ first: Partial, _ last: Partial, defaultYear: Int?) -> DateRange? {
        guard let startMonth = first.month, let endMonth = last.month,
              var startYear = first.year ?? last.year ?? defaultYear,
              let endYear = last.year ?? first.year ?? defaultYear else { return nil }
        // "декабрь – январь 2025": the start took the year of the end but its month comes later, so it is the
        // year before. A reversed range within one month ("25-22 мая") is a mistake, not a year-long range.
        if first.yearInherited, startYear == endYear, startMonth > endMonth {
            startYear -= 1
        }
        let precision: DatePrecision = (first.day != nil && last.day != nil) ? .day : .month
        let startDay = precision == .day ? first.day! : 1
        let endDay = precision == .day ? last.day! : CalendarDate.daysIn(month: endMonth, year: endYear)
        guard CalendarDate.isValid(year: startYear, month: startMonth, day: startDay),
              CalendarDate.isValid(year: endYear, month: endMonth, day: endDay) else { return nil }
        let start = CalendarDate(year: startYear, month: startMonth, day: startDay)
        let end = CalendarDate(year: endYear, month: endMonth, day: endDay)
        guard start <= end else { return nil }
        return DateRange(start: start, end: end, precision: precision)
    }
}
