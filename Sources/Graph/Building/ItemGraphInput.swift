import Entities

/// One item as the graph builder needs it (see ``ReportGraphInput``).
struct ItemGraphInput: Sendable {
    /// A mention: its entity, whether it stands in the place column, and whether it is written as where
    /// something happens (``Mention/saysWhere``).
    struct Named: Sendable {
        var id: String
        var inPlace: Bool
        var saysWhere = false

        init(id: String, inPlace: Bool, saysWhere: Bool = false) {
            self.id = id
            self.inPlace = inPlace
            self.saysWhere = saysWhere
        }

        init(_ mention: Mention) {
            self.init(id: mention.entityID, inPlace: mention.field == .place, saysWhere: mention.saysWhere)
        }
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
    var findings: [RelationFinding]

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

    /// The item as the linker found it; `level`: a regional report's sections are topics, not municipalities.
    init(_ item: ReportItem, linked: LinkedItem, level: ReportLevel?) {
        number = item.number
        dates = item.dates.text
        let span = item.dates.span
        first = span?.first
        last = span?.last
        section = level == .regional ? nil : linked.section
        mentions = linked.mentions.map(Named.init)
        eventQuote = RelationFinder.shorten(item[.name].text)
        findings = linked.relations
    }
}

extension EntityCatalog {
    /// Adds the entities a report found by shape.
    public mutating func add(_ input: ReportGraphInput) {
        add(unknowns: input.unknowns)
    }
}
