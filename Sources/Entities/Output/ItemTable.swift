/// The `items` of a report as a table for people to read: one block per item, fields labelled.
public enum ItemTable {
    public static func render(_ report: Report) -> String {
        var lines: [String] = []
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
        }
        for warning in report.warnings {
            lines.append("warning: \(report.source)\(warning.line.map { ":\($0)" } ?? ""): \(warning.message)")
        }
        return TerminalText.lines(lines) + "\n"
    }
}
