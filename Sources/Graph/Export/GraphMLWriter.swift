import Entities

/// Writes a ``PartnershipGraph`` as GraphML 1.0, for Gephi, yEd, Cytoscape and networkx.
///
/// One flat undirected graph (edges keep source = the Smolensk-region body, target = its counterpart).
/// The keys come from ``GraphMLKeys`` and are declared in its fixed order; each node and edge writes its
/// data in that order and leaves out a data element whose value is missing (country, parent, first, last).
/// Booleans are `true`/`false`, `events` an `int`, dates ISO strings. The evidence of an edge is flattened
/// into one string: compact JSON text, the same array as the JSON export's `evidence`
/// (`[{"source":…,"item":…,"dates":…,"relation":…,"quote":…}]`), so it stays lossless and machine-readable.
///
/// Text is UTF-8 and XML-escaped (see ``XMLEscaping``); control characters, which abort Gephi's import,
/// are removed from labels and other data (inside the evidence JSON they survive as `\u0001` escapes).
/// A header comment says what the file does not use: nested graphs, hyperedges, ports, key defaults and
/// yFiles graphics. Node ids are the entity ids; edge ids are `e0`, `e1`, … in edge order.
///
/// ```swift
/// let text = GraphMLWriter().write(graph)
/// // The tests read it back (their GraphMLReader) and compare: the same nodes, edges and typed data.
/// ```
public struct GraphMLWriter: Sendable {
    public init() {}

    /// The graph as a GraphML document (UTF-8 text with a trailing newline). The same graph always gives
    /// the same bytes.
    /// - Complexity: O(n + e + v) for n nodes, e edges and v pieces of evidence (plus the text's length).
    public func write(_ graph: PartnershipGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Writes the graph as GraphML to `out`, as it goes.
    public func write<Out: DocumentSink>(_ graph: PartnershipGraph, to out: inout Out) {
        out += #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += """
        <!-- linkgraph partnership graph: \(graph.nodes.count) nodes, \(graph.edges.count) edges.
             Plain GraphML 1.0: one flat undirected graph; no nested graphs, hyperedges, ports, key defaults or
             yFiles graphics (in yEd, map the "label" key to node labels with Edit > Properties Mapper).
             A missing value has no data element. Edge "evidence" is flattened to JSON text:
             [{"source","item","dates","relation","quote"}, ...], as in the JSON export.
             Control characters are removed from all text: XML 1.0 cannot carry them. -->

        """
        out += #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
            + #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
            + "\n"
        for key in GraphMLKeys.all {
            out += "  <key id=\"\(XMLEscaping.attribute(key.id))\" for=\"\(key.domain.rawValue)\""
                + " attr.name=\"\(XMLEscaping.attribute(key.name))\" attr.type=\"\(key.type.rawValue)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"undirected\">\n"
        for node in graph.nodes {
            out += "    <node id=\"\(XMLEscaping.attribute(node.id))\">\n"
            GraphMLWriter.writeData(GraphMLWriter.data(for: node), to: &out)
            out += "    </node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(XMLEscaping.attribute(edge.source))\""
                + " target=\"\(XMLEscaping.attribute(edge.target))\">\n"
            GraphMLWriter.writeData(GraphMLWriter.data(for: edge), to: &out)
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
    }

    /// A node's data in key order, missing values left out.
    /// - Complexity: O(1).
    public static func data(for node: GraphNode) -> [(GraphMLKeys.Key, GraphMLKeys.Value)] {
        var data: [(GraphMLKeys.Key, GraphMLKeys.Value)] = [
            (GraphMLKeys.label, .string(node.name)),
            (GraphMLKeys.kind, .string(node.kind.rawValue)),
        ]
        if let country = node.country { data.append((GraphMLKeys.country, .string(country))) }
        if let parent = node.parent { data.append((GraphMLKeys.parent, .string(parent))) }
        data.append((GraphMLKeys.known, .boolean(node.known)))
        data.append((GraphMLKeys.smolensk, .boolean(node.smolensk)))
        return data
    }

    /// An edge's data in key order, missing values left out; the evidence as compact JSON text.
    /// - Complexity: O(v log v) for v pieces of evidence (plus the text's length).
    public static func data(for edge: GraphEdge) -> [(GraphMLKeys.Key, GraphMLKeys.Value)] {
        var data: [(GraphMLKeys.Key, GraphMLKeys.Value)] = [
            (GraphMLKeys.relations, .string(edge.relations.map(\.rawValue).joined(separator: ","))),
            (GraphMLKeys.events, .int(edge.events)),
        ]
        if let first = edge.first { data.append((GraphMLKeys.first, .string(first.iso))) }
        if let last = edge.last { data.append((GraphMLKeys.last, .string(last.iso))) }
        data.append((GraphMLKeys.evidence, .string(GraphJSONWriter.evidence(edge.evidence).serialized())))
        return data
    }

    private static func writeData<Out: DocumentSink>(_ data: [(GraphMLKeys.Key, GraphMLKeys.Value)], to out: inout Out) {
        for (key, value) in data {
            assert(key.type == value.type, "GraphML key \(key.id) is declared \(key.type), written as \(value.type)")
            out += "      <data key=\"\(XMLEscaping.attribute(key.id))\">\(XMLEscaping.text(value.text))</data>\n"
        }
    }
}
