import Entities

/// What the graph needs from one linked report, and nothing more: for every item, the entities it
/// names, its dates and the ties its text states — not the text itself — so that a run can drop each
/// report as soon as it is linked and keep only this.
///
/// ```swift
/// let input = ReportGraphInput(linker.link(report), linker: linker)   // tokenizes the fields again
/// let kept = ReportGraphInput(linker.link(report, keepingTokens: true), linker: linker)
/// var catalog = EntityCatalog(gazetteer: gazetteer)
/// catalog.add(input)
/// let graph = GraphBuilder(linker: linker, catalog: catalog).build([input])
/// ```
/// - Complexity: O(n) in the size of the report (its text is tokenized again to find agreements).
public struct ReportGraphInput: Sendable {
    /// The report as given on the command line.
    public var source: String
    public var period: ReportPeriod?
    public var level: ReportLevel?
    /// Entities found by shape in this report, by id (for the ``EntityCatalog``).
    public internal(set) var unknowns: [String: UnknownEntity]
    var items: [ItemGraphInput]

    /// The number of items.
    public var itemCount: Int { items.count }

    public init(_ linked: LinkedReport, linker: Linker) {
        let report = linked.report
        source = report.source
        period = report.period
        level = report.level
        unknowns = linked.unknowns
        let level = report.level
        items = report.items.indices.map { index in
            ItemGraphInput(report.items[index], mentions: linked.mentions[index], tokens: linked.fieldTokens?[index],
                           section: ReportGraphInput.section(index < linked.sections.count ? linked.sections[index] : nil, level: level),
                           linker: linker)
        }
    }

    /// Links `report` and reduces it item by item, so that only one item's tokens are held at a time:
    /// the same as `ReportGraphInput(linker.link(report, keepingTokens: true), linker: linker)`, in far
    /// less memory for a large report.
    /// - Complexity: O(n) in the size of the report for a fixed gazetteer.
    public init(linking report: Report, linker: Linker) {
        source = report.source
        period = report.period
        level = report.level
        let level = report.level
        var items: [ItemGraphInput] = []
        items.reserveCapacity(report.items.count)
        unknowns = linker.linkItems(report) { _, item, mentions, tokens, section in
            items.append(ItemGraphInput(item, mentions: mentions, tokens: tokens,
                                        section: ReportGraphInput.section(section, level: level), linker: linker))
        }
        self.items = items
    }

    /// The municipality the linker found for an item's section, as the item's Smolensk side: in a report
    /// that is not regional (a regional report's sections are fields of cooperation).
    static func section(_ id: String?, level: ReportLevel?) -> String? {
        level == .regional ? nil : id
    }
}
