import Entities

/// Narrows a graph: foreign countries, a date window, relations, and a minimum number of events.
/// Evidence outside the window or of other relations is dropped; an edge left without evidence, or with
/// fewer events than asked, goes, and so do nodes left without edges.
public struct GraphFilter: Sendable {
    /// Upper-case ISO codes of the foreign side to keep; empty keeps all.
    public var countries: Set<String> = []
    public var since: CalendarDate?
    public var until: CalendarDate?
    /// Relations to keep; empty keeps all.
    public var relations: Set<Relation> = []
    public var minimumEvents = 0

    public init() {}

    public var isEmpty: Bool { countries.isEmpty && since == nil && until == nil && relations.isEmpty && minimumEvents == 0 }

    public func apply(_ graph: PartnershipGraph) -> PartnershipGraph {
        guard !isEmpty else { return graph }
        var edges: [GraphEdge] = []
        for edge in graph.edges {
            if !countries.isEmpty {
                guard let country = graph.node(edge.target)?.country, countries.contains(country) else { continue }
            }
            let kept = edge.evidence.filter { evidence in
                if !relations.isEmpty, !relations.contains(evidence.relation) { return false }
                if let since { guard let last = evidence.last, last >= since else { return false } }
                if let until { guard let first = evidence.first, first <= until else { return false } }
                return true
            }
            guard !kept.isEmpty else { continue }
            let filtered = GraphEdge(source: edge.source, target: edge.target, evidence: kept)
            guard filtered.events >= minimumEvents else { continue }
            edges.append(filtered)
        }
        return PartnershipGraph(nodes: graph.nodes, edges: edges)
    }
}
