/// The names of a dedup run reduced to numbers, for the quick test the clusterer puts every candidate
/// pair to before it compares the names themselves: most pairs blocking offers share one word and no
/// more, and telling so on strings (hashing, copying words) was most of a run's time.
///
/// ``mayMatch(_:_:threshold:)`` says false only when ``NameComparer`` would give the pair no match at the
/// threshold: a hard constraint (numbers, places, levels, kinds of legal form), a name too general, or an
/// upper bound of its score below the threshold. The bound gives each word the most credit the comparer
/// could give it (a key in common, a long word one letter apart, an abbreviation, a place adjective), so
/// the groups are the same with the test or without it.
///
/// ```swift
/// let sketches = NameSketches(names)
/// if sketches.mayMatch(i, j, threshold: 0.85) { /* compare names[i] and names[j] */ }
/// ```
/// - Complexity: O(total words and keys) to make; a test is O(w²) integer comparisons for names of w words.
struct NameSketches {
    /// One word: its keys and spelling as ranges into the pools, its weight and what it can match.
    private struct Word {
        var keys: Range<Int32>
        /// Its key ids, one bit each (id modulo 64): two words whose masks share no bit share no key.
        var keyMask: UInt64
        /// Where its keys fall in a name's ``Signature`` (up to four, a byte each), and how many; more
        /// keys than four: `signatureCount` is 0 and the word is never ruled out by the signature.
        var signaturePositions: UInt32
        var signatureCount: UInt8
        var scalars: Range<Int32>
        var weight: Double
        var isStopWord: Bool
        var isAcronym: Bool
        var hasPlaceHints: Bool
    }

    /// One name: its words as a range into `words`, and the ids of what the hard constraints compare.
    private struct Name {
        var words: Range<Int32>
        var key: Int32
        var numbers: Int32
        var places: Int32
        var levels: Int32
        var legalFamily: Int32
        var isUnderspecified: Bool
        var hasContent: Bool
        var hasPlaces: Bool
        var hasAcronym: Bool
        var totalWeight: Double
        /// The key ids of its content words, one bit each (id modulo 64): a word whose keys have no bit
        /// here shares no key with the name.
        var keyBits: UInt64
        /// The lengths (in scalars, up to 63) of its content words that are no abbreviations: a word
        /// whose length is not within one of these is no letter from any of them.
        var lengthBits: UInt64
        /// The key ids of its content words in 256 bits: what the quick pass rules words out with.
        var signature: Signature
    }

    /// A set of key ids in 256 bits (a hash of each id picks its bit): a word none of whose keys' bits is
    /// in a name's signature shares no key with the name.
    struct Signature {
        private var parts: SIMD4<UInt64> = .zero

        /// The bit of an id: its Fibonacci hash's top byte.
        @inline(__always)
        static func position(_ id: Int32) -> UInt32 { (UInt32(bitPattern: id) &* 0x9E37_79B1) >> 24 }

        mutating func insert(_ position: UInt32) {
            parts[Int(position >> 6)] |= 1 << UInt64(position & 63)
        }

        @inline(__always)
        func contains(_ position: UInt32) -> Bool {
            parts[Int(position >> 6)] & (1 << UInt64(position & 63)) != 0
        }
    }

    private var names: [Name] = []
    private var words: [Word] = []
    /// Per name, the distinct keys (``OrgName/Word/key``) of its content words, ascending, as a range into
    /// `contentKeyPool`: what blocking pairs names on.
    private var contentKeyRanges: [Range<Int32>] = []
    private var contentKeyPool: [Int32] = []
    /// For each id, where its text stands among all the texts in `String` order: ties between ids are
    /// broken as they would be between their texts.
    private var ranks: [Int32] = []
    /// Word keys as ids (each distinct key string one id).
    private var keyPool: [Int32] = []
    /// Word keys of 6 or more characters, as Unicode scalars, for the one-letter test.
    private var scalarPool: [UInt32] = []

