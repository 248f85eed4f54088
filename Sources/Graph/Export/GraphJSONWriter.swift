import Entities

/// Writes a ``PartnershipGraph`` as JSON, for scripts and web viewers.
///
/// The document is, with keys in exactly this order (a contract with users' scripts):
///
/// ```json
/// {"nodes": [{"id", "name", "kind", "country", "parent", "known", "smolensk"}],
///  "edges": [{"source", "target", "relations": [...], "events", "first", "last",
///             "evidence": [{"source", "item", "dates", "relation", "quote", "in_force" (only when true)}]}]}
/// ```
///
/// `country`, `parent`, `first` and `last` are `null` when missing; dates are ISO `YYYY-MM-DD`. Nodes come
/// in id order, edges in source-then-target order, evidence in ``Evidence`` order, so the same graph always
/// gives the same bytes. Text is UTF-8; quotes, backslashes and control characters are escaped.
///
/// ```swift
/// let text = GraphJSONWriter().write(graph)   // pretty-printed, 2 spaces, ends with a newline
/// ```
public struct GraphJSONWriter: Sendable {
    public init() {}

    /// The graph as JSON text, indented by 2 spaces, with a trailing newline.
    /// - Complexity: O(n + e + v) for n nodes, e edges and v pieces of evidence (plus the text's length).
    public func write(_ graph: PartnershipGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Writes the graph as JSON to `out`, a node or an edge at a time (the same bytes as ``write(_:)``).
    /// - Complexity: O(n + e + v).
    public func write<Out: DocumentSink>(_ graph: PartnershipGraph, to out: inout Out) {
        var stream = JSONDocumentStream()
        out += stream.begin() + stream.beginArray("nodes")
        for node in graph.nodes { out += stream.element(GraphJSONWriter.node(node)) }
        out += stream.endArray() + stream.beginArray("edges")
        for edge in graph.edges { out += stream.element(GraphJSONWriter.edge(edge)) }
        out += stream.endArray() + stream.end()
    }

    /// The graph as a JSON value (what ``write(_:)`` serializes).
    /// - Complexity: O(n + e + v).
    public func document(_ graph: PartnershipGraph) -> JSONValue {
        .object([
            ("nodes", .array(graph.nodes.map(GraphJSONWriter.node))),
            ("edges", .array(graph.edges.map(GraphJSONWriter.edge))),
        ])
    }

    /// A node as `extract` writes an entity.
    static func node(_ node: GraphNode) -> JSONValue { ExtractJSON.entity(node) }

    static func edge(_ edge: GraphEdge) -> JSONValue {
        .object([
            ("source", .string(edge.source)),
            ("target", .string(edge.target)),
            ("relations", .array(edge.relations.map { .string($0.rawValue) })),
            ("events", .int(edge.events)),
            ("first", .optional(edge.first?.iso)),
            ("last", .optional(edge.last?.iso)),
            ("evidence", evidence(edge.evidence)),
        ])
    }

    /// The evidence array; GraphML carries the same text, compact, in its `evidence` data. An agreement
    /// in force that the item carries out, not one signed in it, has `"in_force": true` last.
    static func evidence(_ evidence: [Evidence]) -> JSONValue {
        .array(evidence.map { piece in
            var members: [(String, JSONValue)] = [
                ("source", .string(piece.source)),
                ("item", .int(piece.item)),
                ("dates", .string(piece.dates)),
                ("relation", .string(piece.relation.rawValue)),
                ("quote", .string(piece.quote)),
            ]
            if piece.inForce { members.append(("in_force", .bool(true))) }
            return .object(members)
        })
    }
}
