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
    /// One word, in 24 bytes (a run holds hundreds of thousands): its keys as a range into the key pool,
    /// the id of its ``OrgName/Word/key`` (whose letters ``keyScalars`` holds), what it can match.
    private struct Word {
        /// Its key ids, one bit each (id modulo 64): two words whose masks share no bit share no key.
        var keyMask: UInt64
        var keys: Range<Int32>
        var key: Int32
        var flags: UInt8

        static let stopWord: UInt8 = 1, acronym: UInt8 = 2, placeHints: UInt8 = 4, generic: UInt8 = 8

        var isStopWord: Bool { flags & Word.stopWord != 0 }
        var isAcronym: Bool { flags & Word.acronym != 0 }
        var hasPlaceHints: Bool { flags & Word.placeHints != 0 }
        /// ``OrgName/Word/weight``.
        var weight: Double { isStopWord ? 0 : (flags & Word.generic != 0 ? 0.5 : 1) }
        /// Whether the one-letter test applies to the word: a word compared, no abbreviation.
        var hasLetters: Bool { flags & (Word.stopWord | Word.acronym) == 0 }
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
    }

    private var names: [Name] = []
    /// What the quick pass reads, per name.
    private var summaries: [NameSummary] = []
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
    /// The letters of the keys of the words compared that are no abbreviations, as Unicode scalars, for the
    /// one-letter test: each key's once, by its id, as a range into `scalarPool` (empty for other ids).
    private var keyScalars: [Range<Int32>] = []
    private var scalarPool: [UInt32] = []

    init<Names: Collection>(_ orgNames: Names) where Names.Element == OrgName {
        var texts = TextIDs()
        func id(_ text: String) -> Int32 { texts.id(text) }
        func listID(_ list: [String]) -> Int32 { texts.listID(list) }
        // The arrays at their final sizes, without the slack of growing.
        var wordCount = 0, keyCount = 0
        for name in orgNames {
            wordCount += name.words.count
            for word in name.words { keyCount += word.keys.count }
        }
        names.reserveCapacity(orgNames.count)
        summaries.reserveCapacity(orgNames.count)
        contentKeyRanges.reserveCapacity(orgNames.count)
        words.reserveCapacity(wordCount)
        keyPool.reserveCapacity(keyCount)
        contentKeyPool.reserveCapacity(wordCount)
        for name in orgNames {
            let contentStart = Int32(contentKeyPool.count)
            contentKeyPool += Set(name.words.lazy.filter { !$0.isStopWord }.map { id($0.key) }).sorted()
            contentKeyRanges.append(contentStart..<Int32(contentKeyPool.count))
            let first = Int32(words.count)
            var total = 0.0
            var keyBits: UInt64 = 0, lengthBits: UInt64 = 0
            var summary = NameSummary()
            for word in name.words {
                let keyStart = Int32(keyPool.count)
                var keyMask: UInt64 = 0
                for key in word.keys {
                    let keyID = id(key)
                    keyPool.append(keyID)
                    keyMask |= 1 << UInt64(keyID & 63)
                    if !word.isStopWord { summary.signature.insert(keyID) }
                }
                if !word.isStopWord { keyBits |= keyMask }
                let flags = (word.isStopWord ? Word.stopWord : 0) | (word.isAcronym ? Word.acronym : 0)
                    | (word.placeHints.isEmpty ? 0 : Word.placeHints) | (word.isGeneric ? Word.generic : 0)
                let sketch = Word(keyMask: keyMask, keys: keyStart..<Int32(keyPool.count), key: id(word.key), flags: flags)
                words.append(sketch)
                if sketch.hasLetters {
                    let letters = scalars(of: sketch.key, word.key)
                    lengthBits |= 1 << UInt64(min(letters.count, 63))
                    summary.addWord(keys: Array(keyPool[keyStart..<Int32(keyPool.count)]), scalars: scalarPool[letters],
                                    placeHints: !word.placeHints.isEmpty, generic: word.isGeneric)
                }
                total += word.weight
            }
            names.append(Name(words: first..<Int32(words.count), key: id(name.key), numbers: listID(name.numbers),
                              places: listID(name.places), levels: listID(name.levels),
                              legalFamily: name.legalFamily.map(id) ?? 0, isUnderspecified: name.isUnderspecified,
                              hasContent: name.words.contains { !$0.isStopWord }, hasPlaces: !name.places.isEmpty,
                              hasAcronym: name.words.contains(where: \.isAcronym), totalWeight: total,
                              keyBits: keyBits, lengthBits: lengthBits))
            let last = names[names.count - 1]
            summary.lengthBits = lengthBits
            summary.totalWeight = total
            (summary.numbers, summary.places, summary.levels, summary.legalFamily, summary.key) =
                (last.numbers, last.places, last.levels, last.legalFamily, last.key)
            summary.flags = (last.isUnderspecified ? NameSummary.underspecified : 0) | (last.hasContent ? NameSummary.hasContent : 0)
                | (last.hasPlaces ? NameSummary.hasPlaces : 0) | (last.hasAcronym ? NameSummary.hasAcronym : 0)
            summaries.append(summary)
        }
        ranks = texts.ranks()
    }

    /// The letters of key `id` (`text`), pooled the first time.
    private mutating func scalars(of id: Int32, _ text: String) -> Range<Int32> {
        if keyScalars.count <= Int(id) { keyScalars += Array(repeating: 0..<0, count: Int(id) + 1 - keyScalars.count) }
        if keyScalars[Int(id)].isEmpty {
            let start = Int32(scalarPool.count)
            scalarPool += text.unicodeScalars.lazy.map(\.value)
            keyScalars[Int(id)] = start..<Int32(scalarPool.count)
        }
        return keyScalars[Int(id)]
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
        // The summaries are read in place (copying two of them was a tenth of a large run).
        let total: Double
        var spare: Double
        let quick = summaries.withUnsafeBufferPointer { summaries -> Bool? in
            let quickA = summaries.baseAddress! + i, quickB = summaries.baseAddress! + j
            // NameComparer.conflict, on ids.
            if quickA.pointee.numbers != quickB.pointee.numbers { return false }
            if quickA.pointee.places != 0, quickB.pointee.places != 0, quickA.pointee.places != quickB.pointee.places { return false }
            if quickA.pointee.levels != 0, quickB.pointee.levels != 0, quickA.pointee.levels != quickB.pointee.levels { return false }
            if quickA.pointee.legalFamily != 0, quickB.pointee.legalFamily != 0,
               quickA.pointee.legalFamily != quickB.pointee.legalFamily { return false }
            if quickA.pointee.has(NameSummary.underspecified) || quickB.pointee.has(NameSummary.underspecified) { return false }
            if quickA.pointee.key == quickB.pointee.key { return true }
            if !quickA.pointee.has(NameSummary.hasContent) || !quickB.pointee.has(NameSummary.hasContent) { return false }
            // The weight that may go unmatched: score = dice / (2 − dice) reaches the threshold t only when
            // dice ≥ 2t / (1 + t). Most candidates fail after a word or two; the margin leaves the last word
            // to the exact sum below.
            let total = quickA.pointee.totalWeight + quickB.pointee.totalWeight
            let floor = max(threshold - 1e-9, 0)
            var quickSpare = total * (1 - 2 * floor / (1 + floor)) + 1e-6
            // First the words the signatures alone say the other name cannot match: most candidates fail
            // here, before any key is compared (the same words are found unmatched below, in the same order,
            // so this decides nothing new).
            guard quickA.pointee.takeSurelyUnmatched(against: quickB.pointee, spare: &quickSpare),
                  quickB.pointee.takeSurelyUnmatched(against: quickA.pointee, spare: &quickSpare) else { return false }
            return nil
        }
        if let quick { return quick }
        total = summaries[i].totalWeight + summaries[j].totalWeight
        let floor = max(threshold - 1e-9, 0)
        spare = total * (1 - 2 * floor / (1 + floor)) + 1e-6
        let a = names[i], b = names[j]
        guard let fromA = bestCredit(a, b, spare: &spare), let fromB = bestCredit(b, a, spare: &spare) else { return false }
        let matched = fromA + fromB
        let dice = total > 0 ? matched / total : 0
        // The comparer's score is this or less: a place named on one side only lowers it.
        return dice / (2 - dice) >= threshold - 1e-9
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
            if nearLength, !other.isAcronym, oneEditApart(keyScalars[Int(word.key)], keyScalars[Int(other.key)]) { return true }
        }
        return false
    }

    /// Whether `y` has a word of a length that may be one letter from `word` (a long word, no abbreviation).
    @inline(__always)
    private func mayBeOneApart(_ word: Word, in y: Name) -> Bool {
        guard word.hasLetters else { return false }
        let length = keyScalars[Int(word.key)].count
        return length >= 6 && y.lengthBits & (7 << UInt64(min(length, 62) - 1)) != 0
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
