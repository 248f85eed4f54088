/// A token reduced to what name matching compares — kind, capitals, classes and vocabulary ids — as
/// plain data, so the matcher's inner loops copy nothing that needs reference counting. Made from a token
/// of the text and from each token of a gazetteer name or lexicon phrase.
struct MatchToken: Sendable {
    var kind: Token.Kind
    var isCapitalized: Bool
    /// In the text: every letter a capital, or an abbreviation declined ("МИДа", ``Word/isDeclinedAbbreviation``).
    /// In a pattern: an abbreviation in capitals, which the text must have in capitals too
    /// (``Word/matchesOnlyInCapitals``: two to four letters).
    var isAllCaps: Bool
    var classes: WordClasses
    /// The number of letters of the folded word.
    var length: Int32
    var foldedID: Vocabulary.ID
    var keyIDs: KeyIDs
    /// In the text: ends in -ой/-ою/-ей/-ею (a feminine adjective, or a noun in -а/-я: "Оршей").
    var feminineOblique = false
    /// In a pattern: a noun whose nominative ends in a consonant ("Смоленск"), of which no -ой form exists.
    var consonantNoun = false
    /// In the text: a settlement marker's word (г., пгт., д. …; see ``WordTraits/settlementMarker``).
    var isSettlementMarker = false
    /// In the text: a hard stem's ending or none (``WordTraits/hardEnding``).
    var hardEnding = false
    /// In a pattern: a noun whose nominative ends in -ь ("Беларусь", "Гомель"), of which no form ends
    /// that way.
    var softNoun = false

    /// A token of the text (its word's ids must be in the vocabulary the patterns use).
    @inline(__always)
    init(_ token: Token) {
        kind = token.kind
        isCapitalized = token.isCapitalized
        isAllCaps = token.isAllCaps || token.word.isDeclinedAbbreviation
        classes = token.word.classes
        length = Int32(token.word.length)
        foldedID = token.word.foldedID ?? -1
        keyIDs = token.word.keyIDs
        feminineOblique = token.word.traits.contains(.feminineOblique)
        isSettlementMarker = token.word.traits.contains(.settlementMarker)
        hardEnding = token.word.traits.contains(.hardEnding)
    }

    /// A token of a name or phrase (interned).
    init(_ token: NameIndex.PatternToken) {
        kind = token.kind
        isCapitalized = token.isCapitalized
        isAllCaps = token.isAllCaps
        classes = token.classes
        length = Int32(token.folded.unicodeScalars.count)
        foldedID = token.foldedID ?? -1
        keyIDs = token.keyIDs
        if token.classes == .noun, let last = token.folded.unicodeScalars.last {
            consonantNoun = !MatchToken.isVowelOrSign(last.value) && last.value >= 0x400
            softNoun = last == "ь"
        }
    }

    /// Whether a folded letter is one of а я е и о у ы э ю й ь (a noun ending in none of them ends in a
    /// consonant).
    @inline(__always)
    static func isVowelOrSign(_ value: UInt32) -> Bool {
        switch value {
        case 0x430, 0x44F, 0x435, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E, 0x439, 0x44C: true
        default: false
        }
    }

    /// The content tokens of a field (`content`: indices of the tokens names are made of).
    static func content(_ tokens: [Token], _ content: [Int]) -> [MatchToken] {
        content.map { MatchToken(tokens[$0]) }
    }

    /// Whether a token of the text is the pattern's token: the same kind, capitals where the pattern
    /// has an abbreviation in capitals, compatible classes and a shared key.
    @inline(__always)
    static func same(_ token: MatchToken, _ expected: MatchToken) -> Bool {
        guard token.kind == expected.kind, !expected.isAllCaps || token.isAllCaps else { return false }
        switch token.kind {
        case .word, .number:
            // "Смоленской" is no case of "Смоленск": a feminine -ой/-ей form belongs to a noun in -а/-я.
            guard !(token.feminineOblique && expected.consonantNoun), !(token.hardEnding && expected.softNoun) else { return false }
            return token.classes.isCompatible(with: expected.classes) && token.keyIDs.intersects(expected.keyIDs)
        default:
            return true
        }
    }

