import Entities

/// An edge between a Smolensk-region body (`source`) and a foreign counterpart (`target`), with every
/// piece of evidence and the aggregates drawn from it.
public struct GraphEdge: Sendable, Hashable {
    public var source: String
    public var target: String
    /// Sorted, distinct evidence.
    public private(set) var evidence: [Evidence]

    public init(source: String, target: String, evidence: [Evidence]) {
        self.source = source
        self.target = target
        self.evidence = Array(Set(evidence)).sorted()
    }

    /// The relations its evidence shows, in ``Relation`` order.
    public var relations: [Relation] { Array(Set(evidence.map(\.relation))).sorted() }

    /// The number of distinct report items that show the two together.
    public var events: Int { Set(evidence.map { "\($0.source)\u{0}\($0.item)" }).count }

    /// The earliest and latest day of its evidence.
    public var first: CalendarDate? { evidence.compactMap(\.first).min() }
    public var last: CalendarDate? { evidence.compactMap(\.last).max() }

    /// The agreement evidence, for listing documents and their dates.
    public var agreements: [Evidence] { evidence.filter { $0.relation == .agreement } }
}
