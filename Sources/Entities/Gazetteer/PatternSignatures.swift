/// Finds the pattern already written the same way as a new one while the name index is built: two
/// patterns are the same name when their tokens have the same kinds and folded spellings, token by token.
///
/// An open-addressing table of pattern numbers keyed by a hash of the (kind, spelling id) sequence; the
/// tokens themselves stay in the caller's flat arrays (a ``PatternTokenTable`` and indices into it), so
/// a pattern costs one slot and one hash here, not an array of its own as a dictionary key.
///
/// ```swift
/// var signatures = PatternSignatures()
/// signatures.find(tokens, hash: hash, table: table, indices: indices, starts: starts)  // nil: new
/// signatures.insert(hash: PatternSignatures.hash(tokens, table: table))
/// ```
/// - Complexity: finding and inserting are O(k) in the tokens of the pattern (one probe on average).
struct PatternSignatures {
    /// Pattern numbers (-1: empty); a power of two in size, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []

    /// The hash of a token sequence's kinds and spellings, the tokens given as indices into `table`.
    static func hash(_ tokens: [Int32], table: UnsafeBufferPointer<MatchToken>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in tokens {
            let token = table[Int(index)]
            let value = UInt64(token.kind.rawValue) << 32 | UInt64(UInt32(bitPattern: token.foldedID))
            hash = (hash ^ value) &* 0x100_0000_01B3
            hash ^= hash >> 29
        }
        hash &*= 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }

    /// The pattern stored with the same kinds and spellings as `tokens` (indices into `table`), if any:
    /// pattern `p`'s tokens are `table[indices[starts[p]..<starts[p + 1]]]`.
    func find(_ tokens: [Int32], hash: UInt64, table: UnsafeBufferPointer<MatchToken>, indices: [Int32], starts: [Int32]) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let pattern = Int(slots[slot])
            if pattern < 0 { return nil }
            if hashes[pattern] == hash && PatternSignatures.same(tokens, table, indices[Int(starts[pattern])..<Int(starts[pattern + 1])]) {
                return pattern
            }
            slot = (slot + 1) & mask
        }
    }

    /// Records the next pattern (patterns are numbered 0, 1, 2 … in the order they are inserted).
    mutating func insert(hash: UInt64) {
        let pattern = Int32(hashes.count)
        hashes.append(hash)
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for (index, stored) in hashes.enumerated() { place(Int32(index), hash: stored) }
        } else {
            place(pattern, hash: hash)
        }
    }

    private mutating func place(_ pattern: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = pattern
    }

    /// Whether the tokens `table[tokens]` and the stored tokens `table[indices]` have the same kinds and
    /// spellings.
    static func same(_ tokens: [Int32], _ table: UnsafeBufferPointer<MatchToken>, _ indices: ArraySlice<Int32>) -> Bool {
        guard tokens.count == indices.count else { return false }
        return zip(tokens, indices).allSatisfy { $0 == $1 || (table[Int($0)].kind == table[Int($1)].kind && table[Int($0)].foldedID == table[Int($1)].foldedID) }
    }
}
