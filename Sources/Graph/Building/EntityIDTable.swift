/// Entity ids numbered in the order they are first seen, so that a graph under construction keys its
/// edges and caches by small integers instead of hashing the ids (some 60 bytes each) again and again.
///
/// - Complexity: ``number(_:)`` hashes the id once; ``id(_:)`` is O(1).
struct EntityIDTable {
    private var numberByID: [String: Int32] = [:]
    /// The ids by number.
    private(set) var ids: [String] = []

    /// The number of `id`, given it the first time.
    mutating func number(_ id: String) -> Int32 {
        if let known = numberByID[id] { return known }
        let number = Int32(ids.count)
        numberByID[id] = number
        ids.append(id)
        return number
    }

    /// The numbers of several ids, in their order.
    mutating func numbers(_ ids: [String]) -> [Int32] {
        ids.map { number($0) }
    }

    func id(_ number: Int32) -> String { ids[Int(number)] }

    /// Each number's position when the ids are sorted (by `String` order), for sorting by id without
    /// comparing strings again.
    /// - Complexity: O(n log n) for n ids.
    func ranks() -> [Int32] {
        var ranks = [Int32](repeating: 0, count: ids.count)
        for (rank, index) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { ranks[index] = Int32(rank) }
        return ranks
    }
}
