import Foundation

/// Remembers the ``Word`` made from each spelling met in text, so that folding, stemming and looking up
/// vocabulary ids happen once per distinct spelling instead of once per token. Natural text repeats its
/// words (a report of 100,000 words has a few thousand distinct ones), so nearly every token is one
/// hash and one probe.
///
/// Keyed by the spelling's UTF-8 bytes as written (case included: capitals are part of the word).
/// Holds at most ``maximumWords`` words; past that, new spellings are worked out but not kept, so memory
/// stays bounded on any input. One cache serves one thread at a time: take one with
/// ``Vocabulary/withWordCache(_:)``.
///
/// - Complexity: a lookup is O(k) in the bytes of the spelling; a new spelling costs O(k) more.
final class WordCache {
    static let maximumWords = 1 << 14

    unowned let vocabulary: Vocabulary
    /// Open-addressing table: each slot holds the high half of a word's hash and its index plus one
    /// (0: empty), so a probe reads one slot, and the spelling only when the hashes agree.
    @exclusivity(unchecked) private var slots: [UInt64] = Array(repeating: 0, count: 4096)
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var starts: [Int32] = [0]
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    @exclusivity(unchecked) private var words: [Word] = []
    /// Punctuation marks below U+0080, by scalar value.
    @exclusivity(unchecked) private var ascii: [Word?] = Array(repeating: nil, count: 128)

    /// Whether the words carry their ``WordTraits``: only the recognizer asks for them, so a cache whose
    /// words are only reduced to a name's ``MatchToken``s (the name index's builder) leaves them out.
    let makesTraits: Bool

    init(vocabulary: Vocabulary, traits: Bool = true) {
        self.vocabulary = vocabulary
        makesTraits = traits
    }

