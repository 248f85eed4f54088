/// The `items` JSON of a report (see README, "JSON formats"): keys in a fixed, documented order.
///
/// `{"source","title","period":{"year","quarter"},"level","warnings":[…],"items":[{"number","section",
/// "name","place","dates":{"text","ranges":[…]},"goal","participants"}]}`
public enum ReportJSON {
    /// The report's JSON; `itemExtras` adds members to each item (the linker adds `mentions`).
    public static func report(_ report: Report, itemExtras: (ReportItem) -> [(String, JSONValue)] = { _ in [] }) -> JSONValue {
        .object([
            ("source", .string(report.source)),
            ("format", .string(report.format)),
            ("title", .string(report.title)),
            ("period", report.period.map { .object([("year", .int($0.year)), ("quarter", .int($0.quarter))]) } ?? .null),
            ("level", .optional(report.level?.rawValue)),
            ("sections", .array(report.sections.map { .string($0) })),
            ("notes", .array(report.notes.map { .string($0) })),
            ("warnings", .array(report.warnings.map(warning))),
            ("items", .array(report.items.map { reportItem in item(reportItem, extras: itemExtras(reportItem)) })),
        ])
    }

    public static func warning(_ warning: ReportWarning) -> JSONValue {
        .object([("line", .optional(warning.line)), ("item", .optional(warning.item)), ("message", .string(warning.message))])
    }

    public static func item(_ item: ReportItem, extras: [(String, JSONValue)] = []) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("number", .int(item.number)),
            ("section", .optional(item.section)),
            ("line", .int(item.line)),
        ]
        for field in ItemField.allCases {
            if field == .dates {
                members.append(("dates", dates(item.dates)))
            } else {
                members.append((field.key, .string(item[field].text)))
            }
        }
        members.append(("offsets", .object(ItemField.allCases.map { field in
            (field.key, .array([.int(item[field].start), .int(item[field].end)]))
        })))
        return .object(members + extras)
    }

    public static func dates(_ dates: DateList) -> JSONValue {
        .object([
            ("text", .string(dates.text)),
            ("ranges", .array(dates.ranges.map(range))),
        ])
    }

    public static func range(_ range: DateRange) -> JSONValue {
        .object([("start", .string(range.start.iso)), ("end", .string(range.end.iso)), ("precision", .string(range.precision.rawValue))])
    }
}
