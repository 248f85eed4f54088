/// Lists of indices by a dense key (`0..<keyCount`), stored one after another (compressed rows): the list
/// of key `k` is `values[starts[k]..<starts[k + 1]]`. Built from (key, index) entries by counting, each
/// list in the order its entries were given; looking a list up is two array reads.
///
/// ```swift
/// let lists = IndexLists(keyCount: 3, entries: [(2, 7), (0, 5), (2, 1)])
/// lists[2]   // [7, 1]
/// lists[1]   // []
/// ```
/// - Complexity: O(k + e) to build for k keys and e entries; O(1) to look a list up.
struct IndexLists: Sendable {
    private var starts: [Int32]
    private var values: [Int32]

    /// The lists of keys `0..<keyCount`; entries whose key is outside that range are left out.
    init(keyCount: Int, entries: [(key: Int32, value: Int32)]) {
        let keyCount = max(keyCount, 0)
        var starts = [Int32](repeating: 0, count: keyCount + 1)
        for entry in entries where entry.key >= 0 && Int(entry.key) < keyCount { starts[Int(entry.key) + 1] += 1 }
        for key in 0..<keyCount { starts[key + 1] += starts[key] }
        var next = Array(starts.dropLast())
        var values = [Int32](repeating: 0, count: Int(starts[keyCount]))
        for entry in entries where entry.key >= 0 && Int(entry.key) < keyCount {
            values[Int(next[Int(entry.key)])] = entry.value
            next[Int(entry.key)] += 1
        }
        self.starts = starts
        self.values = values
    }

    /// How many keys.
    var keyCount: Int { starts.count - 1 }

    /// The list of `key` (empty for a key out of range).
    @inline(__always)
    subscript(key: Int) -> ArraySlice<Int32> {
        guard key >= 0, key < keyCount else { return [] }
        return values[Int(starts[key])..<Int(starts[key + 1])]
    }
}
