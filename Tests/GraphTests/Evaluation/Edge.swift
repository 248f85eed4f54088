/// A tie between a Smolensk-side entity and a foreign one, as the scorer compares them (after mapping).
struct Edge: Hashable, Comparable, CustomStringConvertible {
    var smolensk: String
    var foreign: String

    static func < (a: Edge, b: Edge) -> Bool { (a.smolensk, a.foreign) < (b.smolensk, b.foreign) }

    var description: String { "\(smolensk) × \(foreign)" }
}
