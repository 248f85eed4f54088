/// What the first, quick pass of ``NameSketches/mayMatch(_:_:threshold:)`` reads of a name, in 128 bytes
/// (and a few more; one look-up per name): the ids the hard constraints compare, the keys of its content
/// words and their first and last three letters in a 256-bit signature, and its first eight words that a
/// signature can rule out.
///
/// A word of one name is surely unmatched in another when it could match nothing freely (no
/// abbreviation on either side, no place adjective against a place), none of its keys' bits is in the
/// other's signature, and no word of the other may be one letter from it: two words one letter apart
/// (the longer of six letters or more) have the same first three letters or the same last three, so a
/// word whose first and last three are not in the signature, or with no word of a near length there, is
/// none. The comparer finds such a word no match.
///
/// ```swift
/// var spare = 1.0
/// summaries[i].takeSurelyUnmatched(against: summaries[j], spare: &spare)   // false: more than 1.0 unmatched
/// ```
/// - Complexity: a test is O(w · k) bit tests for w ≤ 8 words of k ≤ 4 keys.
struct NameSummary {
    /// The key ids of the content words.
    var signature = KeySignature()
    /// Per word (up to eight): its keys' signature positions, a byte each.
    var positions: SIMD8<UInt32> = .zero
    /// Per word: the signature positions of its first three letters (low byte) and last three (high byte).
    var affixPositions: SIMD8<UInt16> = .zero
    /// The lengths (in scalars, up to 63) of the content words that are no abbreviations, one bit each.
    var lengthBits: UInt64 = 0
    var totalWeight: Double = 0
    var numbers: Int32 = 0
    var places: Int32 = 0
    var levels: Int32 = 0
    var legalFamily: Int32 = 0
    var key: Int32 = 0
    /// Per word: how many keys (1…4), ``placeHintsBit``, ``genericBit``.
    var wordInfo: SIMD8<UInt8> = .zero
    /// Per word: its length in scalars (up to 255).
    var wordLengths: SIMD8<UInt8> = .zero
    var flags: UInt8 = 0
    var wordCount: UInt8 = 0

    static let placeHintsBit: UInt8 = 8, genericBit: UInt8 = 16
    static let underspecified: UInt8 = 1, hasContent: UInt8 = 2, hasPlaces: UInt8 = 4, hasAcronym: UInt8 = 8

    func has(_ flag: UInt8) -> Bool { flags & flag != 0 }

    /// Adds a content word that no abbreviation is, with 1…4 key ids and the Unicode scalars of its key:
    /// its first and last three letters go to the signature (what another name's word one letter from it
    /// shares), and the word is kept if there is room (the others are never ruled out, which is always safe).
    mutating func addWord(keys: [Int32], scalars: ArraySlice<UInt32>, placeHints: Bool, generic: Bool) {
        let length = scalars.count
        var affixes: UInt16 = 0
        if length >= 3 {
            let prefix = NameSummary.affixPosition(scalars.prefix(3), tag: 0x5BD1_E995)
            let suffix = NameSummary.affixPosition(scalars.suffix(3), tag: 0x1B87_3593)
            signature.insert(position: prefix)
            signature.insert(position: suffix)
            affixes = UInt16(prefix) | UInt16(suffix) << 8
        }
        guard (1...4).contains(keys.count), wordCount < 8 else { return }
        let slot = Int(wordCount)
        var packed: UInt32 = 0
        for (offset, key) in keys.enumerated() { packed |= KeySignature.position(key) << UInt32(8 * offset) }
        positions[slot] = packed
        wordInfo[slot] = UInt8(keys.count) | (placeHints ? NameSummary.placeHintsBit : 0) | (generic ? NameSummary.genericBit : 0)
        wordLengths[slot] = UInt8(min(length, 255))
        affixPositions[slot] = affixes
        wordCount += 1
    }

    /// The signature position of three letters (with a tag telling the first three from the last three).
    static func affixPosition(_ letters: ArraySlice<UInt32>, tag: UInt32) -> UInt32 {
        var hash = tag
        for letter in letters { hash = (hash ^ letter) &* 0x0100_0193 }
        return (hash &* 0x9E37_79B1) >> 24
    }

    /// Takes from `spare` the weight of this name's words (of those kept here, in order) that surely have
    /// no match in `other`; false once `spare` is below zero.
    @inline(__always)
    func takeSurelyUnmatched(against other: NameSummary, spare: inout Double) -> Bool {
        guard !other.has(NameSummary.hasAcronym) else { return true }
        let otherHasPlaces = other.has(NameSummary.hasPlaces)
        for slot in 0..<Int(wordCount) {
            let info = wordInfo[slot]
            if info & NameSummary.placeHintsBit != 0 && otherHasPlaces { continue }
            let packed = positions[slot]
            var mayShare = false
            for offset in 0..<Int(info & 7) where other.signature.contains((packed >> UInt32(8 * offset)) & 0xFF) {
                mayShare = true
                break
            }
            if mayShare { continue }
            let length = Int(wordLengths[slot])
            if length >= 6, other.lengthBits & (7 << UInt64(min(length, 62) - 1)) != 0 {
                let affixes = affixPositions[slot]
                if other.signature.contains(UInt32(affixes & 0xFF)) || other.signature.contains(UInt32(affixes >> 8)) { continue }
            }
            spare -= info & NameSummary.genericBit != 0 ? 0.5 : 1
            if spare < 0 { return false }
        }
        return true
    }
}

/// A set of key ids in 256 bits (a hash of each id picks its bit): a word none of whose keys' bits is in
/// a name's signature shares no key with the name.
struct KeySignature {
    private var parts: SIMD4<UInt64> = .zero

    /// The bit of an id: the top byte of its Fibonacci hash.
    @inline(__always)
    static func position(_ id: Int32) -> UInt32 { (UInt32(bitPattern: id) &* 0x9E37_79B1) >> 24 }

    mutating func insert(_ id: Int32) {
        insert(position: KeySignature.position(id))
    }

    mutating func insert(position: UInt32) {
        parts[Int(position >> 6)] |= 1 << UInt64(position & 63)
    }

    @inline(__always)
    func contains(_ position: UInt32) -> Bool {
        parts[Int(position >> 6)] & (1 << UInt64(position & 63)) != 0
    }
}
