import Entities

/// An edge between a Smolensk-region body (`source`) and a foreign counterpart (`target`), with every
/// piece of evidence and the aggregates drawn from it (worked out once, when the edge is made).
public struct GraphEdge: Sendable, Hashable {
    public var source: String
    public var target: String
    /// Sorted, distinct evidence.
    public private(set) var evidence: [Evidence]
    /// The relations its evidence shows, in ``Relation`` order.
    public private(set) var relations: [Relation]
    /// The number of distinct report items that show the two together.
    public private(set) var events: Int
    /// The earliest and latest day of its evidence.
    public private(set) var first: CalendarDate?
    public private(set) var last: CalendarDate?

    /// - Complexity: O(v log v) for v pieces of evidence.
    public init(source: String, target: String, evidence: [Evidence]) {
        self.source = source
        self.target = target
        self.evidence = Evidence.sortedDistinct(evidence)
        relations = Relation.allCases.filter { relation in evidence.contains { $0.relation == relation } }
        events = GraphEdge.countItems(evidence)
        first = evidence.lazy.compactMap(\.first).min()
        last = evidence.lazy.compactMap(\.last).max()
    }

    /// The agreement evidence, for listing documents and their dates.
    public var agreements: [Evidence] { evidence.filter { $0.relation == .agreement } }

    /// One report item.
    /// The number of distinct items (report and number) among the evidence; a few pieces (most edges)
    /// are compared directly rather than hashed.
    private static func countItems(_ evidence: [Evidence]) -> Int {
        if evidence.count <= 16 {
            var count = 0
            for index in evidence.indices {
                let piece = evidence[index]
                if !evidence[..<index].contains(where: { $0.item == piece.item && $0.source == piece.source }) { count += 1 }
            }
            return count
        }
        var items: Set<ItemKey> = []
        for piece in evidence { items.insert(ItemKey(source: piece.source, item: piece.item)) }
        return items.count
    }

    private struct ItemKey: Hashable {
        var source: String
        var item: Int
    }
}
