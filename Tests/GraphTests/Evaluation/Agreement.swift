/// A document in one item between two parties, whichever order they are written in.
struct Agreement: Hashable, Comparable, CustomStringConvertible {
    var item: Int
    /// The two parties, sorted.
    var parties: [String]

    init(item: Int, _ first: String, _ second: String) {
        self.item = item
        parties = [first, second].sorted()
    }

    static func < (a: Agreement, b: Agreement) -> Bool { (a.item, a.parties[0], a.parties[1]) < (b.item, b.parties[0], b.parties[1]) }

    var description: String { "item \(item): \(parties[0]) – \(parties[1])" }
}
