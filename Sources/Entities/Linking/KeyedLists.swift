/// Lists of indices by vocabulary id, stored one after another (compressed rows): the list of id `k` is
/// `values[starts[k]..<starts[k + 1]]`. Looking a list up is two array reads, no hashing.
struct KeyedLists: Sendable {
    private var starts: [Int32] = [0]
    private var values: [Int32] = []

    init() {}

    /// The lists, each kept in the order given.
    init(_ lists: [Vocabulary.ID: [Int]]) {
        let largest = Int(lists.keys.max() ?? -1)
        guard largest >= 0 else { return }
        starts.reserveCapacity(largest + 2)
        for id in 0...largest {
            values += (lists[Vocabulary.ID(id)] ?? []).map { Int32($0) }
            starts.append(Int32(values.count))
        }
    }

    /// The list of `id` (empty for an id with none).
    @inline(__always)
    func list(_ id: Vocabulary.ID) -> ArraySlice<Int32> {
        let id = Int(id)
        guard id >= 0, id + 1 < starts.count else { return [] }
        return values[Int(starts[id])..<Int(starts[id + 1])]
    }
}
