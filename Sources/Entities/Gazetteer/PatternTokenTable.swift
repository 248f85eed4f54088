/// The distinct tokens of the name index's patterns while it is built: each token stored once and found
/// again by all its fields, so that a word written in thousands of names ("государственное", "школа",
/// "№") costs one ``MatchToken`` and each pattern holds 4-byte indices.
///
/// ```swift
/// var table = PatternTokenTable()
/// table.index(of: school)  // 0
/// table.index(of: school)  // 0 again
/// ```
/// - Complexity: O(1) per token on average.
struct PatternTokenTable {
    private(set) var tokens: [MatchToken] = []
    /// Indices into `tokens` (-1: empty); a power of two in size, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The index of `token`, adding it when it is new.
    mutating func index(of token: MatchToken) -> Int32 {
        let hash = PatternTokenTable.hash(token)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if PatternTokenTable.same(tokens[Int(slots[slot])], token) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        let index = Int32(tokens.count)
        tokens.append(token)
        if tokens.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for stored in tokens.indices { place(Int32(stored)) }
        } else {
            slots[slot] = index
        }
        return index
    }

    private mutating func place(_ index: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: PatternTokenTable.hash(tokens[Int(index)])) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    /// A hash of every field a pattern's token has.
    static func hash(_ token: MatchToken) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ value: UInt64) { hash = (hash ^ value) &* 0x100_0000_01B3; hash ^= hash >> 29 }
        mix(UInt64(token.kind.rawValue) | UInt64(token.classes.rawValue) << 8 | (token.isCapitalized ? 1 << 16 : 0)
            | (token.isAllCaps ? 1 << 17 : 0) | (token.consonantNoun ? 1 << 18 : 0) | (token.feminineOblique ? 1 << 19 : 0)
            | (token.isSettlementMarker ? 1 << 20 : 0) | (token.softNoun ? 1 << 21 : 0) | UInt64(UInt32(bitPattern: token.length)) << 32)
        mix(UInt64(UInt32(bitPattern: token.foldedID)))
        for index in 0..<token.keyIDs.count { mix(UInt64(UInt32(bitPattern: token.keyIDs[index] ?? -1))) }
        hash &*= 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }

    /// Whether two tokens agree in every field.
    static func same(_ a: MatchToken, _ b: MatchToken) -> Bool {
        a.kind == b.kind && a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps && a.classes == b.classes
            && a.length == b.length && a.foldedID == b.foldedID && a.keyIDs == b.keyIDs && a.feminineOblique == b.feminineOblique
            && a.consonantNoun == b.consonantNoun && a.isSettlementMarker == b.isSettlementMarker && a.softNoun == b.softNoun
    }
}