    /// Whether the text's tokens from content position `position` on are the pattern's `tokens`.
    @inline(__always)
    static func matches(_ text: UnsafeBufferPointer<MatchToken>, at position: Int, _ tokens: UnsafeBufferPointer<MatchToken>) -> Bool {
        guard position + tokens.count <= text.count else { return false }
        for offset in 0..<tokens.count where !same(text[position + offset], tokens[offset]) { return false }
        return true
    }
}

/// The name index's patterns laid out for the matcher: plain arrays of plain data. The patterns that
/// start with each key are found by an offset table (compressed rows), and each row entry carries the
/// pattern's first two tokens (the first as an index into the table of tokens), so that ruling a pattern out — the common case: a hundred names start
/// with "Республика" — reads one row in order instead of jumping to every pattern.
struct CompiledPatterns: Sendable {
    struct Pattern: Sendable {
        var tokenStart: Int32
        var tokenCount: Int32
        var entityStart: Int32
        var entityCount: Int32
    }

    /// A pattern in the row of a first key, with its first token's index in ``tokenTable`` (the patterns of
    /// a row mostly share it, so reading it stays in the cache) and its second token (the second only when
    /// it has one): 44 bytes where a second ``MatchToken`` would make 72 (an entry for each name).
    struct Entry: Sendable {
        var pattern: Int32
        var tokenCount: Int32
        var first: Int32
        var second: MatchToken
    }

    /// A long row split by the keys of its patterns' second tokens, so that a common first word
    /// ("Смоленский …", "г. …") tries only the patterns whose second token can be the next word.
    struct SplitRow: Sendable {
        /// Slots of one-token patterns and of patterns whose second token is a mark (no keys), in row order.
        var unkeyed: [Int32] = []
        /// Slots by each key id of the pattern's second token, each list in row order.
        var bySecondKey: [Vocabulary.ID: [Int32]] = [:]
    }

    /// Rows longer than this are split (see ``SplitRow``).
    static let splitThreshold = 8

    var patterns: [Pattern] = []
    /// The distinct tokens of all patterns (a word shared by thousands of names is stored once).
    var tokenTable: [MatchToken] = []
    /// Every pattern's tokens as indices into ``tokenTable``, one pattern after another: pattern `p`'s are
    /// `tokenIndices[p.tokenStart..<p.tokenStart + p.tokenCount]`.
    var tokenIndices: [Int32] = []
    var entities: [Int] = []
    /// Patterns whose first token has key id `k`: `entries[firstKeyStarts[k]..<firstKeyStarts[k + 1]]`,
    /// in the order they were added.
    var firstKeyStarts: [Int32] = [0]
    var entries: [Entry] = []
    /// For each first key id, its row's index in ``splitRows``, or -1 when the row is short.
    var splitRowOf: [Int32] = []
    var splitRows: [SplitRow] = []

    init() {}

    /// The patterns laid out one after another: pattern `p`'s tokens are
    /// `tokenIndices[tokenStarts[p]..<tokenStarts[p + 1]]` (into `tokenTable`), naming
    /// `entities[entityStarts[p]..<entityStarts[p + 1]]`; the patterns whose first token has key id `k` are
    /// `rows[rowStarts[k]..<rowStarts[k + 1]]`, in the order they were added.
    /// - Complexity: O(t + r + k) for t tokens, r row entries and k keys.
    init(tokenTable: [MatchToken], tokenIndices: [Int32], tokenStarts: [Int32], entities: [Int], entityStarts: [Int32], rows: [Int32],
         rowStarts: [Int32]) {
        let count = tokenStarts.count - 1
        patterns.reserveCapacity(count)
        for pattern in 0..<count {
            patterns.append(Pattern(tokenStart: tokenStarts[pattern], tokenCount: tokenStarts[pattern + 1] - tokenStarts[pattern],
                                    entityStart: entityStarts[pattern], entityCount: entityStarts[pattern + 1] - entityStarts[pattern]))
        }
        self.tokenTable = tokenTable
        self.tokenIndices = tokenIndices
        self.entities = entities
        firstKeyStarts = rowStarts
        entries.reserveCapacity(rows.count)
        for index in rows {
            let pattern = patterns[Int(index)]
            entries.append(Entry(pattern: index, tokenCount: pattern.tokenCount, first: tokenIndices[Int(pattern.tokenStart)],
                                 second: token(pattern, pattern.tokenCount > 1 ? 1 : 0)))
        }
        let keys = rowStarts.count - 1
        splitRowOf = [Int32](repeating: -1, count: keys)
        for key in 0..<keys {
            let row = Int(firstKeyStarts[key])..<Int(firstKeyStarts[key + 1])
            guard row.count > CompiledPatterns.splitThreshold else { continue }
            var split = SplitRow()
            for slot in row {
                let entry = entries[slot]
                let keyed = entry.tokenCount > 1 && (entry.second.kind == .word || entry.second.kind == .number)
                let keys = entry.second.keyIDs
                var any = false
                // Each distinct key id once (a token has at most four keys).
                for index in 0..<(keyed ? keys.count : 0) {
                    guard let id = keys[index], !(0..<index).contains(where: { keys[$0] == id }) else { continue }
                    split.bySecondKey[id, default: []].append(Int32(slot))
                    any = true
                }
                if !any { split.unkeyed.append(Int32(slot)) }
            }
            splitRowOf[key] = Int32(splitRows.count)
            splitRows.append(split)
        }
    }

