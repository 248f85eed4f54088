import Entities
import Foundation

/// Writes a ``PartnershipGraph`` as a Graphviz DOT graph that `dot`, `neato` and `sfdp` render without
/// warnings.
///
/// Layout: an undirected graph (edges still run from the Smolensk-region body to its counterpart); the
/// Smolensk-region nodes sit in one cluster, every other node in the cluster of its country
/// (`subgraph "cluster_BY"`, labelled with the code and, when the graph has the country's node, its name);
/// nodes without a country stay outside clusters. A legend cluster explains the styles. `dot` and `fdp`
/// lay the clusters out; `neato` draws their boxes without keeping their members together and `sfdp`
/// ignores them, so invisible edges (which `dot` does not rank by) keep the legend's samples together there.
///
/// Styles:
/// - node shape and fill by kind: country `doubleoctagon` blue, region `octagon` green, district `hexagon`
///   yellow, city `ellipse` orange, org rounded `box` violet, person `parallelogram` pink; entities not in
///   the gazetteer (`known == false`) get a dashed border.
/// - an edge is drawn in the style of its strongest relation (``Relation`` order): agreement a solid dark
///   blue line, one point wider; twinning a double red line; event a thin dashed grey line. An edge with
///   several relations is labelled with all of them. Pen width is `1 + log2(events)` (+1 for agreements),
///   clamped to 1…8.
/// - tooltips (SVG) give the names, the relations, the number of events and the first and last dates.
///
/// Escaping: every id, name and label is a quoted string, never an HTML label, so text like `"]; node [`,
/// `-->` or `<b>` stays text. In ids, `\` `"` line feed and carriage return become `\\` `\"` `\n` `\r`.
/// In labels and tooltips (Graphviz escape strings) `\` and `"` are escaped the same way, any line break
/// (LF, CR, CRLF) becomes `\n` (a centred line break; `\r` would right-justify) and `&` becomes `&amp;`
/// (Graphviz decodes HTML entities in labels). Tabs stay as they are. Control characters, which no
/// Graphviz output format can carry, are shown as their Unicode control pictures (U+0001 → `␁`, DEL →
/// `␡`); C1 controls as U+FFFD.
///
/// The output depends only on the graph: the same graph gives the same bytes.
///
/// ```swift
/// let dot = DOTWriter().write(graph)   // then: dot -Tsvg graph.dot -o graph.svg
/// ```
public struct DOTWriter: Sendable {
    /// Whether to add the legend cluster.
    public var includeLegend: Bool

    public init(includeLegend: Bool = true) {
        self.includeLegend = includeLegend
    }

