/// The names a proposed gazetteer block has so far, each with its lexicon swaps worked out once, to ask
/// whether the linker's name matching would find a spelling (see ``GazetteerProposal``): a group may
/// have thousands of spellings, and each is asked against every name before it.
///
/// A name matches a spelling when every token matches the token at its place, so each name is indexed
/// by every token's keys at their place; a spelling looks at the names in its most telling place only.
///
/// ```swift
/// var names = CoveredNames(swaps: proposal.swaps)
/// names.add("МБОУ «Средняя школа № 40» г. Смоленска")
/// names.covers("МБОУ «СШ № 40» г. Смоленска")   // true
/// ```
/// - Complexity: adding a name is O(t · r) for t tokens and r swaps that apply; asking is O(t · k + c · t)
///   for its t tokens of k keys and the c names that share a key at its most telling place.
struct CoveredNames {
    /// One vocabulary for the swaps and the names: ``SwapTable`` compares keys as ids.
    private let vocabulary = Vocabulary()
    private let swapIndex: SwapTable<NameIndex.PatternToken>
    /// Each name and its variants.
    private var candidates: [Candidate] = []
    /// Indices into `candidates` by their number of tokens, a place, and a key of their token there.
    private var index: [Bucket: [Int]] = [:]

    /// A name or variant, its tokens reduced once for matching.
    private struct Candidate {
        var tokens: [NameIndex.PatternToken]
        var reduced: [MatchToken]
    }

    private struct Bucket: Hashable {
        var length: Int
        var place: Int
        var key: String
    }

    /// The keys a token of `kind` with `keys` is found by: its keys (a mark: its kind; a word or number
    /// without keys matches nothing).
    private static func indexKeys(kind: Token.Kind, keys: [String]) -> [String] {
        kind == .word || kind == .number ? keys : ["\u{1}\(kind.rawValue)"]
    }

    init(swaps: [(short: [NameIndex.PatternToken], long: [NameIndex.PatternToken])]) {
        let vocabulary = self.vocabulary
        swapIndex = SwapTable<NameIndex.PatternToken>(swaps.map { swap in
            (swap.short.map { $0.interned(in: vocabulary) }, swap.long.map { $0.interned(in: vocabulary) })
        })
    }

    /// Adds a name and its variants.
    mutating func add(_ name: String) {
        let pattern = NameIndex.patternTokens(name, vocabulary: vocabulary)
        for tokens in [pattern] + swapIndex.variants(of: pattern) where !tokens.isEmpty {
            for (place, token) in tokens.enumerated() {
                for key in Set(CoveredNames.indexKeys(kind: token.kind, keys: token.keys)) {
                    index[Bucket(length: tokens.count, place: place, key: key), default: []].append(candidates.count)
                }
            }
            candidates.append(Candidate(tokens: tokens, reduced: tokens.map(MatchToken.init)))
        }
    }

    /// Whether one of the names would match `text` whole.
    func covers(_ text: String) -> Bool {
        let tokens = Tokenizer.tokenize(text).filter { !$0.isSkippedWhenMatching }
        guard !tokens.isEmpty else { return true }
        // The place whose keys find the fewest names: a name that matches is found there too.
        var best: [[Int]]?, bestCount = Int.max
        for (place, token) in tokens.enumerated() {
            let found = Set(CoveredNames.indexKeys(kind: token.kind, keys: token.keys)).compactMap {
                index[Bucket(length: tokens.count, place: place, key: $0)]
            }
            let count = found.reduce(0) { $0 + $1.count }
            if count < bestCount { best = found; bestCount = count }
            if count == 0 { return false }
        }
        let reduced = tokens.map(MatchToken.init)
        for list in best ?? [] {
            for position in list where tokens.indices.allSatisfy({
                NameMatcher.same(tokens[$0], reduced[$0], candidates[position].tokens[$0], candidates[position].reduced[$0])
            }) { return true }
        }
        return false
    }
}
