/// Collects the name index's patterns while the gazetteer loads, straight into the flat arrays the
/// matcher reads (``CompiledPatterns``): each pattern's tokens one after another as indices into a
/// ``PatternTokenTable`` of plain ``MatchToken``s, its entity, and its first keys. A name costs 4 bytes a
/// token and a slot in ``PatternSignatures`` — no array, string or dictionary of its own.
///
/// The rules for a name written twice are ``add(_:entity:isFormer:explicit:name:)``'s.
///
/// ```swift
/// var builder = NameIndexBuilder(vocabulary: vocabulary, entities: entities)
/// let tokens = builder.tokens(of: "Витебск")
/// try builder.add(tokens, entity: 0, isFormer: false, explicit: true, name: "Витебск")
/// let compiled = builder.compiled()
/// ```
/// - Complexity: O(t) in the tokens of all names, plus O(k) in the largest first key id to finish.
struct NameIndexBuilder {
    let vocabulary: Vocabulary
    /// The gazetteer's entities, for the errors and the `ambiguous` marks.
    let entities: [Entity]

    /// The distinct tokens of all patterns.
    private var table = PatternTokenTable()
    /// Every pattern's tokens as indices into ``table``, one after another: pattern `p`'s are
    /// `indices[tokenStarts[p]..<tokenStarts[p + 1]]`.
    private var indices: [Int32] = []
    private var tokenStarts: [Int32] = [0]
    /// Each pattern's first entity; the others of an ambiguous name are in ``moreOwners``.
    private var owners: [Int32] = []
    private var moreOwners: [Int32: [Int32]] = [:]
    /// Whether each pattern is a former name.
    private(set) var isFormer: [Bool] = []
    /// Whether each pattern was made by swapping abbreviations (or derived), not written in the gazetteer.
    private(set) var isVariant: [Bool] = []
    /// (first key id, pattern) for each key of each pattern's first token, in the order added.
    private var rowKeys: [Int32] = []
    private var rowPatterns: [Int32] = []
    private var signatures = PatternSignatures()

    init(vocabulary: Vocabulary, entities: [Entity]) {
        self.vocabulary = vocabulary
        self.entities = entities
    }

    var count: Int { owners.count }

