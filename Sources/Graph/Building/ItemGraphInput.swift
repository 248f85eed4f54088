import Entities

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
