import Entities

/// Builds the partnership graph from linked reports: for every item, an `event` edge between each
/// Smolensk-side body and each foreign counterpart (``ItemSides``), plus `agreement` and `twinning`
/// edges for the documents and twin ties the text names (``RelationFinder``) — an agreement "между X и
/// Y" ties exactly X and Y, whichever side reported it. Then entities roll up to the chosen
/// ``GraphLevel``.
///
/// ```swift
/// let graph = GraphBuilder(linker: linker, catalog: catalog).build(linkedReports, level: .place)
/// ```
/// - Complexity: O(items · s · f) for s and f entities on the two sides of an item.
public struct GraphBuilder {
    public let linker: Linker
    public let catalog: EntityCatalog

    public init(linker: Linker, catalog: EntityCatalog) {
        self.linker = linker
        self.catalog = catalog
    }

    public func build(_ reports: [LinkedReport], level: GraphLevel = .org) -> PartnershipGraph {
        var edges: [GraphEdge] = []
        var sectionCache: [String: String?] = [:]
        for linked in reports {
            let report = linked.report
            for (item, mentions) in zip(report.items, linked.mentions) {
                var section: String?
                if report.level != .regional, let name = item.section {
                    if let cached = sectionCache[name] { section = cached } else {
                        section = linker.sectionEntity(name)
                        sectionCache[name] = section
                    }
                }
                edges += itemEdges(item, mentions: mentions, section: section, report: report)
            }
        }
        let rolled = edges.compactMap { roll($0, to: level) }
        let ids = Set(rolled.flatMap { [$0.source, $0.target] })
        let nodes = ids.compactMap { catalog.record($0) }
        return PartnershipGraph(nodes: nodes, edges: rolled)
    }

    func itemEdges(_ item: ReportItem, mentions: [Mention], section: String?, report: Report) -> [GraphEdge] {
        let sides = ItemSides.of(mentions, section: section, catalog: catalog)
        let span = item.dates.span
        func evidence(_ relation: Relation, quote: String, date: CalendarDate? = nil) -> Evidence {
            Evidence(source: report.source, item: item.number, dates: item.dates.text, relation: relation, quote: quote,
                     first: span?.first, last: span?.last, documentDate: date, period: report.period, level: report.level)
        }
        var edges: [GraphEdge] = []
        let eventEvidence = evidence(.event, quote: RelationFinder.shorten(item[.name].text))
        for smolensk in sides.smolensk {
            for foreign in sides.foreign {
                edges.append(GraphEdge(source: smolensk, target: foreign, evidence: [eventEvidence]))
            }
        }
        for field in [ItemField.name, .goal, .participants] {
            let fieldMentions = mentions.filter { $0.field == field }
            for finding in RelationFinder.find(in: item[field].text, mentions: fieldMentions) {
                let record = evidence(finding.relation, quote: finding.quote, date: finding.date)
                for (smolensk, foreign) in pairs(for: finding, sides: sides, section: section) {
                    edges.append(GraphEdge(source: smolensk, target: foreign, evidence: [record]))
                }
            }
        }
        return edges
    }

    /// The (Smolensk, foreign) pairs a finding ties.
    func pairs(for finding: RelationFinder.Finding, sides: ItemSides, section: String?) -> [(String, String)] {
        if let twin = finding.twin {
            // A twin is a town, district or body, not a whole country or region ("городов-побратимов Республики Беларусь").
            guard let foreign = catalog.record(bodyFor: twin), let country = foreign.country, country != "RU", !foreign.smolensk,
                  foreign.kind != .country, foreign.kind != .region else { return [] }
            let smolensk = section.map { [$0] } ?? sides.smolensk
            return smolensk.map { ($0, foreign.id) }
        }
        if finding.tiesItemSides {
            return sides.smolensk.flatMap { left in sides.foreign.map { (left, $0) } }
        }
        let clause = ItemSides.of(finding.parties, catalog: catalog)
        let namedSmolensk = finding.parties.contains { catalog.record(bodyFor: $0)?.smolensk == true && $0 != Gazetteer.smolenskRegionID }
        let smolensk = namedSmolensk ? refine(clause.smolensk, with: sides.smolensk) : sides.smolensk
        let foreign = refine(clause.foreign, with: sides.foreign)
        return smolensk.flatMap { left in foreign.map { (left, $0) } }
    }

    /// A clause party that is a place containing some of the item's side entities stands for them
    /// ("между учреждениями … Республики Беларусь" → the Belarusian kindergarten the item names).
    func refine(_ parties: [String], with side: [String]) -> [String] {
        var result: Set<String> = []
        for party in parties {
            let inside = side.filter { catalog.ancestors(of: $0).contains(party) }
            if let record = catalog.record(party), record.kind == .country || record.kind == .region, !inside.isEmpty {
                result.formUnion(inside)
            } else {
                result.insert(party)
            }
        }
        return result.sorted()
    }

    /// The edge with both ends rolled up to `level`.
    func roll(_ edge: GraphEdge, to level: GraphLevel) -> GraphEdge? {
        let source = rolledID(edge.source, level: level, smolensk: true)
        let target = rolledID(edge.target, level: level, smolensk: false)
        guard source != target else { return nil }
        return GraphEdge(source: source, target: target, evidence: edge.evidence)
    }

    func rolledID(_ id: String, level: GraphLevel, smolensk: Bool) -> String {
        switch level {
        case .org:
            return id
        case .place:
            // Only places of its own country: a foreign body seated in Moscow rolls up to its country, not to Moscow.
            let country = catalog.record(id)?.country
            let chain = ([id] + catalog.ancestors(of: id)).filter { catalog.record($0)?.country == country }
            for kinds in [[EntityKind.city, .district], [.region], [.country]] {
                if let found = chain.first(where: { catalog.record($0).map { kinds.contains($0.kind) } ?? false }) { return found }
            }
            return countryID(of: id) ?? id
        case .country:
            if smolensk { return Gazetteer.smolenskRegionID }
            let chain = [id] + catalog.ancestors(of: id)
            return countryID(of: id) ?? chain.first { catalog.record($0)?.kind == .country } ?? catalog.record(id)?.country?.lowercased() ?? id
        }
    }

    /// The country entity of an entity's own country code (which may differ from its parents').
    func countryID(of id: String) -> String? {
        guard let code = catalog.record(id)?.country?.lowercased(), catalog.record(code)?.kind == .country else { return nil }
        return code
    }
}
