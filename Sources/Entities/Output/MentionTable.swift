/// The mentions of linked reports as a table for people to read: per item, each mention with its
/// field, the entity it was linked to, and whether the gazetteer knows it.
///
/// The names shown for entities found by shape depend on every report of the run, so a streaming run
/// keeps each report's ``Mentions`` (not its text) and renders the table at the end.
public enum MentionTable {
    /// What the table shows of one report.
    public struct Mentions: Sendable {
        var source: String
        /// Per item: its number and the start of its name, and its mentions.
        var items: [(number: Int, name: Substring, mentions: [Mention])]

        public init(_ linked: LinkedReport) {
            source = linked.report.source
            items = zip(linked.report.items, linked.mentions).map { item, mentions in
                (item.number, Substring(String(item[.name].text.prefix(90))), mentions)
            }
        }
    }

    public static func render(_ reports: [LinkedReport], catalog: EntityCatalog) -> String {
        render(reports.map(Mentions.init), catalog: catalog)
    }

    public static func render(_ reports: [Mentions], catalog: EntityCatalog) -> String {
        var lines: [String] = []
        for report in reports {
            lines.append("\(report.source): \(report.items.count) items")
            for item in report.items {
                lines.append("")
                lines.append("\(item.number). \(item.name)")
                for mention in item.mentions {
                    let record = catalog.record(mention.entityID)
                    let known = record?.known == true ? " " : "?"
                    let field = mention.field.key.padding(toLength: 12, withPad: " ", startingAt: 0)
                    let name = record.map { "\($0.name) [\($0.kind.rawValue), \($0.country ?? "--")]" } ?? ""
                    lines.append("  \(known) \(field) \(mention.text)  →  \(mention.entityID)  \(name)")
                }
            }
            lines.append("")
        }
        lines.append("? = not in the gazetteer (recognized by shape)")
        return TerminalText.lines(lines) + "\n"
    }
}
