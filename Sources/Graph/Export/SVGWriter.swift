import Entities

/// Writes a ``PartnershipGraph`` as a static SVG picture laid out by ``GraphLayout``, with no Graphviz:
/// for the README, a report or a slide.
///
/// What it draws, in the vocabulary of ``GraphStyle`` (the DOT legend's): the Smolensk side's band on the
/// left and one band per country on the right; each node as its kind's figure and fill, dashed when not
/// in the gazetteer, with its name beside it (names longer than ``labelLength`` characters are cut with
/// "…"); each edge as a curve in its strongest relation's style, as wide as its events; a legend on top.
/// Every node and edge has a `<title>` tooltip (names, kind, country, first and last dates, counts) and a
/// `data-i` attribute with its index in the graph's nodes or edges, which the HTML page uses.
/// Text is UTF-8 (Cyrillic as characters), escaped as XML; the same graph gives the same bytes.
///
/// ```swift
/// let svg = SVGWriter().write(graph)   // open in a browser, Inkscape or a slide
/// ```
public struct SVGWriter: Sendable {
    /// A whole SVG file (XML declaration, namespace); false for an `<svg>` element inside an HTML page.
    public var standalone: Bool

    /// Longest label drawn, in characters (band titles are bold, so shorter).
    public static let labelLength = 33
    public static let titleLength = 29
    /// The legend's height above the layout.
    public static let legendHeight = 64

    public init(standalone: Bool = true) {
        self.standalone = standalone
    }

    /// The graph as SVG text, ending with a newline.
    /// - Complexity: O(s · (n + e) log n + v) for the layout (``GraphLayout``), n nodes, e edges, v evidence.
    public func write(_ graph: PartnershipGraph) -> String {
        var out = ""
        write(graph, layout: GraphLayout(graph), to: &out)
        return out
    }

    /// Writes the graph, laid out by `layout` (made for this graph), to `out`.
    /// - Complexity: O(n + e + v) plus the text's length.
    public func write<Out: DocumentSink>(_ graph: PartnershipGraph, layout: GraphLayout, to out: inout Out) {
        let width = max(layout.width, 760), height = layout.height + SVGWriter.legendHeight
        if standalone { out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }
        out += "<svg" + (standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : " id=\"graph\"")
        out += " width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""
        out += " font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" font-size=\"11\">\n"
        out += "<title>linkgraph partnership graph: \(GraphTooltip.count(graph.nodes.count, "node")), "
            + "\(GraphTooltip.count(graph.edges.count, "edge"))</title>\n"
        out += "<g id=\"viewport\">\n"
        out += "<rect class=\"background\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        writeLegend(to: &out)
        out += "<g transform=\"translate(0,\(SVGWriter.legendHeight))\">\n"
        writeBands(layout, to: &out)
        writeEdges(graph, layout, to: &out)
        writeNodes(graph, layout, to: &out)
        out += "</g>\n</g>\n</svg>\n"
    }

    // MARK: Parts