    /// Token `offset` of `pattern`.
    @inline(__always)
    func token(_ pattern: Pattern, _ offset: Int) -> MatchToken {
        tokenTable[Int(tokenIndices[Int(pattern.tokenStart) + offset])]
    }

    /// Whether the text's tokens from content position `position` on are `pattern`'s tokens (see
    /// ``MatchToken/matches(_:at:_:)``), read through `table` (``tokenTable``'s storage).
    @inline(__always)
    func matches(_ pattern: Pattern, _ text: UnsafeBufferPointer<MatchToken>, at position: Int, _ table: UnsafeBufferPointer<MatchToken>) -> Bool {
        let count = Int(pattern.tokenCount), start = Int(pattern.tokenStart)
        guard position + count <= text.count else { return false }
        return tokenIndices.withUnsafeBufferPointer { indices in
            for offset in 0..<count where !MatchToken.same(text[position + offset], table[Int(indices[start + offset])]) { return false }
            return true
        }
    }

    /// `pattern`'s tokens, into `tokens` (emptied first).
    func tokens(of pattern: Pattern, into tokens: inout [MatchToken]) {
        tokens.removeAll(keepingCapacity: true)
        for offset in 0..<Int(pattern.tokenCount) { tokens.append(token(pattern, offset)) }
    }

    /// The slots of ``entries`` worth trying at a text token with key id `key`, followed by `next` (nil
    /// at the end of the text), in row order: the whole row when it is short, else the one-token
    /// patterns and those whose second token shares a key with `next` or is a mark. Every pattern the
    /// row holds that can match is among them.
    /// - Complexity: O(r) for a short row of r entries; O(s log s) for the s slots of a split row.
    @inline(__always)
    func candidateSlots(startingWith key: Vocabulary.ID, next: MatchToken?, into slots: inout [Int32]) {
        slots.removeAll(keepingCapacity: true)
        let key = Int(key)
        guard key + 1 < firstKeyStarts.count else { return }
        let split = splitRowOf[key]
        guard split >= 0 else {
            for slot in Int(firstKeyStarts[key])..<Int(firstKeyStarts[key + 1]) { slots.append(Int32(slot)) }
            return
        }
        let row = splitRows[Int(split)]
        slots += row.unkeyed
        guard let next, next.kind == .word || next.kind == .number else { return }
        var added = false
        for index in 0..<next.keyIDs.count {
            if let id = next.keyIDs[index], let list = row.bySecondKey[id] {
                slots += list
                added = true
            }
        }
        guard added else { return }
        slots.sortAndRemoveRepeats()
    }

}

/// Phrases of pattern tokens (legal forms, organization heads) stored one after another: phrase `i` is
/// `tokens[starts[i]..<starts[i + 1]]`.
struct PhraseList: Sendable {
    private(set) var tokens: [MatchToken] = []
    private(set) var starts: [Int32] = [0]

    init(_ phrases: [[NameIndex.PatternToken]]) {
        for phrase in phrases {
            tokens += phrase.map(MatchToken.init)
            starts.append(Int32(tokens.count))
        }
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(starts[index + 1]) }

    @inline(__always)
    func length(_ index: Int) -> Int { Int(starts[index + 1] - starts[index]) }
}
