import Entities
import Graph

/// Graphs built by hand for the exporter tests (the graph builder is not used: the writers are tested
/// against the model alone).
enum GraphFixtures {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func evidence(_ source: String = "smolensk-municipal-2023-q4.txt", item: Int, _ relation: Relation,
                         _ first: String?, _ last: String? = nil, dates: String = "", quote: String = "цитата") -> Evidence {
        let firstDate = first.map(date)
        let lastDate = (last ?? first).map(date)
        return Evidence(source: source, item: item, dates: dates, relation: relation, quote: quote,
                        first: firstDate, last: lastDate, period: firstDate.map(ReportPeriod.init(containing:)),
                        level: nil)
    }

    static let smolensk = GraphNode(id: "ru-smolensk", name: "Смоленск", kind: .city, country: "RU",
                                    parent: "ru-smolensk-region", known: true, smolensk: true)
    static let administration = GraphNode(id: "ru-smolensk-administration", name: "Администрация города Смоленска",
                                          kind: .org, country: "RU", parent: "ru-smolensk", known: true, smolensk: true)
    static let vitebsk = GraphNode(id: "by-vitebsk", name: "Витебск", kind: .city, country: "BY",
                                   parent: "by-vitebsk-region", known: true, smolensk: false)
    static let committee = GraphNode(id: "by-vitebsk-executive-committee", name: "Витебский городской исполнительный комитет",
                                     kind: .org, country: "BY", parent: "by-vitebsk", known: true, smolensk: false)
    static let belarus = GraphNode(id: "by", name: "Беларусь", kind: .country, country: "BY", parent: nil,
                                   known: true, smolensk: false)
    static let china = GraphNode(id: "cn", name: "Китай", kind: .country, country: "CN", parent: nil,
                                 known: true, smolensk: false)
    /// Found in a report, not in the gazetteer; no country known.
    static let unknown = GraphNode(id: "x-vityaz", name: "ООО «Витязь»", kind: .org, country: nil, parent: nil,
                                   known: false, smolensk: false)
    static let governor = GraphNode(id: "person-ivanov-ii", name: "Иванов И.И.", kind: .person, country: "BY",
                                    parent: "by-vitebsk-executive-committee", known: true, smolensk: false)

    static let nodes = [smolensk, administration, vitebsk, committee, belarus, china, unknown, governor]

    /// Administration — executive committee: an agreement and events over two years.
    static let partnership = GraphEdge(source: administration.id, target: committee.id, evidence: [
        evidence(item: 3, .agreement, "2023-10-05", dates: "5 октября 2023 г.", quote: "подписано соглашение о сотрудничестве"),
        evidence(item: 7, .event, "2023-10-04", "2023-10-06", dates: "4-6 октября 2023 г.", quote: "визит делегации"),
        evidence("smolensk-municipal-2024-q4.txt", item: 2, .event, "2024-11-01", "2024-11-03", quote: "рабочая встреча"),
        evidence("smolensk-municipal-2025-q1.txt", item: 9, .event, "2025-02-10", quote: "онлайн-совещание"),
    ])
    /// The twin cities: twinning without a date, and one event.
    static let twins = GraphEdge(source: smolensk.id, target: vitebsk.id, evidence: [
        evidence(item: 1, .twinning, nil, dates: "", quote: "город-побратим"),
        evidence(item: 4, .event, "2023-11-02", dates: "2 ноября 2023 г.", quote: "Дни Витебска в Смоленске"),
    ])
    /// An edge without dates, to an unknown body.
    static let undated = GraphEdge(source: administration.id, target: unknown.id, evidence: [
        evidence(item: 5, .event, nil, dates: "в течение квартала", quote: "переговоры"),
    ])
    static let country = GraphEdge(source: administration.id, target: belarus.id, evidence: [
        evidence("smolensk-regional-2025-q2.txt", item: 1, .event, "2025-05-20", quote: "форум регионов"),
    ])
    static let person = GraphEdge(source: administration.id, target: governor.id, evidence: [
        evidence(item: 8, .event, "2023-12-01", quote: "встреча с председателем"),
    ])

    static let edges = [partnership, twins, undated, country, person]

    /// The sample graph; China is kept as an isolated node.
    static var sample: PartnershipGraph { PartnershipGraph(nodes: nodes, edges: edges, keepIsolated: true) }

    /// The same graph built from reversed and rotated lists, with one edge split in two.
    static var shuffled: PartnershipGraph {
        var splitEdges = Array(edges.reversed().dropLast())
        let halves = partnership.evidence.count / 2
        splitEdges.insert(GraphEdge(source: partnership.source, target: partnership.target,
                                    evidence: Array(partnership.evidence.prefix(halves))), at: 1)
        splitEdges.append(GraphEdge(source: partnership.source, target: partnership.target,
                                    evidence: Array(partnership.evidence.suffix(from: halves).reversed())))
        let rotated = Array(nodes[3...] + nodes[..<3]).reversed()
        return PartnershipGraph(nodes: Array(rotated), edges: splitEdges, keepIsolated: true)
    }

    static let empty = PartnershipGraph(nodes: [], edges: [])

    // MARK: Hostile text

    /// A control character: removed by the XML formats, escaped by JSON, shown as ␇ by DOT.
    static let bell = "\u{07}"

    /// Names that try to break out of quoting in every format.
    static let hostileNames: [String] = [
        #"Quote " and backslash \ and \n literally, ending in \"#,
        "<b>bold</b> & &amp; 'single' \"double\"",
        "line one\nline two\r\nline three",
        #""]; node [shape=box]; x [label=""#,
        "a --> b -- c; }",
        #"</data></node><node id="evil"><data key="label">"#,
        "]]> <![CDATA[ x ]]> <!-- comment -->",
        "tab\there",
        "emoji 🙂🇧🇾 and Смоленск, ёлка",
        "bell\(bell)control",
        "  leading and trailing spaces  ",
        "entity &#1; &lt; text",
    ]

    /// Ids that need quoting but carry no control characters (XML would drop those).
    static let hostileIDs: [String] = [
        #"id "quoted" \ back"#, "id -- edge --> op", #"id "]; node ["#, "id <tag> & amp", "id Смоленск 🙂", "id\nnewline",
        "id\ttab", "id 'single'", "id ]]>", "id </data>", "id  two  spaces", "id &amp;",
    ]

    /// A graph whose every node has a hostile name (and, but for the Smolensk one, a hostile id); the
    /// evidence carries hostile sources and quotes.
    static var hostile: PartnershipGraph {
        let center = GraphNode(id: "ru-smolensk", name: hostileNames[0], kind: .city, country: "RU",
                               parent: "ru-smolensk-region", known: true, smolensk: true)
        var nodes = [center]
        var edges: [GraphEdge] = []
        for (index, name) in hostileNames.enumerated().dropFirst() {
            let kind = EntityKind.allCases[index % EntityKind.allCases.count]
            let node = GraphNode(id: hostileIDs[index], name: name, kind: kind, country: index % 3 == 0 ? nil : "B\"Y",
                                 parent: index % 2 == 0 ? nil : "parent <\(index)> & \"p\"", known: index % 2 == 0,
                                 smolensk: false)
            nodes.append(node)
            edges.append(GraphEdge(source: center.id, target: node.id, evidence: [
                evidence(hostileIDs[index], item: index, Relation.allCases[index % 3], index % 4 == 0 ? nil : "2024-0\(index % 9 + 1)-15",
                         dates: name, quote: "quote: " + name),
            ]))
        }
        return PartnershipGraph(nodes: nodes, edges: edges, keepIsolated: true)
    }
}
