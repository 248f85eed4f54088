import Entities

/// Writes a ``PartnershipGraph`` as dynamic GEXF 1.3, so that Gephi's timeline shows the network growing
/// and going quiet quarter by quarter.
///
/// The graph is `mode="dynamic"`, `timeformat="date"`, undirected (source stays the Smolensk-region body).
/// Node attributes `kind`, `country`, `parent`, `known`, `smolensk` and edge attributes `relations`
/// (comma-separated) and `events` are declared in `<attributes>`; a missing country or parent has no
/// `<attvalue>`. Each edge carries `<spells>`: one closed interval per piece of dated evidence (its first to
/// its last day; a piece with one date is that day), sorted, with overlapping and adjacent intervals merged.
/// A node's spells are the union of its edges' spells. Time-less elements exist for the whole timeline in
/// Gephi, so an edge without dated evidence has no spells, and neither has a node with such an edge (or
/// with no edge at all): the union with "always" is "always". Edges also get `label` (their relations)
/// and `weight` (their events, at least 1) for Gephi's display.
///
/// Text is escaped as for GraphML (see ``XMLEscaping``). Node labels keep line breaks and tabs as
/// character references: Gephi reads them back, though the schema types `label` as `xsd:token`.
///
/// ```swift
/// let text = GEXFWriter().write(graph)   // open in Gephi, then Window ▸ Timeline
/// ```
public struct GEXFWriter: Sendable {
    public init() {}

    /// A closed interval of days (GEXF intervals include both ends).
    public struct Spell: Sendable, Hashable, Comparable {
        public var start: CalendarDate
        public var end: CalendarDate

        public init(start: CalendarDate, end: CalendarDate) {
            self.start = min(start, end)
            self.end = max(start, end)
        }

        public static func < (a: Spell, b: Spell) -> Bool { (a.start, a.end) < (b.start, b.end) }
    }

    /// The graph as a GEXF 1.3 document (UTF-8 text with a trailing newline). The same graph always gives
    /// the same bytes: the document has no modification date.
    /// - Complexity: O(n + v log v) for n nodes and v pieces of evidence (plus the text's length).
    public func write(_ graph: PartnershipGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Writes the graph as GEXF to `out`, as it goes.
    public func write<Out: DocumentSink>(_ graph: PartnershipGraph, to out: inout Out) {
        let edgeSpells = graph.edges.map(GEXFWriter.spells(for:))
        let nodeSpells = GEXFWriter.nodeSpells(graph, edgeSpells: edgeSpells)
        out += #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
            + #"xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"# + "\n"
        out += "  <meta>\n"
        out += "    <creator>linkgraph</creator>\n"
        out += "    <description>Partnerships of Smolensk region bodies with foreign counterparts, "
            + "from quarterly reports on international work: \(graph.nodes.count) nodes, \(graph.edges.count) edges."
            + "</description>\n"
        out += "  </meta>\n"
        out += "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
        out += "    <attributes class=\"node\">\n"
        for (id, type) in [("kind", "string"), ("country", "string"), ("parent", "string"), ("known", "boolean"), ("smolensk", "boolean")] {
            out += "      <attribute id=\"\(id)\" title=\"\(id)\" type=\"\(type)\"/>\n"
        }
        out += "    </attributes>\n"
        out += "    <attributes class=\"edge\">\n"
        out += "      <attribute id=\"relations\" title=\"relations\" type=\"string\"/>\n"
        out += "      <attribute id=\"events\" title=\"events\" type=\"integer\"/>\n"
        out += "    </attributes>\n"
        out += "    <nodes count=\"\(graph.nodes.count)\">\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLEscaping.attribute(node.id))\" label=\"\(XMLEscaping.attribute(node.name))\">\n"
            var values = [("kind", node.kind.rawValue)]
            if let country = node.country { values.append(("country", country)) }
            if let parent = node.parent { values.append(("parent", parent)) }
            values.append(("known", node.known ? "true" : "false"))
            values.append(("smolensk", node.smolensk ? "true" : "false"))
            GEXFWriter.writeValues(values, to: &out)
            GEXFWriter.writeSpells(nodeSpells[node.id] ?? [], to: &out)
            out += "      </node>\n"
        }
        out += "    </nodes>\n"
        out += "    <edges count=\"\(graph.edges.count)\">\n"
        for (index, edge) in graph.edges.enumerated() {
            let relations = edge.relations.map(\.rawValue)
            out += "      <edge id=\"e\(index)\" source=\"\(XMLEscaping.attribute(edge.source))\""
                + " target=\"\(XMLEscaping.attribute(edge.target))\""
                + " label=\"\(XMLEscaping.attribute(relations.joined(separator: ", ")))\" weight=\"\(max(1, edge.events))\">\n"
            GEXFWriter.writeValues([("relations", relations.joined(separator: ",")), ("events", String(edge.events))], to: &out)
            GEXFWriter.writeSpells(edgeSpells[index], to: &out)
            out += "      </edge>\n"
        }
        out += "    </edges>\n"
        out += "  </graph>\n"
        out += "</gexf>\n"
    }

    /// An edge's spells: one per piece of dated evidence, merged and sorted; empty when nothing is dated.
    /// - Complexity: O(v log v) for v pieces of evidence.
    public static func spells(for edge: GraphEdge) -> [Spell] {
        merged(edge.evidence.compactMap { piece in
            guard let start = piece.first ?? piece.last, let end = piece.last ?? piece.first else { return nil }
            return Spell(start: start, end: end)
        })
    }

    /// `spells` sorted, with overlapping intervals and intervals that touch (the next starts the day after
    /// one ends) joined.
    /// - Complexity: O(s log s) for s spells.
    public static func merged(_ spells: [Spell]) -> [Spell] {
        var result: [Spell] = []
        for spell in spells.sorted() {
            if let last = result.last, spell.start.dayNumber <= last.end.dayNumber + 1 {
                result[result.count - 1].end = max(last.end, spell.end)
            } else {
                result.append(spell)
            }
        }
        return result
    }

    /// Each node's spells: the union of its edges' spells; a node with an undated edge, or without edges,
    /// has none (it is there all the time).
    static func nodeSpells(_ graph: PartnershipGraph, edgeSpells: [[Spell]]) -> [String: [Spell]] {
        var collected: [String: [Spell]] = [:]
        var always: Set<String> = []
        for (edge, spells) in zip(graph.edges, edgeSpells) {
            for id in Set([edge.source, edge.target]) {
                if spells.isEmpty { always.insert(id) } else { collected[id, default: []] += spells }
            }
        }
        var result: [String: [Spell]] = [:]
        for (id, spells) in collected where !always.contains(id) { result[id] = merged(spells) }
        return result
    }

    private static func writeValues<Out: DocumentSink>(_ values: [(String, String)], to out: inout Out) {
        out += "        <attvalues>\n"
        for (id, value) in values {
            out += "          <attvalue for=\"\(id)\" value=\"\(XMLEscaping.attribute(value))\"/>\n"
        }
        out += "        </attvalues>\n"
    }

    private static func writeSpells<Out: DocumentSink>(_ spells: [Spell], to out: inout Out) {
        guard !spells.isEmpty else { return }
        out += "        <spells>\n"
        for spell in spells {
            out += "          <spell start=\"\(spell.start.iso)\" end=\"\(spell.end.iso)\"/>\n"
        }
        out += "        </spells>\n"
    }
}
