import Entities

/// The graph export formats, by the name users give on the command line.
///
/// ```swift
/// let format = GraphFormat(rawValue: "gexf")!
/// let text = format.render(graph)   // the same as GEXFWriter().write(graph)
/// ```
public enum GraphFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT, for `dot`, `neato` and `sfdp` (``DOTWriter``).
    case dot
    /// GraphML, for Gephi, yEd, Cytoscape and networkx (``GraphMLWriter``).
    case graphml
    /// Dynamic GEXF 1.3, for Gephi's timeline (``GEXFWriter``).
    case gexf
    /// JSON, for scripts (``GraphJSONWriter``).
    case json
    /// One self-contained interactive HTML page (``HTMLWriter``).
    case html
    /// A static SVG picture laid out by linkgraph itself (``SVGWriter``).
    case svg

    /// The usual file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The graph in this format, as UTF-8 text ending with a newline; the same graph gives the same text.
    /// - Complexity: that of the format's writer, O(n log n + e + v) at most for n nodes, e edges and
    ///   v pieces of evidence.
    public func render(_ graph: PartnershipGraph) -> String {
        var out = ""
        render(graph, to: &out)
        return out
    }

    /// Writes the graph in this format to `out`, as it goes (the same bytes as ``render(_:)``).
    public func render<Out: DocumentSink>(_ graph: PartnershipGraph, to out: inout Out) {
        render(graph, coverage: nil, to: &out)
    }

    /// Writes the graph in this format to `out`; `coverage` (the quarters the inputs cover) is what the
    /// HTML page's time slider judges dormancy against, as `linkgraph dormant` does.
    public func render<Out: DocumentSink>(_ graph: PartnershipGraph, coverage: ReportCoverage?, to out: inout Out) {
        switch self {
        case .dot: DOTWriter().write(graph, to: &out)
        case .graphml: GraphMLWriter().write(graph, to: &out)
        case .gexf: GEXFWriter().write(graph, to: &out)
        case .json: GraphJSONWriter().write(graph, to: &out)
        case .html: HTMLWriter(coverage: coverage ?? ReportCoverage(reports: [])).write(graph, to: &out)
        case .svg: SVGWriter().write(graph, layout: GraphLayout(graph), to: &out)
        }
    }
}
