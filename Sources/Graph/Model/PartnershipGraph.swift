import Entities

/// The partnership graph: nodes sorted by id, edges sorted by source then target. Every exporter and
/// analysis reads this one type.
public struct PartnershipGraph: Sendable {
    public private(set) var nodes: [GraphNode]
    public private(set) var edges: [GraphEdge]

    /// Builds the graph from nodes and edges in any order; duplicate edges are merged, nodes without
    /// edges are kept only if `keepIsolated`.
    public init(nodes: [GraphNode], edges: [GraphEdge], keepIsolated: Bool = false) {
        var merged: [String: GraphEdge] = [:]
        for edge in edges {
            let key = "\(edge.source)\u{0}\(edge.target)"
            if let existing = merged[key] {
                merged[key] = GraphEdge(source: edge.source, target: edge.target, evidence: existing.evidence + edge.evidence)
            } else {
                merged[key] = edge
            }
        }
        self.edges = merged.values.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        let used = Set(self.edges.flatMap { [$0.source, $0.target] })
        var byID: [String: GraphNode] = [:]
        for node in nodes where keepIsolated || used.contains(node.id) { byID[node.id] = node }
        self.nodes = byID.values.sorted { $0.id < $1.id }
    }

    public func node(_ id: String) -> GraphNode? {
        guard let index = nodes.firstIndex(where: { $0.id == id }) else { return nil }
        return nodes[index]
    }
}