    /// The graph as DOT text (UTF-8, with a trailing newline).
    /// - Complexity: O(n log n + e) for n nodes and e edges (plus the text's length).
    public func write(_ graph: PartnershipGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Writes the graph as DOT text to `out`, as it goes.
    public func write<Out: DocumentSink>(_ graph: PartnershipGraph, to out: inout Out) {
        out += "// linkgraph partnership graph: \(graph.nodes.count) nodes, \(graph.edges.count) edges.\n"
        out += "// Render with dot, neato or sfdp, e.g.: dot -Tsvg graph.dot -o graph.svg\n"
        out += "graph \"linkgraph\" {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"Helvetica\", fontsize=12];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"

        let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var smolensk: [GraphNode] = []
        var byCountry: [String: [GraphNode]] = [:]
        var loose: [GraphNode] = []
        for node in graph.nodes {
            if node.smolensk {
                smolensk.append(node)
            } else if let code = DOTWriter.countryCode(of: node) {
                byCountry[code, default: []].append(node)
            } else {
                loose.append(node)
            }
        }
        if !smolensk.isEmpty {
            out += "\n  subgraph \"cluster_smolensk\" {\n"
            out += "    graph [label=\(DOTWriter.text(GraphStyle.smolenskTitle)), style=\"rounded,filled\", "
                + "color=\"\(GraphStyle.smolenskBorder)\", fillcolor=\"\(GraphStyle.smolenskFill)\"];\n"
            for node in smolensk { out += "    " + DOTWriter.statement(for: node) }
            out += "  }\n"
        }
        var countryNames: [String: String] = [:]
        for node in graph.nodes where node.kind == .country {
            if let code = DOTWriter.countryCode(of: node), countryNames[code] == nil { countryNames[code] = node.name }
        }
        for code in byCountry.keys.sorted() {
            var label = code
            if let name = countryNames[code] { label += " — " + name }
            out += "\n  subgraph \(DOTWriter.id("cluster_" + code)) {\n"
            out += "    graph [label=\(DOTWriter.text(label)), style=\"rounded\", color=\"\(GraphStyle.countryBorder)\"];\n"
            for node in byCountry[code]! { out += "    " + DOTWriter.statement(for: node) }
            out += "  }\n"
        }
        if !loose.isEmpty { out += "\n" }
        for node in loose { out += "  " + DOTWriter.statement(for: node) }
        if !graph.edges.isEmpty { out += "\n" }
        for edge in graph.edges {
            out += "  " + DOTWriter.statement(for: edge, sourceName: names[edge.source] ?? edge.source,
                                             targetName: names[edge.target] ?? edge.target)
        }
        if includeLegend { out += DOTWriter.legend }
        out += "}\n"
    }

    // MARK: Styles

    /// The cluster a node goes to (``GraphStyle/countryCode(of:)``).
    static func countryCode(of node: GraphNode) -> String? { GraphStyle.countryCode(of: node) }

    static func shape(_ kind: EntityKind) -> String { GraphStyle.shape(kind) }

    static func fill(_ kind: EntityKind) -> String { GraphStyle.fill(kind) }

    static func nodeAttributes(kind: EntityKind, known: Bool) -> String {
        var style = ["filled"]
        if kind == .org { style.append("rounded") }
        if !known { style.append("dashed") }
        return "shape=\"\(shape(kind))\", style=\"\(style.joined(separator: ","))\", fillcolor=\"\(fill(kind))\", "
            + "color=\"\(GraphStyle.border(known: known))\", penwidth=\(GraphStyle.decimal(GraphStyle.borderWidth(known: known)))"
    }

    static func edgeAttributes(_ relation: Relation, events: Int) -> String {
        let width = penWidth(relation, events: events)
        let colour = GraphStyle.colour(relation)
        let line = GraphStyle.isDouble(relation) ? "\(colour):invis:\(colour)" : colour
        return "color=\"\(line)\", style=\"\(GraphStyle.isDashed(relation) ? "dashed" : "solid")\", penwidth=\(width)"
    }

    /// `1 + log2(events)`, one more for agreements, clamped to 1…8, with at most two decimals.
    static func penWidth(_ relation: Relation, events: Int) -> String { GraphStyle.widthText(relation, events: events) }

    // MARK: Statements

    static func statement(for node: GraphNode) -> String {
        let label = node.name.isEmpty ? node.id : node.name
        return "\(id(node.id)) [label=\(text(label)), \(nodeAttributes(kind: node.kind, known: node.known)), "
            + "tooltip=\(text(GraphTooltip.node(node)))];\n"
    }

    static func statement(for edge: GraphEdge, sourceName: String, targetName: String) -> String {
        let relations = edge.relations
        let tooltip = GraphTooltip.edge(edge, sourceName: sourceName, targetName: targetName)
        var attributes = edgeAttributes(relations.first ?? .event, events: edge.events)
        if relations.count > 1 { attributes += ", label=\(text(relations.map(\.rawValue).joined(separator: ", ")))" }
        return "\(id(edge.source)) -- \(id(edge.target)) [\(attributes), tooltip=\(text(tooltip))];\n"
    }

    /// The legend cluster: one sample node per kind, an unknown entity, one sample edge per relation.
    /// Its node ids start with `legend/`, which gazetteer ids (letters, digits, hyphens) never contain.
    static let legend: String = {
        var out = "\n  subgraph \"cluster_legend\" {\n"
        out += "    graph [label=\"Legend\", style=\"rounded\", color=\"#bdc3c7\", fontsize=10];\n"
        out += "    node [fontsize=9];\n"
        out += "    edge [fontsize=8];\n"
        for kind in EntityKind.allCases {
            out += "    \"legend/\(kind.rawValue)\" [label=\"\(kind.rawValue)\", \(nodeAttributes(kind: kind, known: true))];\n"
        }
        out += "    \"legend/unknown\" [label=\"not in the gazetteer\", \(nodeAttributes(kind: .org, known: false))];\n"
        for relation in Relation.allCases {
            let name = relation.rawValue
            out += "    \"legend/\(name)/a\" [label=\"\", shape=\"point\", width=0.06];\n"
            out += "    \"legend/\(name)/b\" [label=\"\", shape=\"point\", width=0.06];\n"
            out += "    \"legend/\(name)/a\" -- \"legend/\(name)/b\" [\(edgeAttributes(relation, events: 1)), label=\"\(name)\"];\n"
        }
        out += "    \"legend/width/a\" [label=\"\", shape=\"point\", width=0.06];\n"
        out += "    \"legend/width/b\" [label=\"\", shape=\"point\", width=0.06];\n"
        out += "    \"legend/width/a\" -- \"legend/width/b\" [\(edgeAttributes(.event, events: 8)), "
            + "label=\"wider: more events (8)\"];\n"
        // Invisible edges lay the node samples out in a row (dot ranks them one after another) and hold
        // the legend together for neato and sfdp, which do not draw clusters.
        let kinds = EntityKind.allCases.map(\.rawValue) + ["unknown"]
        for (left, right) in zip(kinds, kinds.dropFirst()) {
            out += "    \"legend/\(left)\" -- \"legend/\(right)\" [style=\"invis\"];\n"
        }
        let samples = ["unknown"] + (Relation.allCases.map(\.rawValue) + ["width"]).map { $0 + "/a" }
        for (left, right) in zip(samples, samples.dropFirst()) {
            out += "    \"legend/\(left)\" -- \"legend/\(right)\" [style=\"invis\", constraint=false];\n"
        }
        out += "  }\n"
        return out
    }()

    // MARK: Escaping

    /// A quoted DOT id: `\`, `"`, LF and CR escaped, control characters replaced (see the type's summary).
    static func id(_ value: String) -> String { quoted(value, isText: false) }

    /// A quoted Graphviz escape string for labels and tooltips.
    static func text(_ value: String) -> String { quoted(value, isText: true) }

    private static func quoted(_ value: String, isText: Bool) -> String {
        var out = "\""
        var afterCR = false
        for scalar in value.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": if !(isText && afterCR) { out += "\\n" }
            case "\r": out += isText ? "\\n" : "\\r"
            case "&" where isText: out += "&amp;"
            case "\t": out.unicodeScalars.append(scalar)
            case "\u{7F}": out += "\u{2421}"
            default:
                if scalar.value < 0x20 {
                    out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
                } else if (0x80...0x9F).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
