/// The `items` JSON of a report (see README, "JSON formats"): keys in a fixed, documented order.
///
/// `{"source","title","period":{"year","quarter"},"level","warnings":[…],"items":[{"number","section",
/// "name","place","dates":{"text","ranges":[…]},"goal","participants"}]}`
public enum ReportJSON {
    /// The report's JSON (``ExtractJSON`` adds `mentions` to each item).
    public static func report(_ report: Report) -> JSONValue {
        .object(head(report) + [("items", .array(report.items.map { item($0) }))])
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

    /// The report as UTF-8 JSON text at nesting `level`, written as ``report(_:)`` would
    /// serialize (the bytes are the same) but one item at a time, without building the whole value.
    /// - Complexity: O(n) in the size of the output.
    public static func utf8(_ report: Report, indent: Int, level: Int) -> [UInt8] {
        var writer = Writer(report, indent: indent, level: level, pieceBytes: .max)
        for item in report.items { _ = writer.add(item) }
        return writer.finish()
    }

    /// Writes a report as ``utf8(_:indent:level:)`` does, in pieces: items are added one at a
    /// time (as linking makes their extras) and a piece of about `pieceBytes` comes back when it is full,
    /// so neither the report's items nor its output are held whole.
    ///
    /// ```swift
    /// var writer = ReportJSON.Writer(report, indent: 2, level: 2)
    /// for item in report.items { if let piece = writer.add(item) { try emit(piece) } }
    /// try emit(writer.finish())
    /// ```
    public struct Writer {
        private let indent: Int
        private let level: Int
        private let pieceBytes: Int
        private var out: [UInt8] = []
        private var written = 0

        /// A few pages: a piece is big enough to write at once, small enough to never matter.
        public static let pieceBytes = 1 << 16

        /// Starts the report's object with its head.
        public init(_ report: Report, indent: Int, level: Int, pieceBytes: Int = Writer.pieceBytes) {
            self.indent = indent
            self.level = level
            self.pieceBytes = pieceBytes
            out.reserveCapacity(pieceBytes == .max ? 4096 : pieceBytes + 4096)
            out.append(0x7B)
            for (index, (key, value)) in ReportJSON.head(report).enumerated() {
                if index > 0 { out.append(0x2C) }
                ReportJSON.member(key, &out, indent: indent, level: level + 1)
                value.write(to: &out, indent: indent, level: level + 1)
            }
            out.append(0x2C)
            ReportJSON.member("items", &out, indent: indent, level: level + 1)
            out.append(0x5B)
        }

        /// Adds an item with its extra members; returns a piece when one is full.
        public mutating func add(_ reportItem: ReportItem, extras: [(String, JSONValue)] = []) -> [UInt8]? {
            if written > 0 { out.append(0x2C) }
            written += 1
            JSONValue.newline(&out, indent: indent, level: level + 2)
            ReportJSON.item(reportItem, extras: extras).write(to: &out, indent: indent, level: level + 2)
            guard out.count >= pieceBytes else { return nil }
            defer { out.removeAll(keepingCapacity: true) }
            return out
        }

        /// Closes the items and the report; returns the last piece.
        public mutating func finish() -> [UInt8] {
            if written > 0 { JSONValue.newline(&out, indent: indent, level: level + 1) }
            out.append(0x5D)
            JSONValue.newline(&out, indent: indent, level: level)
            out.append(0x7D)
            defer { out = [] }
            return out
        }
    }

    fileprivate static func member(_ key: String, _ out: inout [UInt8], indent: Int, level: Int) {
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
