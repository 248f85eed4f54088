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

    /// Links `report` and hands its graph input to `emit` in parts of at most `batch` items, each with
    /// the entities found by shape in its items (see ``Linker/linkItems(_:_:)``): merged in order, the
    /// parts are ``init(linking:linker:)``'s input, and a report's items are never held at once.
    /// - Complexity: O(n) in the size of the report for a fixed gazetteer; O(`batch`) items held.
    public static func linking(_ report: Report, linker: Linker, batch: Int = 256,
                               emit: (ReportGraphInput) throws -> Void) rethrows {
        var part = ReportGraphInput(source: report.source, period: report.period, level: report.level)
        part.items.reserveCapacity(min(batch, report.items.count))
        let rest = try linker.linkItems(report) { _, item, mentions, tokens, section, unknowns in
            part.items.append(ItemGraphInput(item, mentions: mentions, tokens: tokens,
                                             section: ReportGraphInput.section(section, level: report.level), linker: linker))
            guard part.items.count >= batch else { return }
            part.unknowns = unknowns
            unknowns = [:]
            try emit(part)
            part.items.removeAll(keepingCapacity: true)
        }
        part.unknowns = rest
        try emit(part)
    }

    /// Links `report` whole (see ``linking(_:linker:batch:emit:)`` for a report in parts).
    public init(linking report: Report, linker: Linker) {
        var whole = ReportGraphInput(source: report.source, period: report.period, level: report.level)
        ReportGraphInput.linking(report, linker: linker, batch: .max) { whole = $0 }
        self = whole
    }

    private init(source: String, period: ReportPeriod?, level: ReportLevel?) {
        self.source = source
        self.period = period
        self.level = level
        unknowns = [:]
        items = []
    }

    static func section(_ id: String?, level: ReportLevel?) -> String? {
        level == .regional ? nil : id
    }
}
