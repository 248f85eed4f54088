import Entities

/// The SVG figure of each kind, the Graphviz shapes of ``GraphStyle`` drawn small (about 20 × 14 pixels)
/// around a node's centre: ellipse (city), rounded box (org), parallelogram (person), hexagon (district),
/// octagon (region), double octagon (country).
enum SVGShapes {
    static let octagon: [(Int, Int)] = [(-4, -7), (4, -7), (9, -3), (9, 3), (4, 7), (-4, 7), (-9, 3), (-9, -3)]
    static let outerOctagon: [(Int, Int)] = [(-5, -9), (5, -9), (12, -4), (12, 4), (5, 9), (-5, 9), (-12, 4), (-12, -4)]
    static let hexagon: [(Int, Int)] = [(-11, 0), (-5, -7), (5, -7), (11, 0), (5, 7), (-5, 7)]
    static let parallelogram: [(Int, Int)] = [(-6, -6), (10, -6), (6, 6), (-10, 6)]

    /// The figure's elements centred on (x, y), with `paint` (fill, stroke, dashes) on the filled one.
    static func figure(_ kind: EntityKind, x: Int, y: Int, paint: String) -> String {
        switch kind {
        case .city: "<ellipse cx=\"\(x)\" cy=\"\(y)\" rx=\"10\" ry=\"7\" \(paint)/>"
        case .org: "<rect x=\"\(x - 9)\" y=\"\(y - 6)\" width=\"18\" height=\"12\" rx=\"3\" \(paint)/>"
        case .person: polygon(parallelogram, x: x, y: y, paint: paint)
        case .district: polygon(hexagon, x: x, y: y, paint: paint)
        case .region: polygon(octagon, x: x, y: y, paint: paint)
        case .country:
            polygon(outerOctagon, x: x, y: y, paint: "fill=\"none\" stroke=\"\(GraphStyle.border(known: true))\"")
                + polygon(octagon, x: x, y: y, paint: paint)
        }
    }

    static func polygon(_ points: [(Int, Int)], x: Int, y: Int, paint: String) -> String {
        "<polygon points=\"" + points.map { "\(x + $0.0),\(y + $0.1)" }.joined(separator: " ") + "\" \(paint)/>"
    }

    /// Fill, border and (for an entity not in the gazetteer) dashes.
    static func paint(_ kind: EntityKind, known: Bool) -> String {
        var text = "fill=\"\(GraphStyle.fill(kind))\" stroke=\"\(GraphStyle.border(known: known))\""
        if !known { text += " stroke-width=\"\(GraphStyle.decimal(GraphStyle.borderWidth(known: known)))\" stroke-dasharray=\"3 2\"" }
        return text
    }
}
