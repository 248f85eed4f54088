/// The mentions of linked reports as a table for people to read: per item, each mention with its
/// field, the entity it was linked to, and whether the gazetteer knows it.
public enum MentionTable {
    public static func render(_ reports: [LinkedReport], catalog: EntityCatalog) -> String {
        var lines: [String] = []
        for linked in reports {
            lines.append("\(linked.report.source): \(linked.report.items.count) items")
            for (item, mentions) in zip(linked.report.items, linked.mentions) {
                lines.append("")
                lines.append("\(item.number). \(item[.name].text.prefix(90))")
                for mention in mentions {
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
        return lines.joined(separator: "\n") + "\n"
    }
}