    init(_ orgNames: [OrgName]) {
        var ids: [String: Int32] = [:]
        /// An id per distinct text; 0 is kept for "none".
        func id(_ text: String) -> Int32 {
            if let known = ids[text] { return known }
            let new = Int32(ids.count + 1)
            ids[text] = new
            return new
        }
        /// A list's id, or 0 for an empty one (U+0001 cannot stand in a key, place or level).
        func listID(_ list: [String]) -> Int32 { list.isEmpty ? 0 : id(list.joined(separator: "\u{1}")) }
        names.reserveCapacity(orgNames.count)
        contentKeyRanges.reserveCapacity(orgNames.count)
        for name in orgNames {
            let contentStart = Int32(contentKeyPool.count)
            contentKeyPool += Set(name.words.lazy.filter { !$0.isStopWord }.map { id($0.key) }).sorted()
            contentKeyRanges.append(contentStart..<Int32(contentKeyPool.count))
            let first = Int32(words.count)
            var total = 0.0
            var keyBits: UInt64 = 0, lengthBits: UInt64 = 0
            var signature = Signature()
            for word in name.words {
                let keyStart = Int32(keyPool.count)
                var keyMask: UInt64 = 0
                var positions: UInt32 = 0, count: UInt8 = 0
                for (offset, key) in word.keys.enumerated() {
                    let keyID = id(key)
                    keyPool.append(keyID)
                    keyMask |= 1 << UInt64(keyID & 63)
                    let position = Signature.position(keyID)
                    if offset < 4 { positions |= position << UInt32(8 * offset) }
                    if !word.isStopWord { signature.insert(position) }
                }
                count = word.keys.count <= 4 ? UInt8(word.keys.count) : 0
                if !word.isStopWord { keyBits |= keyMask }
                let scalarStart = Int32(scalarPool.count)
                if !word.isStopWord, !word.isAcronym {
                    scalarPool += word.key.unicodeScalars.map(\.value)
                    lengthBits |= 1 << UInt64(min(scalarPool.count - Int(scalarStart), 63))
                }
                words.append(Word(keys: keyStart..<Int32(keyPool.count), keyMask: keyMask, signaturePositions: positions, signatureCount: count, scalars: scalarStart..<Int32(scalarPool.count),
                                  weight: word.weight, isStopWord: word.isStopWord, isAcronym: word.isAcronym,
                                  hasPlaceHints: !word.placeHints.isEmpty))
                total += word.weight
            }
            names.append(Name(words: first..<Int32(words.count), key: id(name.key), numbers: listID(name.numbers),
                              places: listID(name.places), levels: listID(name.levels),
                              legalFamily: name.legalFamily.map(id) ?? 0, isUnderspecified: name.isUnderspecified,
                              hasContent: name.words.contains { !$0.isStopWord }, hasPlaces: !name.places.isEmpty,
                              hasAcronym: name.words.contains(where: \.isAcronym), totalWeight: total,
                              keyBits: keyBits, lengthBits: lengthBits, signature: signature))
        }
        ranks = [Int32](repeating: 0, count: ids.count + 1)
        for (rank, entry) in ids.sorted(by: { $0.key < $1.key }).enumerated() { ranks[Int(entry.value)] = Int32(rank + 1) }
    }

    /// The id of name `i`'s ``OrgName/key``.
    func key(of i: Int) -> Int32 { names[i].key }

    /// The distinct keys of name `i`'s content words, as ids, ascending.
    func contentKeys(of i: Int) -> ArraySlice<Int32> { contentKeyPool[contentKeyRanges[i]] }

    /// Where an id's text stands in `String` order.
    func rank(_ id: Int32) -> Int32 { ranks[Int(id)] }

    /// Whether names `i` and `j` have a content word's key in common.
    func shareContentKey(_ i: Int, _ j: Int) -> Bool {
        let x = contentKeys(of: i), y = contentKeys(of: j)
        var a = x.startIndex, b = y.startIndex
        while a < x.endIndex, b < y.endIndex {
            if x[a] == y[b] { return true }
            if x[a] < y[b] { a += 1 } else { b += 1 }
        }
        return false
    }

