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
        // A stable counting sort of the pairs by key …
        var bounds = [Int32](repeating: 0, count: count + 1)
        for key in keys { bounds[Int(key) + 1] += 1 }
        for key in 0..<count { bounds[key + 1] += bounds[key] }
        var next = bounds
        var sorted = [Int32](repeating: 0, count: keys.count)
        for (key, value) in zip(keys, values) {
            sorted[Int(next[Int(key)])] = value
            next[Int(key)] += 1
        }
        // … then each list without its repeats.
        starts.reserveCapacity(count + 1)
        self.values.reserveCapacity(sorted.count)
        for key in 0..<count {
            let first = self.values.count
            for value in sorted[Int(bounds[key])..<Int(bounds[key + 1])] where !self.values[first...].contains(value) {
                self.values.append(value)
            }
            starts.append(Int32(self.values.count))
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