    func writeBands<Out: DocumentSink>(_ layout: GraphLayout, to out: inout Out) {
        out += "<g class=\"bands\">\n"
        for band in layout.bands {
            let smolensk = band.key == "smolensk"
            let paint = smolensk ? "fill=\"\(GraphStyle.smolenskFill)\" stroke=\"\(GraphStyle.smolenskBorder)\""
                : "fill=\"#fbfcfc\" stroke=\"\(GraphStyle.countryBorder)\""
            out += "<g class=\"band\" data-key=\"\(XMLEscaping.attribute(band.key))\">"
            out += "<rect x=\"\(band.x)\" y=\"\(band.y)\" width=\"\(band.width)\" height=\"\(band.height)\" rx=\"6\" \(paint)/>"
            if let title = band.title {
                let textX = smolensk ? band.x + band.width - 10 : band.x + 8
                out += "<text x=\"\(textX)\" y=\"\(band.y + 16)\" font-weight=\"bold\" \(SVGWriter.halo)\(smolensk ? " text-anchor=\"end\"" : "")>"
                    + XMLEscaping.text(SVGWriter.label(title, length: SVGWriter.titleLength)) + "</text>"
            }
            out += "</g>\n"
        }
        out += "</g>\n"
    }

    func writeEdges<Out: DocumentSink>(_ graph: PartnershipGraph, _ layout: GraphLayout, to out: inout Out) {
        var index: [String: Int] = [:]
        for (position, node) in graph.nodes.enumerated() { index[node.id] = position }
        out += "<g class=\"edges\" fill=\"none\">\n"
        for (number, edge) in graph.edges.enumerated() {
            guard let source = index[edge.source], let target = index[edge.target] else { continue }
            let path = SVGWriter.curve(from: (layout.x[source], layout.y[source]), to: (layout.x[target], layout.y[target]))
            let relation = edge.relations.first ?? .event
            let tooltip = GraphTooltip.edge(edge, sourceName: graph.nodes[source].name, targetName: graph.nodes[target].name)
            out += "<g class=\"edge \(relation.rawValue)\" data-i=\"\(number)\"><title>\(XMLEscaping.text(tooltip))</title>"
            out += "<path class=\"hit\" d=\"\(path)\" stroke=\"#000000\" stroke-opacity=\"0\" stroke-width=\"9\"/>"
            out += SVGWriter.line(relation, width: GraphStyle.width(relation, events: edge.events), path: path)
            out += "</g>\n"
        }
        out += "</g>\n"
    }

    func writeNodes<Out: DocumentSink>(_ graph: PartnershipGraph, _ layout: GraphLayout, to out: inout Out) {
        let activity = SVGWriter.activity(graph)
        out += "<g class=\"nodes\">\n"
        for (number, node) in graph.nodes.enumerated() {
            let x = layout.x[number], y = layout.y[number], left = layout.labelLeft[number]
            let (ties, events, first, last) = activity[number]
            let tooltip = GraphTooltip.node(node) + "\n" + GraphTooltip.count(ties, "tie") + ", "
                + GraphTooltip.count(events, "event") + ", " + GraphTooltip.span(first, last)
            out += "<g class=\"node \(node.kind.rawValue)\" data-i=\"\(number)\"><title>\(XMLEscaping.text(tooltip))</title>"
            out += SVGShapes.figure(node.kind, x: x, y: y, paint: SVGShapes.paint(node.kind, known: node.known))
            out += "<text x=\"\(left ? x - 14 : x + 14)\" y=\"\(y + 4)\" \(SVGWriter.halo)\(left ? " text-anchor=\"end\"" : "")>"
                + XMLEscaping.text(SVGWriter.label(node.name.isEmpty ? node.id : node.name)) + "</text></g>\n"
        }
        out += "</g>\n"
    }

    /// One row of kinds and one of relations, as the DOT legend shows them.
    func writeLegend<Out: DocumentSink>(to out: inout Out) {
        out += "<g class=\"legend\" font-size=\"10\">\n"
        var x = GraphLayout.margin + 12
        for kind in EntityKind.allCases {
            out += SVGShapes.figure(kind, x: x, y: 18, paint: SVGShapes.paint(kind, known: true))
            out += "<text x=\"\(x + 15)\" y=\"22\">\(kind.rawValue)</text>\n"
            x += 95
        }
        out += SVGShapes.figure(.org, x: x, y: 18, paint: SVGShapes.paint(.org, known: false))
        out += "<text x=\"\(x + 15)\" y=\"22\">not in the gazetteer</text>\n"
        x = GraphLayout.margin
        var samples: [(String, Relation, Int)] = Relation.allCases.map { ($0.rawValue, $0, 1) }
        samples.append(("wider: more events (8)", .event, 8))
        for (name, relation, events) in samples {
            out += SVGWriter.line(relation, width: GraphStyle.width(relation, events: events), path: "M\(x) 44 H\(x + 40)")
            out += "<text x=\"\(x + 46)\" y=\"48\">\(XMLEscaping.text(name))</text>\n"
            x += name.count * 6 + 70
        }
        if !standalone {
            out += "<path d=\"M\(x) 44 H\(x + 40)\" class=\"dormant-sample\" stroke=\"\(GraphStyle.colour(.agreement))\" "
                + "stroke-width=\"2\" stroke-dasharray=\"2 3\" opacity=\"0.5\"/>"
            out += "<text x=\"\(x + 46)\" y=\"48\">dormant (as the linkgraph dormant command judges)</text>\n"
        }
        out += "</g>\n"
    }

    // MARK: Pieces

    /// A white outline under a label's letters, so that edges passing behind it do not hide it.
    static let halo = "stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""

    /// A horizontal S-curve from a node's right to another's left (or back).
    static func curve(from start: (Int, Int), to end: (Int, Int)) -> String {
        let direction = end.0 >= start.0 ? 1 : -1
        let x1 = start.0 + 10 * direction, x2 = end.0 - 10 * direction
        let bend = max(30, abs(x2 - x1) / 2) * direction
        return "M\(x1) \(start.1) C\(x1 + bend) \(start.1) \(x2 - bend) \(end.1) \(x2) \(end.1)"
    }

    /// The visible line of an edge: solid, dashed, or (twinning) two lines: a wide one with a white middle.
    static func line(_ relation: Relation, width: Double, path: String) -> String {
        let colour = GraphStyle.colour(relation)
        if GraphStyle.isDouble(relation) {
            return "<path class=\"line\" d=\"\(path)\" stroke=\"\(colour)\" stroke-width=\"\(GraphStyle.decimal(width * 2 + 1))\"/>"
                + "<path class=\"inner\" d=\"\(path)\" stroke=\"#ffffff\" stroke-width=\"\(GraphStyle.decimal(width))\"/>"
        }
        let dashes = GraphStyle.isDashed(relation) ? " stroke-dasharray=\"6 3\"" : ""
        return "<path class=\"line\" d=\"\(path)\" stroke=\"\(colour)\" stroke-width=\"\(GraphStyle.decimal(width))\"\(dashes)/>"
    }

    /// A name cut to `length` characters (Unicode scalars), with "…" when cut.
    static func label(_ name: String, length: Int = labelLength) -> String {
        let scalars = name.unicodeScalars
        guard scalars.count > length else { return name }
        var cut = String.UnicodeScalarView(scalars.prefix(length - 1))
        while let last = cut.last, last == " " { cut.removeLast() }
        return String(cut) + "…"
    }

    /// Per node: its number of ties, the sum of their events, the first and last date.
    /// - Complexity: O(n + e).
    static func activity(_ graph: PartnershipGraph) -> [(Int, Int, CalendarDate?, CalendarDate?)] {
        var index: [String: Int] = [:]
        for (position, node) in graph.nodes.enumerated() { index[node.id] = position }
        var result = [(Int, Int, CalendarDate?, CalendarDate?)](repeating: (0, 0, nil, nil), count: graph.nodes.count)
        for edge in graph.edges {
            for id in [edge.source, edge.target] {
                guard let position = index[id] else { continue }
                var entry = result[position]
                entry.0 += 1
                entry.1 += edge.events
                if let first = edge.first, entry.2.map({ first < $0 }) ?? true { entry.2 = first }
                if let last = edge.last, entry.3.map({ last > $0 }) ?? true { entry.3 = last }
                result[position] = entry
            }
        }
        return result
    }
}
