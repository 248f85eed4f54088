/// A set of vocabulary ids as a bitmap: asking is one array read and a shift, with no hashing — for
/// the sets the recognizer asks at every word.
///
/// ```swift
/// let set = IDSet([3, 64])
/// set.contains(64) // true
/// set.contains(5)  // false
/// ```
/// - Complexity: O(1) to ask; O(n + m) to build for n ids up to m.
struct IDSet: Sendable {
    private var bits: [UInt64] = []

    init<IDs: Sequence>(_ ids: IDs) where IDs.Element == Vocabulary.ID {
        for id in ids where id >= 0 {
            let word = Int(id) >> 6
            if word >= bits.count { bits += repeatElement(0, count: word + 1 - bits.count) }
            bits[word] |= 1 << UInt64(id & 63)
        }
    }

    @inline(__always)
    func contains(_ id: Vocabulary.ID) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }

    /// Whether any of a word's keys is in the set ("директора" has the key of "директор").
    @inline(__always)
    func containsAny(_ keys: KeyIDs) -> Bool {
        for index in 0..<keys.count { if let id = keys[index], contains(id) { return true } }
        return false
    }
}
