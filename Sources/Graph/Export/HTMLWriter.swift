import Entities

/// Writes a ``PartnershipGraph`` as one self-contained HTML page that opens from disk with no network:
/// the SVG drawing of ``SVGWriter`` inline, the graph as JSON (``GraphJSONWriter``'s document), what the
/// page's controls need as a second JSON block, and a small hand-written script and style sheet — no
/// library, no external script, font, style or image.
///
/// The page: hover a node or an edge for its name, kind, country, dates and counts; click an edge for
/// its evidence (report, item, dates, relation, quote); filter by relation, report level (municipal,
/// regional) and country; search names in any case and grammatical form ("Витебска" finds "Витебск":
/// the names' stems are worked out here with ``Stemmer`` and the query is stemmed in the page with the
/// same endings); zoom (wheel, buttons) and pan (drag); move a slider over the quarters to see the
/// network as of each quarter's last day — edges not yet reported hidden, dormant ones drawn faded and
/// dotted, as ``GraphTimeline`` (that is, `linkgraph dormant`) judges them.
///
/// `page.html#edge=SOURCE,TARGET` opens with that edge's evidence shown. Opened as `page.html#selftest` the page clicks, slides and searches by itself and writes what it saw
/// as JSON into `<pre id="selftest-result">` (for headless browser tests, `chromium --dump-dom`).
///
/// JSON inside `<script>` has every `<` written as `\u003c`, so no text in the data can end the script
/// or open a comment. The same graph and coverage give the same bytes.
///
/// ```swift
/// let page = HTMLWriter(coverage: coverage).write(graph)
/// ```
public struct HTMLWriter: Sendable {
    /// The quarters and levels the inputs cover: what dormancy is judged against.
    public var coverage: ReportCoverage
    /// The quiet period and minimum events of `linkgraph dormant` (its defaults: 12m, 2).
    public var quiet: String
    public var minimumEvents: Int

    public init(coverage: ReportCoverage, quiet: String = "12m", minimumEvents: Int = 2) {
        self.coverage = coverage
        self.quiet = quiet
        self.minimumEvents = minimumEvents
    }

    /// The page as text, ending with a newline.
    /// - Complexity: O(q · e · v + s · (n + e) log n) for q quarters, the layout's s sweeps, n nodes,
    ///   e edges and v evidence each (plus the text's length).
    public func write(_ graph: PartnershipGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Writes the page to `out` as it goes.
    public func write<Out: DocumentSink>(_ graph: PartnershipGraph, to out: inout Out) {
        let layout = GraphLayout(graph)
        let title = "linkgraph: \(GraphTooltip.count(graph.nodes.count, "node")), \(GraphTooltip.count(graph.edges.count, "edge"))"
        out += "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(XMLEscaping.text(title))</title>\n"
        out += "<style>\n" + HTMLPageStyle.css + "</style>\n"
        out += "<script>\n" + HTMLPageScript.errorTrap + "</script>\n"
        out += "</head>\n<body>\n"
        out += HTMLPageStyle.controls
        out += "<div id=\"main\">\n<div id=\"canvas\">\n"
        SVGWriter(standalone: false).write(graph, layout: layout, to: &out)
        out += "</div>\n<aside id=\"side\"><div id=\"evidence\"><p class=\"hint\">Click an edge for its evidence. "
            + "Hover for names and dates; drag to pan, wheel to zoom.</p></div></aside>\n</div>\n"
        out += "<div id=\"tip\"></div>\n<pre id=\"selftest-result\" hidden></pre>\n"
        out += "<script type=\"application/json\" id=\"graph-data\">"
        HTMLWriter.writeGraphData(graph, to: &out)
        out += "</script>\n<script type=\"application/json\" id=\"view-data\">"
        out += HTMLWriter.scriptSafe(view(graph, layout).utf8())
        out += "</script>\n<script>\n" + HTMLPageScript.main + "</script>\n</body>\n</html>\n"
    }

    /// What the controls need beyond the graph: the quarters and each edge's state in each, the report
    /// levels of each edge, each node's group (country band) and search keys, the groups' titles, the
    /// endings the query is stemmed with.
    /// - Complexity: O(q · e · v + n · k) for names of k characters.
    func view(_ graph: PartnershipGraph, _ layout: GraphLayout) -> JSONValue {
        let timeline = GraphTimeline(graph, coverage: coverage, quiet: QuietPeriod(quiet) ?? QuietPeriod("12m")!,
                                     minimumEvents: minimumEvents)
        let levels: [JSONValue] = graph.edges.map { edge in
            let set = Set(edge.evidence.compactMap(\.level))
            return .string(ReportLevel.allCases.filter(set.contains).map { String($0.rawValue.prefix(1)) }.joined())
        }
        let groups: [JSONValue] = graph.nodes.map { node in
            .string(node.smolensk ? "smolensk" : GraphStyle.countryCode(of: node) ?? "-")
        }
        let titles: [JSONValue] = layout.bands.compactMap { band in
            band.title.map { .array([.string(band.key), .string($0)]) }
        }
        return .object([
            ("quarters", .array(timeline.quarters.map { .string($0.code) })),
            ("ends", .array(timeline.quarters.map { .string($0.end.iso) })),
            ("quiet", .string(quiet)),
            ("coverage", .string(coverage.summary)),
            ("states", .array(timeline.states.map { .string($0) })),
            ("levels", .array(levels)),
            ("groups", .array(groups)),
            ("titles", .array(titles)),
            ("keys", .array(graph.nodes.map { node in .array(SearchKeys.keys(node.name).map { .string($0) }) })),
            ("endings", .array(Stemmer.endingTexts.map { .string($0) })),
        ])
    }

    /// ``GraphJSONWriter/document(_:)`` without indentation, script-safe, a node or an edge at a time: the
    /// same bytes as `scriptSafe(document(graph).utf8())`, without holding the whole document.
    /// - Complexity: O(n + e + v), holding one node or edge's JSON at a time.
    static func writeGraphData<Out: DocumentSink>(_ graph: PartnershipGraph, to out: inout Out) {
        out += "{\"nodes\":["
        for (index, node) in graph.nodes.enumerated() {
            if index > 0 { out += "," }
            out += scriptSafe(GraphJSONWriter.node(node).utf8())
        }
        out += "],\"edges\":["
        for (index, edge) in graph.edges.enumerated() {
            if index > 0 { out += "," }
            out += scriptSafe(GraphJSONWriter.edge(edge).utf8())
        }
        out += "]}"
    }

    /// JSON bytes safe inside `<script>`: every `<` becomes `\u003c` (JSON has `<` only inside strings).
    /// - Complexity: O(b) in the bytes.
    static func scriptSafe(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        for byte in bytes {
            if byte == UInt8(ascii: "<") {
                out.append(contentsOf: Array("\\u003c".utf8))
            } else {
                out.append(byte)
            }
        }
        return out
    }
}
