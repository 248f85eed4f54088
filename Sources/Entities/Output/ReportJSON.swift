/// The `items` JSON of a report (see README, "JSON formats"): keys in a fixed, documented order.
///
/// `{"source","title","period":{"year","quarter"},"level","warnings":[…],"items":[{"number","section",
/// "name","place","dates":{"text","ranges":[…]},"goal","participants"}]}`
public enum ReportJSON {
    /// The report's JSON; `itemExtras` adds members to each item (the linker adds `mentions`).
    public static func report(_ report: Report, itemExtras: (ReportItem) -> [(String, JSONValue)] = { _ in [] }) -> JSONValue {
        .object(head(report) + [("items", .array(report.items.map { reportItem in item(reportItem, extras: itemExtras(reportItem)) }))])
    }

    /// The members before `items`.
    static func head(_ report: Report) -> [(String, JSONValue)] {
        [
            ("source", .string(report.source)),
            ("format", .string(report.format)),
            ("title", .string(report.title)),
            ("period", report.period.map { .object([("year", .int($0.year)), ("quarter", .int($0.quarter))]) } ?? .null),
            ("level", .optional(report.level?.rawValue)),
            ("sections", .array(report.sections.map { .string($0) })),
            ("notes", .array(report.notes.map { .string($0) })),
            ("warnings", .array(report.warnings.map(warning))),
        ]
    }

    /// The bytes `report(report, itemExtras:).utf8(indent:level:)` gives, written one item at a time: a
    /// report of a million items is never held as one tree of JSON values, only as its output bytes.
    /// - Complexity: O(n) in the size of the output.
    public static func utf8(_ report: Report, indent: Int, level: Int,
                            itemExtras: (ReportItem) -> [(String, JSONValue)] = { _ in [] }) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        out.append(0x7B)
        for (index, (key, value)) in head(report).enumerated() {
            if index > 0 { out.append(0x2C) }
            member(key, &out, indent: indent, level: level + 1)
            value.write(to: &out, indent: indent, level: level + 1)
        }
        out.append(0x2C)
        member("items", &out, indent: indent, level: level + 1)
        out.append(0x5B)
        for (index, reportItem) in report.items.enumerated() {
            if index > 0 { out.append(0x2C) }
            JSONValue.newline(&out, indent: indent, level: level + 2)
            item(reportItem, extras: itemExtras(reportItem)).write(to: &out, indent: indent, level: level + 2)
        }
        if !report.items.isEmpty { JSONValue.newline(&out, indent: indent, level: level + 1) }
        out.append(0x5D)
        JSONValue.newline(&out, indent: indent, level: level)
        out.append(0x7D)
        return out
    }

    /// A member's new line, key and colon, as ``JSONValue`` writes them in an object.
    private static func member(_ key: String, _ out: inout [UInt8], indent: Int, level: Int) {
        JSONValue.newline(&out, indent: indent, level: level)
        JSONValue.writeString(key, to: &out)
        out.append(0x3A)
        if indent > 0 { out.append(0x20) }
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
