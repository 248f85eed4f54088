import Entities

/// Builds the partnership graph from linked reports: for every item, an `event` edge between each
/// Smolensk-side body and each foreign counterpart (``ItemSides``), plus `agreement` and `twinning`
/// edges for the documents and twin ties the text names (``RelationFinding``, found by the linker) — an agreement "между X и
/// Y" ties exactly X and Y, whichever side reported it. Then entities roll up to the chosen
/// ``GraphLevel``.
///
/// A run that streams its reports turns each into a ``ReportGraphInput`` as soon as it is linked and
/// hands it to a ``GraphAccumulator``, which turns its items into evidence at once.
///
/// ```swift
/// let graph = GraphBuilder(catalog: catalog).build(linkedReports, level: .place)
/// ```
/// - Complexity: O(items · s · f + v log v) for s and f entities on the two sides of an item and v
///   pieces of evidence.
public struct GraphBuilder {
    public let catalog: EntityCatalog

    public init(catalog: EntityCatalog) {
        self.catalog = catalog
    }

    public func build(_ reports: [LinkedReport], level: GraphLevel = .org) -> PartnershipGraph {
        build(reports.map { ReportGraphInput($0) }, level: level)
    }

    /// The graph of reports already reduced to what it needs; the catalog must hold their unknown entities.
    public func build(_ inputs: [ReportGraphInput], level: GraphLevel = .org) -> PartnershipGraph {
        var accumulator = GraphAccumulator(catalog: catalog, level: level)
        for input in inputs { accumulator.add(input, mergingUnknowns: false) }
        return accumulator.finish()
    }

    /// The (Smolensk, foreign) pairs a piece of evidence ties: every Smolensk entity with every foreign one.
    struct Pairs {
        var smolensk: [String]
        var foreign: [String]

        var isEmpty: Bool { smolensk.isEmpty || foreign.isEmpty }
    }

    /// Calls `edges` with each piece of evidence the item gives and the (Smolensk, foreign) pairs it ties.
    func itemEdges(_ item: ItemGraphInput, report: ReportGraphInput, lookup: CatalogLookup,
                   _ edges: (Evidence, Pairs) -> Void) {
        let sides = ItemSides.of(item.mentions, section: item.section, lookup: lookup)
        func evidence(_ relation: Relation, quote: String, date: CalendarDate? = nil, inForce: Bool = false) -> Evidence {
            Evidence(source: report.source, item: item.number, dates: item.dates, relation: relation, quote: quote,
                     first: item.first, last: item.last, documentDate: date, period: report.period, level: report.level, inForce: inForce)
        }
        let itemPairs = Pairs(smolensk: sides.smolensk, foreign: sides.foreign)
        if !itemPairs.isEmpty { edges(evidence(.event, quote: item.eventQuote), itemPairs) }
        for finding in item.findings {
            let pairs = pairs(for: finding, sides: sides, section: item.section, lookup: lookup, named: item.mentions)
            if !pairs.isEmpty { edges(evidence(Relation(finding.kind), quote: finding.quote, date: finding.date, inForce: finding.inForce), pairs) }
        }
    }

    /// The (Smolensk, foreign) pairs a finding ties.
    func pairs(for finding: RelationFinding, sides: ItemSides, section: String?, lookup: CatalogLookup,
               named: [ItemGraphInput.Named]) -> Pairs {
        if let twin = finding.twin {
            // A twin is a town, district or body, not a whole country or region ("городов-побратимов Республики Беларусь").
            guard let foreign = lookup.record(bodyFor: twin), let country = foreign.country, country != "RU", !foreign.smolensk,
                  foreign.kind != .country, foreign.kind != .region else { return Pairs(smolensk: [], foreign: []) }
            return Pairs(smolensk: section.map { [$0] } ?? sides.smolensk, foreign: [foreign.id])
        }
        if finding.tiesItemSides {
            return Pairs(smolensk: sides.smolensk, foreign: sameLevel(sides.foreign, as: sides.smolensk, named: named, lookup: lookup))
        }
        let clause = ItemSides.of(finding.parties, lookup: lookup)
        let namedSmolensk = finding.parties.contains { lookup.record(bodyFor: $0)?.smolensk == true && $0 != Gazetteer.smolenskRegionID }
        let smolensk = namedSmolensk ? refine(clause.smolensk, with: sides.smolensk, lookup: lookup) : sides.smolensk
        return Pairs(smolensk: smolensk, foreign: refine(clause.foreign, with: sides.foreign, lookup: lookup))
    }

    /// The foreign parties of a document a district signed with the item's foreign side: a town of the
    /// side gives way to its district when the item names that district too — districts sign with
    /// districts ("Делегация Ельнинского района … пгт. Лиозно и Лиозненского района … Подписан договор"
    /// is Yelnya's with the Liozno district, not with the town).
    func sameLevel(_ foreign: [String], as smolensk: [String], named: [ItemGraphInput.Named], lookup: CatalogLookup) -> [String] {
        guard !smolensk.isEmpty, smolensk.allSatisfy({ lookup.record($0)?.kind == .district }),
              foreign.contains(where: { lookup.record($0)?.kind == .city }) else { return foreign }
        let districts = Set(named.map(\.id).filter { lookup.record($0)?.kind == .district })
        var result = OrderedIDs()
        for id in foreign {
            let district = lookup.record(id)?.kind == .city ? lookup.ancestors(of: id).first(where: districts.contains) : nil
            result.insert(district ?? id)
        }
        return result.ids.sorted()
    }

    /// A clause party that is a place containing some of the item's side entities stands for them
    /// ("между учреждениями … Республики Беларусь" → the Belarusian kindergarten the item names).
    func refine(_ parties: [String], with side: [String], lookup: CatalogLookup) -> [String] {
        var result: Set<String> = []
        for party in parties {
            let inside = side.filter { lookup.ancestors(of: $0).contains(party) }
            if let record = lookup.record(party), record.kind == .country || record.kind == .region, !inside.isEmpty {
                result.formUnion(inside)
            } else {
                result.insert(party)
            }
        }
        return result.sorted()
    }

    /// An id rolled up to `level`.
    /// The id `id` rolls up to at `level` (on the Smolensk side when `smolensk`).
    func rolledID(_ id: String, level: GraphLevel, smolensk: Bool) -> String {
        rolledID(id, level: level, smolensk: smolensk, lookup: CatalogLookup(catalog))
    }

    func rolledID(_ id: String, level: GraphLevel, smolensk: Bool, lookup: CatalogLookup) -> String {
        switch level {
        case .org:
            return id
        case .place:
            // Only places of its own country: a foreign body seated in Moscow rolls up to its country, not to Moscow.
            let country = lookup.record(id)?.country
            let chain = ([id] + lookup.ancestors(of: id)).filter { lookup.record($0)?.country == country }
            for kinds in [[EntityKind.city, .district], [.region], [.country]] {
                if let found = chain.first(where: { lookup.record($0).map { kinds.contains($0.kind) } ?? false }) { return found }
            }
            return countryID(of: id, lookup: lookup) ?? id
        case .country:
            if smolensk { return Gazetteer.smolenskRegionID }
            let chain = [id] + lookup.ancestors(of: id)
            return countryID(of: id, lookup: lookup) ?? chain.first { lookup.record($0)?.kind == .country }
                ?? lookup.record(id)?.country?.lowercased() ?? id
        }
    }

    /// The country entity of an entity's own country code (which may differ from its parents').
    func countryID(of id: String, lookup: CatalogLookup) -> String? {
        guard let code = lookup.record(id)?.country?.lowercased(), lookup.record(code)?.kind == .country else { return nil }
        return code
    }
}