    /// The tokens of a name that matching compares (quotes and dots dropped), interned in the vocabulary
    /// — what ``NameIndex/patternTokens(_:vocabulary:)`` gives, reduced to ``MatchToken``s.
    mutating func tokens(of name: String) -> [MatchToken] {
        let tokens = Tokenizer.tokenize(name, cache: words)
        var result: [MatchToken] = []
        result.reserveCapacity(tokens.count)
        for token in tokens where !token.isSkippedWhenMatching {
            // A word met a moment ago (the tokenizer's cache gives the same object for the same spelling)
            // was interned then: its ids are taken as they are.
            let slot = Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(token.word)) >> 4) & (NameIndexBuilder.recentSize - 1)
            if let known = recent[slot], known.word === token.word, known.token.kind == token.kind,
               known.capitals == (token.isCapitalized, token.isAllCaps) {
                result.append(known.token)
                continue
            }
            let reduced = MatchToken(patternOf: token, vocabulary: vocabulary)
            recent[slot] = (token.word, (token.isCapitalized, token.isAllCaps), reduced)
            result.append(reduced)
        }
        return result
    }

    /// ``NameIndex/personName(_:)`` of a name, its words made by the builder's cache.
    mutating func personName(_ name: String) -> (keys: [String], initials: String)? {
        NameIndex.personName(tokens: Tokenizer.tokenize(name, cache: words))
    }

    /// The words of the names, made for no vocabulary (their spellings and keys are interned here): the
    /// builder's own cache, let go with it, where the shared one would keep them for the whole run.
    private var words = WordCache(vocabulary: .empty, traits: false)

    static let recentSize = 4096
    /// The tokens of the words met last, by word object (held, so that no other word takes its identity).
    private var recent = [(word: Word, capitals: (Bool, Bool), token: MatchToken)?](repeating: nil, count: recentSize)

    /// The entities pattern `pattern` names, in the order they were added.
    func owners(of pattern: Int) -> [Int] {
        [Int(owners[pattern])] + (moreOwners[Int32(pattern)] ?? []).map(Int.init)
    }

    /// Adds a name's tokens. The same spelling (after folding) is the same name; different spellings
    /// that share stems ("Мали", "Мале") are different names, and the exact spelling wins when matching.
    /// A name written in the gazetteer (`explicit`) takes the place of a variant of another entity's
    /// name, whichever came first; two entities may share a written name only when both are marked
    /// `ambiguous`.
    /// - Throws: ``InputError`` at the entity when its name names another entity not marked ambiguous.
    mutating func add(_ tokens: [MatchToken], entity: Int, isFormer: Bool, explicit: Bool, name: String) throws {
        try add(indices: indices(of: tokens), entity: entity, isFormer: isFormer, explicit: explicit, name: name)
    }

    /// The indices of `tokens` in the builder's table of distinct tokens (each added when new): what
    /// ``add(indices:entity:isFormer:explicit:name:)`` and ``variant(of:_:swaps:)`` take.
    /// - Complexity: O(t) in the tokens (one hash each).
    mutating func indices(of tokens: some Collection<MatchToken>) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(tokens.count)
        for token in tokens { result.append(table.index(of: token)) }
        return result
    }

    /// The table indices of a variant of a name whose tokens have the table indices `indices`: the swap
    /// side's tokens are added to the table the first time a variant takes them.
    /// - Complexity: O(t) in the tokens of the variant.
    mutating func variant(of indices: [Int32], _ replacement: SwapTable<MatchToken>.Replacement, swaps: SwapTable<MatchToken>) -> [Int32] {
        if sideIndices.isEmpty { sideIndices = Array(repeating: nil, count: swaps.sideCount) }
        let side: [Int32]
        if let known = sideIndices[replacement.side] {
            side = known
        } else {
            side = self.indices(of: swaps.side(replacement.side))
            sideIndices[replacement.side] = side
        }
        var variant: [Int32] = []
        variant.reserveCapacity(indices.count - replacement.removed + side.count)
        variant += indices[..<replacement.start]
        variant += side
        variant += indices[(replacement.start + replacement.removed)...]
        return variant
    }

    /// The table indices of the swap sides' tokens, by side (nil until a variant takes the side).
    private var sideIndices: [[Int32]?] = []

    /// ``add(_:entity:isFormer:explicit:name:)`` of a name given as indices into the builder's table
    /// (``indices(of:)``).
    mutating func add(indices tokens: [Int32], entity: Int, isFormer: Bool, explicit: Bool, name: String) throws {
        let table = self.table.tokens
        let (hash, found) = table.withUnsafeBufferPointer { table in
            let hash = PatternSignatures.hash(tokens, table: table)
            return (hash, signatures.find(tokens, hash: hash, table: table, indices: indices, starts: tokenStarts))
        }
        if let existing = found {
            if self.owners[existing] == Int32(entity) || moreOwners[Int32(existing)]?.contains(Int32(entity)) == true {
                if explicit { isVariant[existing] = false }
                return
            }
            guard explicit else { return }
            let owners = owners(of: existing)
            if isVariant[existing] {
                // A variant of another entity's name gives way to a name written in the gazetteer.
                self.owners[existing] = Int32(entity)
                moreOwners[Int32(existing)] = nil
                self.isFormer[existing] = isFormer
                isVariant[existing] = false
                return
            }
            let this = entities[entity], other = entities[owners[0]]
            guard this.isAmbiguous && owners.allSatisfy({ entities[$0].isAmbiguous }) else {
                throw InputError(file: Gazetteer.file(this.origin), line: Gazetteer.line(this.origin),
                                 message: "the name '\(name)' of '\(this.id)' also names '\(other.id)' (\(other.origin ?? "?"))",
                                 hint: "mark both entities 'ambiguous' if the name really names both, or fix the name")
            }
            moreOwners[Int32(existing), default: []].append(Int32(entity))
            return
        }
        let pattern = Int32(count)
        signatures.insert(hash: hash)
        let first = table[Int(tokens[0])].keyIDs
        for index in 0..<first.count {
            guard let key = first[index] else { continue }
            rowKeys.append(key)
            rowPatterns.append(pattern)
        }
        indices += tokens
        tokenStarts.append(Int32(indices.count))
        owners.append(Int32(entity))
        self.isFormer.append(isFormer)
        isVariant.append(!explicit)
    }

    /// The patterns laid out for matching; the rows by first key keep the order the patterns were added.
    /// Leaves the builder empty: the tables only building needs (signatures, the token table's slots,
    /// the words of the names) are let go before the layout is made, and the row pairs once sorted, so
    /// that they and the layout are never held at once.
    /// - Complexity: O(t + r + k) for t tokens, r row entries and the largest first key id k.
    mutating func compiled() -> CompiledPatterns {
        signatures = PatternSignatures()
        sideIndices = []
        recent = []
        words = WordCache(vocabulary: .empty, traits: false)
        // Copies no larger than they are (the arrays grew by doubling), the grown ones let go at once.
        let tokenTable = NameIndexBuilder.exactCopy(table.tokens)
        table = PatternTokenTable()
        let tokenIndices = NameIndexBuilder.exactCopy(indices)
        indices = []
        var entities: [Int] = []
        var entityStarts: [Int32] = [0]
        entities.reserveCapacity(count + moreOwners.values.reduce(0) { $0 + $1.count })
        entityStarts.reserveCapacity(count + 1)
        for pattern in 0..<count {
            entities.append(Int(owners[pattern]))
            if let more = moreOwners[Int32(pattern)] { entities += more.map(Int.init) }
            entityStarts.append(Int32(entities.count))
        }
        owners = []
        moreOwners = [:]
        // The rows by first key: a stable counting sort of (key, pattern) by key.
        let keys = Int(rowKeys.max() ?? -1) + 1
        var rowStarts = [Int32](repeating: 0, count: keys + 1)
        for key in rowKeys { rowStarts[Int(key) + 1] += 1 }
        for key in 0..<keys { rowStarts[key + 1] += rowStarts[key] }
        var next = rowStarts
        var rows = [Int32](repeating: 0, count: rowKeys.count)
        for (key, pattern) in zip(rowKeys, rowPatterns) {
            rows[Int(next[Int(key)])] = pattern
            next[Int(key)] += 1
        }
        rowKeys = []
        rowPatterns = []
        return CompiledPatterns(tokenTable: tokenTable, tokenIndices: tokenIndices, tokenStarts: tokenStarts, entities: entities,
                                entityStarts: entityStarts, rows: rows, rowStarts: rowStarts)
    }

    /// A copy of `array` with room for its elements only.
    /// - Complexity: O(n) in its elements.
    private static func exactCopy<Element>(_ array: [Element]) -> [Element] {
        array.withUnsafeBufferPointer { Array($0) }
    }
}

extension MatchToken {
    /// A token of a gazetteer name or lexicon phrase, its spelling and keys interned in `vocabulary` (the
    /// spelling first, then the keys): what ``init(_:)-(NameIndex.PatternToken)`` gives for the token's
    /// pattern token, without making one.
    init(patternOf token: Token, vocabulary: Vocabulary) {
        let word = token.word
        kind = token.kind
        isCapitalized = token.isCapitalized || token.isAllCaps
        isAllCaps = word.matchesOnlyInCapitals
        classes = word.classes
        length = Int32(word.length)
        foldedID = vocabulary.intern(word.folded)
        keyIDs = word.keys.isEmpty ? KeyIDs([foldedID]) : KeyIDs(word.keys.lazy.map { vocabulary.intern($0) })
        if word.classes == .noun, let last = word.folded.unicodeScalars.last {
            consonantNoun = !MatchToken.isVowelOrSign(last.value) && last.value >= 0x400
            softNoun = last == "ь"
        }
    }
}