    /// The word spelled by `raw`: a run of letters, a run of digits, or one punctuation mark.
    @inline(__always)
    func word(_ raw: UnsafeBufferPointer<UInt8>) -> Word {
        if raw.count == 1, raw[0] < 0x80, !isDigit(raw[0]), !isLetter(raw[0]) {
            if let word = ascii[Int(raw[0])] { return word }
            let word = WordCache.make(raw, vocabulary: vocabulary, withTraits: makesTraits)
            ascii[Int(raw[0])] = word
            return word
        }
        let hash = ByteHash.hash(raw)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                if equals(index, raw) { return words[index] }
            }
            slot = (slot + 1) & mask
        }
        let word = WordCache.make(raw, vocabulary: vocabulary, withTraits: makesTraits)
        guard words.count < WordCache.maximumWords else { return word }
        slots[slot] = tag | UInt64(words.count + 1)
        words.append(word)
        hashes.append(hash)
        bytes.append(contentsOf: raw)
        starts.append(Int32(bytes.count))
        if words.count * 2 > slots.count { grow() }
        return word
    }

    /// The words the tokenizer makes by merging two or three tokens ("г.п.", "р-н").
    private(set) lazy var urbanSettlement = Word(kind: .word, folded: "гп", keys: ["гп"], classes: [], isCapitalized: false,
                                                 isAllCaps: false, vocabulary: vocabulary)
    private(set) lazy var district = Word(kind: .word, folded: "р-н", keys: ["район"], classes: .noun, isCapitalized: false,
                                          isAllCaps: false, vocabulary: vocabulary)
    /// A hyphen that turned out to be a dash, always spelled "-".
    private(set) lazy var dash = Word(kind: .dash, folded: "-", keys: [], classes: [], isCapitalized: false, isAllCaps: false,
                                      vocabulary: vocabulary)

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private func equals(_ index: Int, _ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[index]), end = Int(starts[index + 1])
        guard end - start == raw.count else { return false }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, raw.baseAddress!, raw.count) == 0 }
    }

    private func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
        }
    }

    // MARK: Making words

    /// The word for a spelling the cache has not seen (valid UTF-8): its letters are decoded and folded
    /// in one pass. `withTraits`: false leaves its ``Word/traits`` empty.
    /// - Complexity: O(k) in the bytes of the spelling.
    static func make(_ raw: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary, withTraits: Bool = true) -> Word {
        guard !raw.isEmpty else {
            return Word(kind: .other, folded: "", keys: [], classes: [], isCapitalized: false, isAllCaps: false, vocabulary: vocabulary)
        }
        var offset = 0
        let first = UTF8Scalars.decode(raw, at: &offset)
        if first >= 0x30 && first <= 0x39 {
            let digits = String(decoding: raw, as: UTF8.self)
            return Word(kind: .number, folded: digits, keys: [digits], classes: [], isCapitalized: false, isAllCaps: false, vocabulary: vocabulary,
                        withTraits: withTraits)
        }
        guard LetterFolding.fold(first) != nil else {
            let mark = String(Unicode.Scalar(first)!)
            return Word(kind: Tokenizer.punctuationKind(first), folded: mark, keys: [], classes: [], isCapitalized: false, isAllCaps: false,
                        vocabulary: vocabulary, withTraits: withTraits)
        }
        var folded: [UInt32] = []
        folded.reserveCapacity(raw.count)
        var upperCount = 0, latin = 0, cyrillic = 0
        var lastIsUpper = false
        // The capitals the word starts with.
        var leadingUpper = 0
        var value = first
        while true {
            if let (letter, script) = LetterFolding.fold(value) {
                lastIsUpper = LetterFolding.isUpper(value)
                if lastIsUpper { upperCount += 1 }
                if lastIsUpper, leadingUpper == folded.count { leadingUpper += 1 }
                if script == .latin { latin += 1 } else { cyrillic += 1 }
                folded.append(letter)
            }
            guard offset < raw.count else { break }
            value = UTF8Scalars.decode(raw, at: &offset)
        }
        if latin > 0 && cyrillic > 0 {
            for index in folded.indices { folded[index] = LetterFolding.cyrillicLookalike(folded[index]) ?? folded[index] }
        }
        let allCaps = upperCount == folded.count && folded.count >= 2
        let spelled = String(scalarValues: folded)
        let stem = cyrillic == 0 ? Stemmer.stem(folded, spelled: spelled, isAbbreviation: true)
            : allCaps ? Stemmer.stemInCapitals(folded, spelled: spelled) : Stemmer.stem(folded, spelled: spelled, isAbbreviation: false)
        let mixedCase = !allCaps && latin == 0 && upperCount >= 2 && lastIsUpper && LetterFolding.isUpper(first) && folded.count >= 4
        let declined = !allCaps && (2...4).contains(leadingUpper) && upperCount == leadingUpper
            && WordCache.abbreviationEndings.isEnding(folded[leadingUpper...])
        return Word(kind: .word, folded: spelled, scalars: folded, keys: stem.keys, classes: stem.classes,
                    isCapitalized: LetterFolding.isUpper(first), isAllCaps: allCaps, isMixedCaseAbbreviation: mixedCase,
                    isDeclinedAbbreviation: declined, vocabulary: vocabulary,
                    withTraits: withTraits)
    }
}

extension WordCache {
    /// The case endings a declined abbreviation takes in lower case ("МИДа", "МИДу", "МИДом", "МИДе").
    static let abbreviationEndings = Endings(["а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"])
}

extension Vocabulary {
    /// Runs `body` with a ``WordCache`` for this vocabulary that no other thread uses meanwhile; caches
    /// are kept for the next caller, one per thread that ever needed one at the same time.
    func withWordCache<T>(_ body: (WordCache) throws -> T) rethrows -> T {
        let cache = caches.take() ?? WordCache(vocabulary: self)
        defer { caches.give(cache) }
        return try body(cache)
    }
}

/// The idle word caches of a vocabulary.
final class WordCachePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [WordCache] = []

    func take() -> WordCache? {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast()
    }

    func give(_ cache: WordCache) {
        lock.lock()
        idle.append(cache)
        lock.unlock()
    }
}
