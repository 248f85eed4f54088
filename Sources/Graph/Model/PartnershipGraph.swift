import Entities

/// The partnership graph: nodes sorted by id, edges sorted by source then target. Every exporter and
/// analysis reads this one type.
public struct PartnershipGraph: Sendable {
    public private(set) var nodes: [GraphNode]
    public private(set) var edges: [GraphEdge]

    /// Builds the graph from nodes and edges in any order; duplicate edges are merged, nodes without
    /// edges are kept only if `keepIsolated`.
    /// - Complexity: O(e log e + v log v) for e edges and v pieces of evidence.
    public init(nodes: [GraphNode], edges: [GraphEdge], keepIsolated: Bool = false) {
        // Edges between the same two nodes are gathered first and merged once.
        var groups: [EdgeKey: [GraphEdge]] = [:]
        for edge in edges { groups[EdgeKey(source: edge.source, target: edge.target), default: []].append(edge) }
        let merged = groups.map { key, group in
            group.count == 1 ? group[0] : GraphEdge(source: key.source, target: key.target, evidence: group.flatMap(\.evidence))
        }
        self.edges = merged.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        let used = Set(self.edges.flatMap { [$0.source, $0.target] })
        var byID: [String: GraphNode] = [:]
        for node in nodes where keepIsolated || used.contains(node.id) { byID[node.id] = node }
        self.nodes = byID.values.sorted { $0.id < $1.id }
    }

    /// The graph from edges already merged and sorted by source then target, and the nodes on them
    /// sorted by id, each once.
    init(sortedNodes nodes: [GraphNode], sortedEdges edges: [GraphEdge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The node with this id.
    /// - Complexity: O(log n): nodes are sorted by id.
    /// The countries of the partners (the targets of the edges).
    /// - Complexity: O(e log n) for e edges.
    public var partnerCountries: Set<String> {
        Set(edges.compactMap { node($0.target)?.country })
    }

    public func node(_ id: String) -> GraphNode? {
        var low = 0, high = nodes.count
        while low < high {
            let middle = (low + high) / 2
            if nodes[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < nodes.count && nodes[low].id == id ? nodes[low] : nil
    }

    /// The two ends of an edge.
    struct EdgeKey: Hashable {
        var source: String
        var target: String
    }
}
