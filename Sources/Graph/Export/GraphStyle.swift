import Entities
import Foundation

/// The visual vocabulary every drawing of the graph shares (DOT, SVG, the HTML page): a node's shape and
/// fill by kind, a dashed border for an entity not in the gazetteer, an edge's colour and line by its
/// strongest relation, its width by the number of events, and the cluster a node belongs to.
///
/// - kinds: country double octagon blue, region octagon green, district hexagon yellow, city ellipse
///   orange, org rounded box violet, person parallelogram pink;
/// - relations: agreement solid dark blue (one unit wider), twinning double red, event dashed grey;
/// - width: `1 + log2(events)`, +1 for agreements, clamped to 1…8.
public enum GraphStyle {
    /// The Graphviz shape of a kind (the SVG writer draws the same figures).
    public static func shape(_ kind: EntityKind) -> String {
        switch kind {
        case .country: "doubleoctagon"
        case .region: "octagon"
        case .district: "hexagon"
        case .city: "ellipse"
        case .org: "box"
        case .person: "parallelogram"
        }
    }

    /// The fill colour of a kind.
    public static func fill(_ kind: EntityKind) -> String {
        switch kind {
        case .country: "#aed6f1"
        case .region: "#a9dfbf"
        case .district: "#f9e79f"
        case .city: "#f5cba7"
        case .org: "#d7bde2"
        case .person: "#f5b7b1"
        }
    }

    /// The border colour: darker for gazetteer entities, greyer (and dashed) for the others.
    public static func border(known: Bool) -> String { known ? "#2c3e50" : "#566573" }

    /// The border width: a dashed border is drawn a little wider so that it shows.
    public static func borderWidth(known: Bool) -> Double { known ? 1 : 1.5 }

    /// The line colour of a relation (twinning is drawn as two lines of it).
    public static func colour(_ relation: Relation) -> String {
        switch relation {
        case .agreement: "#1a5276"
        case .twinning: "#c0392b"
        case .planned: "#5dade2"
        case .event: "#7f8c8d"
        }
    }

    /// Whether a relation's line is dashed.
    public static func isDashed(_ relation: Relation) -> Bool { relation == .event || relation == .planned }

    /// Whether a relation's line is doubled.
    public static func isDouble(_ relation: Relation) -> Bool { relation == .twinning }

    /// The Smolensk side's cluster: its title, border and fill.
    public static let smolenskTitle = "Смоленская область"
    public static let smolenskBorder = "#922b21"
    public static let smolenskFill = "#fdf2e9"
    /// A country cluster's border.
    public static let countryBorder = "#7f8c8d"

    /// `1 + log2(events)`, one more for agreements, clamped to 1…8.
    public static func width(_ relation: Relation, events: Int) -> Double {
        var width = 1 + Foundation.log2(Double(max(1, events)))
        if relation == .agreement { width += 1 }
        return min(8, max(1, width))
    }

    /// ``width(_:events:)`` written with at most two decimals and no trailing zeros ("2.58", "3", "8").
    public static func widthText(_ relation: Relation, events: Int) -> String {
        decimal(width(relation, events: events))
    }

    /// A number with at most two decimals and no trailing zeros: the same text on every machine.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        var text = sign + "\(magnitude / 100)"
        if magnitude % 100 != 0 {
            let fraction = magnitude % 100
            text += "." + (fraction < 10 ? "0" : "") + String(fraction)
            while text.hasSuffix("0") { text.removeLast() }
        }
        return text
    }

    /// The cluster a node goes to: its country code; a country's own node has its id as code; nil for a
    /// node without a country.
    public static func countryCode(of node: GraphNode) -> String? {
        if let country = node.country, !country.isEmpty { return country }
        return node.kind == .country ? node.id.uppercased() : nil
    }
}
