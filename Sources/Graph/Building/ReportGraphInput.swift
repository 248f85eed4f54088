import Entities

/// What the graph needs from one linked report, and nothing more: for every item, the entities it
/// names, its dates and the ties its text states — not the text itself — so that a run can drop each
/// report as soon as it is linked and keep only this.
///
/// ```swift
/// let input = ReportGraphInput(linker.link(report))
/// var catalog = EntityCatalog(gazetteer: gazetteer)
/// catalog.add(input)
/// let graph = GraphBuilder(catalog: catalog).build([input])
/// ```
/// - Complexity: O(n) in the number of items and mentions.
public struct ReportGraphInput: Sendable {
    /// The report as given on the command line.
    public var source: String
    public var period: ReportPeriod?
    public var level: ReportLevel?
    /// Entities found by shape in this report, by id (for the ``EntityCatalog``).
    public var unknowns: [String: UnknownEntity]
    var items: [ItemGraphInput]

    /// The number of items.
    public var itemCount: Int { items.count }

    public init(_ linked: LinkedReport) {
        let report = linked.report
        self.init(source: report.source, period: report.period, level: report.level)
        unknowns = linked.unknowns
        items = zip(report.items, linked.items).map { ItemGraphInput($0, linked: $1, level: report.level) }
    }

    /// An empty part of `report`'s input, to add its items to one at a time (``add(_:linked:)``).
    public init(partOf report: Report) {
        self.init(source: report.source, period: report.period, level: report.level)
    }

    /// Adds an item as the linker found it.
    public mutating func add(_ item: ReportItem, linked: LinkedItem) {
        items.append(ItemGraphInput(item, linked: linked, level: level))
    }

    private init(source: String, period: ReportPeriod?, level: ReportLevel?) {
        self.source = source
        self.period = period
        self.level = level
        unknowns = [:]
        items = []
    }
}
