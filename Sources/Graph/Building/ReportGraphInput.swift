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
        // Section names are looked up by their bytes first (cheap to hash); a spelling not seen yet is
        // looked up as a string, as equal strings may be spelled with different bytes.
        var sections: [String: String?] = [:]
        var sectionsBySpelling: [UTF8Key: String?] = [:]
        items = report.items.indices.map { index in
            let item = report.items[index]
            var section: String?
            if report.level != .regional, let name = item.section {
                let spelling = UTF8Key(name)
                if let known = sectionsBySpelling[spelling] {
                    section = known
                } else {
                    if let known = sections[name] { section = known } else {
                        section = linker.sectionEntity(name)
                        sections[name] = section
                    }
                    sectionsBySpelling[spelling] = section
                }
            }
            return ItemGraphInput(item, mentions: linked.mentions[index], tokens: linked.fieldTokens?[index], section: section, linker: linker)
        }
    }
}

/// One item as the graph builder needs it (see ``ReportGraphInput``).
struct ItemGraphInput: Sendable {
    /// A mention: its entity, and whether it stands in the place column.
    struct Named: Sendable {
        var id: String
        var inPlace: Bool
    }

    var number: Int
    /// The dates column as written, and its first and last day.
    var dates: String
    var first: CalendarDate?
    var last: CalendarDate?
    /// The municipality the item's section names (municipal reports).
    var section: String?
    var mentions: [Named]
    /// The quote for `event` evidence: the item's name, shortened.
    var eventQuote: String
    /// Agreements and twinning stated in the name, goal and participants columns.
    var findings: [RelationFinder.Finding]

    /// Whether every entity id the item's edges can depend on satisfies `test`, asked in this order
    /// without gathering them: its mentions, its section, and the parties and twins of its findings.
    func allReferencedIDs(_ test: (String) -> Bool) -> Bool {
        for mention in mentions where !test(mention.id) { return false }
        if let section, !test(section) { return false }
        for finding in findings {
            for party in finding.parties where !test(party) { return false }
            if let twin = finding.twin, !test(twin) { return false }
        }
        return true
    }

    /// `tokens`: the tokens of the item's linked fields (``Linker/linkedFields`` order), when the linker
    /// kept them; otherwise the fields are tokenized again.
    init(_ item: ReportItem, mentions: [Mention], tokens: [[Token]]?, section: String?, linker: Linker) {
        number = item.number
        dates = item.dates.text
        let span = item.dates.span
        first = span?.first
        last = span?.last
        self.section = section
        self.mentions = mentions.map { Named(id: $0.entityID, inPlace: $0.field == .place) }
        eventQuote = RelationFinder.shorten(item[.name].text)
        var findings: [RelationFinder.Finding] = []
        for field in [ItemField.name, .goal, .participants] {
            let text = item[field].text
            let fieldTokens = tokens.flatMap { tokens in Linker.linkedFields.firstIndex(of: field).map { tokens[$0] } } ?? linker.tokenize(text)
            guard RelationFinder.mayFind(in: fieldTokens) else { continue }
            findings += RelationFinder.find(in: text, tokens: fieldTokens, mentions: mentions.filter { $0.field == field })
        }
        self.findings = findings
    }
}

extension EntityCatalog {
    /// Adds the entities a report found by shape.
    public mutating func add(_ input: ReportGraphInput) {
        add(unknowns: input.unknowns)
    }
}
