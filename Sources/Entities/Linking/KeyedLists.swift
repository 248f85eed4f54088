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

    /// The lists of (key, value) pairs given as two arrays of the same length: each key's values in the
    /// order of the pairs, a value repeated for the same key kept once.
    /// - Complexity: O(p + k + Σ l²) for p pairs, the largest key k and lists of l values (short lists).
    init(keys: [Vocabulary.ID], values: [Int32]) {
        let count = Int(keys.max() ?? -1) + 1
        guard count > 0 else { return }
        // A stable counting sort of the pairs by key: `ends[k]` is where key k's list ends, and the pairs,
        // placed from the last, fill each list from its end …
        var ends = [Int32](repeating: 0, count: count + 1)
        for key in keys { ends[Int(key) + 1] += 1 }
        for key in 0..<count { ends[key + 1] += ends[key] }
        var sorted = [Int32](repeating: 0, count: keys.count)
        for index in keys.indices.reversed() {
            let key = Int(keys[index]) + 1
            ends[key] -= 1
            sorted[Int(ends[key])] = values[index]
        }
        // … leaving `ends[k + 1]` where key k's list starts; then each list without its repeats, in place.
        var kept = 0
        for key in 0..<count {
            let first = kept
            let end = key + 2 <= count ? Int(ends[key + 2]) : sorted.count
            for index in Int(ends[key + 1])..<end where !sorted[first..<kept].contains(sorted[index]) {
                sorted[kept] = sorted[index]
                kept += 1
            }
            ends[key] = Int32(first)
        }
        ends[count] = Int32(kept)
        sorted.removeLast(sorted.count - kept)
        starts = ends
        self.values = sorted
    }

    /// The list of `id` (empty for an id with none).
    @inline(__always)
    func list(_ id: Vocabulary.ID) -> ArraySlice<Int32> {
        let id = Int(id)
        guard id >= 0, id + 1 < starts.count else { return [] }
        return values[Int(starts[id])..<Int(starts[id + 1])]
    }
}
