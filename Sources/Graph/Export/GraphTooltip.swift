import Entities

/// The hover texts every drawing shows: a node's name, kind, country, id and parent; an edge's two ends,
/// relations, number of events and first and last dates. Lines are separated by line feeds.
enum GraphTooltip {
    /// "Витебск\ncity, BY, id vitebsk, in vitebsk-oblast" (+ "\nnot in the gazetteer").
    static func node(_ node: GraphNode) -> String {
        var tooltip = "\(node.name)\n\(node.kind.rawValue)"
        if let country = node.country { tooltip += ", \(country)" }
        tooltip += ", id \(node.id)"
        if let parent = node.parent { tooltip += ", in \(parent)" }
        if !node.known { tooltip += "\nnot in the gazetteer" }
        return tooltip
    }

    /// "Смоленск — Витебск\nagreement, twinning\n5 events, 2023-10-01 – 2025-05-09".
    static func edge(_ edge: GraphEdge, sourceName: String, targetName: String) -> String {
        let relations = edge.relations
        let listed = relations.map(\.rawValue).joined(separator: ", ")
        var tooltip = "\(sourceName) — \(targetName)\n\(relations.isEmpty ? "no evidence" : listed)\n"
        tooltip += count(edge.events, "event")
        tooltip += ", " + span(edge.first, edge.last)
        return tooltip
    }

    /// "1 event", "3 events".
    static func count(_ value: Int, _ noun: String) -> String { value == 1 ? "1 \(noun)" : "\(value) \(noun)s" }

    /// "2023-10-01", "2023-10-01 – 2025-05-09", "from …", "until …" or "no dates".
    static func span(_ first: CalendarDate?, _ last: CalendarDate?) -> String {
        switch (first, last) {
        case let (first?, last?): first == last ? first.iso : "\(first.iso) – \(last.iso)"
        case let (first?, nil): "from \(first.iso)"
        case let (nil, last?): "until \(last.iso)"
        case (nil, nil): "no dates"
        }
    }
}
