/// The `items` of a report as a table for people to read: one block per item, fields labelled.
public enum ItemTable {
    public static func render(_ report: Report) -> String {
        var text = ""
        write(report) { text += $0 }
        return text
    }

    /// Writes what ``render(_:)`` gives in pieces of about a thousand lines handed to `emit`.
    /// - Complexity: O(n) in the size of the output; one piece held at a time.
    public static func write(_ report: Report, emit: (String) throws -> Void) rethrows {
        var lines: [String] = []
        func flush(atLeast count: Int) throws {
            guard lines.count >= count, !lines.isEmpty else { return }
            try emit(TerminalText.lines(lines) + "\n")
            lines.removeAll(keepingCapacity: true)
        }
        lines.append("\(report.source): \(report.title)")
        lines.append("period: \(report.period?.label ?? "unknown")   level: \(report.level?.rawValue ?? "unknown")   items: \(report.items.count)   format: \(report.format)")
        var section: String?
        for item in report.items {
            if item.section != section, let name = item.section {
                lines.append("")
                lines.append("== \(name)")
                section = name
            }
            lines.append("")
            lines.append("\(item.number). \(item[.name].text)")
            lines.append("   place:        \(item[.place].text)")
            let ranges = item.dates.ranges.map { $0.start == $0.end ? $0.start.iso : "\($0.start.iso)…\($0.end.iso)" }
            lines.append("   dates:        \(item.dates.text)  [\(ranges.joined(separator: ", "))]")
            lines.append("   goal:         \(item[.goal].text)")
            lines.append("   participants: \(item[.participants].text)")
            try flush(atLeast: 1000)
        }
        for warning in report.warnings {
            lines.append("warning: \(report.source)\(warning.line.map { ":\($0)" } ?? ""): \(warning.message)")
        }
        try flush(atLeast: 1)
    }
}