    /// False only when the comparer would give names `i` and `j` no match scoring at least `threshold`.
    func mayMatch(_ i: Int, _ j: Int, threshold: Double) -> Bool {
        let a = names[i], b = names[j]
        // NameComparer.conflict, on ids.
        if a.numbers != b.numbers { return false }
        if a.places != 0, b.places != 0, a.places != b.places { return false }
        if a.levels != 0, b.levels != 0, a.levels != b.levels { return false }
        if a.legalFamily != 0, b.legalFamily != 0, a.legalFamily != b.legalFamily { return false }
        if a.isUnderspecified || b.isUnderspecified { return false }
        if a.key == b.key { return true }
        if !a.hasContent || !b.hasContent { return false }
        let total = a.totalWeight + b.totalWeight
        // The weight that may go unmatched: score = dice / (2 − dice) reaches the threshold t only when
        // dice ≥ 2t / (1 + t). Most candidates fail after a word or two; the margin leaves the last word
        // to the exact sum below.
        let floor = max(threshold - 1e-9, 0)
        var spare = total * (1 - 2 * floor / (1 + floor)) + 1e-6
        // First the words the signatures alone say the other name cannot match: most candidates fail here,
        // before any key is compared (the same words are found unmatched below, in the same order, so this
        // decides nothing new).
        var quickSpare = spare
        guard surelyUnmatched(a, b, spare: &quickSpare), surelyUnmatched(b, a, spare: &quickSpare) else { return false }
        guard let fromA = bestCredit(a, b, spare: &spare), let fromB = bestCredit(b, a, spare: &spare) else { return false }
        let matched = fromA + fromB
        let dice = total > 0 ? matched / total : 0
        // The comparer's score is this or less: a place named on one side only lowers it.
        return dice / (2 - dice) >= threshold - 1e-9
    }

    /// Takes from `spare` the weight of `x`'s words that surely have no match in `y` (no key's bit in its
    /// signature, no word of a near length, nothing matched freely); false once `spare` is used up.
    @inline(__always)
    private func surelyUnmatched(_ x: Name, _ y: Name, spare: inout Double) -> Bool {
        guard !y.hasAcronym else { return true }
        for index in x.words {
            let word = words[Int(index)]
            guard !word.isStopWord, !word.isAcronym, word.signatureCount > 0, !(word.hasPlaceHints && y.hasPlaces) else { continue }
            var mayShare = false
            for offset in 0..<Int(word.signatureCount) where y.signature.contains((word.signaturePositions >> UInt32(8 * offset)) & 0xFF) {
                mayShare = true
                break
            }
            guard !mayShare, !mayBeOneApart(word, in: y) else { continue }
            spare -= word.weight
            if spare < 0 { return false }
        }
        return true
    }

    /// The most weight of `x`'s words that could be matched in `y`, or nil once the words that cannot
    /// weigh more than `spare` (which they use up).
    private func bestCredit(_ x: Name, _ y: Name, spare: inout Double) -> Double? {
        var matched = 0.0
        for index in x.words {
            let word = words[Int(index)]
            guard !word.isStopWord else { continue }
            if word.isAcronym || y.hasAcronym || (word.hasPlaceHints && y.hasPlaces) || canMatch(word, in: y) {
                matched += word.weight
            } else {
                spare -= word.weight
                if spare < 0 { return nil }
            }
        }
        return matched
    }

    /// Whether a word of `y` has a key in common with `word`, or is one letter from it (long words).
    private func canMatch(_ word: Word, in y: Name) -> Bool {
        let mayShareKey = word.keyMask & y.keyBits != 0
        let nearLength = mayBeOneApart(word, in: y)
        guard mayShareKey || nearLength else { return false }
        for index in y.words {
            let other = words[Int(index)]
            guard !other.isStopWord else { continue }
            if word.keyMask & other.keyMask != 0, shareKey(word.keys, other.keys) { return true }
            if nearLength, !other.isAcronym, oneEditApart(word.scalars, other.scalars) { return true }
        }
        return false
    }

    /// Whether `y` has a word of a length that may be one letter from `word` (a long word, no abbreviation).
    @inline(__always)
    private func mayBeOneApart(_ word: Word, in y: Name) -> Bool {
        let length = word.scalars.count
        return !word.isAcronym && length >= 6 && y.lengthBits & (7 << UInt64(min(length, 62) - 1)) != 0
    }

    /// Whether two words' key ranges hold an id in common.
    @inline(__always)
    private func shareKey(_ a: Range<Int32>, _ b: Range<Int32>) -> Bool {
        for x in a {
            let key = keyPool[Int(x)]
            for y in b where keyPool[Int(y)] == key { return true }
        }
        return false
    }

    /// ``NameComparer/oneEditApart(_:_:)`` on the pooled scalars.
    private func oneEditApart(_ a: Range<Int32>, _ b: Range<Int32>) -> Bool {
        NameComparer.oneEditApart(scalarPool[a], scalarPool[b])
    }
}

private extension Array {
    /// The elements in a range of 32-bit positions (the pools' ranges).
    subscript(range: Range<Int32>) -> ArraySlice<Element> { self[Int(range.lowerBound)..<Int(range.upperBound)] }
}
