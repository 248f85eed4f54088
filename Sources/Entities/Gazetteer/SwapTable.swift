/// What a swap compares of a token: its kind and its keys' vocabulary ids.
protocol SwapToken {
    var kind: Token.Kind { get }
    var keyIDs: KeyIDs { get }
}

extension NameIndex.PatternToken: SwapToken {}
extension MatchToken: SwapToken {}

/// The lexicon's abbreviations and full forms, indexed by the first key of the side to replace, so that
/// finding a name's variants looks only at swaps that can apply (see ``NameIndex``). Tokens must be
/// interned in one vocabulary: keys are compared as ids. The name index swaps plain ``MatchToken``s, so
/// making a variant copies no reference-counted value.
///
/// ```swift
/// let swaps = SwapTable([(short: tokens("СШ"), long: tokens("средняя школа"))])
/// swaps.variants(of: tokens("Средняя школа № 5"))  // [tokens("СШ № 5")]
/// ```
struct SwapTable<Element: SwapToken> {
    /// Both sides of every swap, one after another: side `s` is `elements[sideStarts[s]..<sideStarts[s + 1]]`,
    /// swap `i` having its full form as side `2i` and its abbreviation as side `2i + 1`. Direction `d`
    /// replaces side `d` by side `d ^ 1`: for each swap in lexicon order, full form → abbreviation, then
    /// back. (One flat array, so that a lookup copies no array and counts no reference.)
    private let elements: [Element]
    private let sideStarts: [Int32]
    /// Directions by the id of the first key of the side they replace.
    private let byFirstKey: KeyedLists
    /// Whether each side has no first key (so that no key finds the direction that replaces it).
    private let isKeyless: [Bool]

    /// - Complexity: O(s) for s swaps.
    init(_ swaps: [(short: [Element], long: [Element])]) {
        var elements: [Element] = []
        var sideStarts: [Int32] = [0]
        var keys: [Vocabulary.ID] = [], directions: [Int32] = []
        var isKeyless: [Bool] = []
        for swap in swaps {
            for side in [swap.long, swap.short] {
                if let key = side.first?.keyIDs[0] {
                    keys.append(key)
                    directions.append(Int32(sideStarts.count - 1))
                }
                isKeyless.append(side.first?.keyIDs[0] == nil)
                elements += side
                sideStarts.append(Int32(elements.count))
            }
        }
        self.elements = elements
        self.sideStarts = sideStarts
        self.isKeyless = isKeyless
        byFirstKey = KeyedLists(keys: keys, values: directions)
    }

    /// The positions in ``elements`` of side `side`.
    @inline(__always)
    private func range(of side: Int) -> Range<Int> { Int(sideStarts[side])..<Int(sideStarts[side + 1]) }

    /// A variant of a name, told by what it replaces: the name's tokens before `start`, then the tokens of
    /// side `side` (``side(_:)``), then the name's tokens from `start + removed` on.
    struct Replacement: Equatable {
        var start: Int
        var removed: Int
        var side: Int
    }

    /// The number of sides (two for each swap).
    var sideCount: Int { sideStarts.count - 1 }

    /// The tokens of side `side`.
    func side(_ side: Int) -> ArraySlice<Element> { elements[range(of: side)] }

    /// Up to 8 variants, in the order of the swaps (as trying every swap in turn would give them).
    /// - Complexity: O(t · r) for t tokens and r replacements whose first key occurs in the name.
    func variants(of tokens: [Element]) -> [[Element]] {
        replacements(in: tokens).map { replacement in
            var variant: [Element] = []
            let side = side(replacement.side)
            variant.reserveCapacity(tokens.count - replacement.removed + side.count)
            variant += tokens[..<replacement.start]
            variant += side
            variant += tokens[(replacement.start + replacement.removed)...]
            return variant
        }
    }

    /// ``variants(of:)``, each told by what it replaces (so that a caller holding the tokens in another
    /// form makes the variants itself).
    /// - Complexity: O(t · r) for t tokens and r replacements whose first key occurs in the name.
    func replacements(in tokens: [Element]) -> [Replacement] {
        var directions: [Int32] = []
        for token in tokens {
            if let key = token.keyIDs[0] {
                for direction in byFirstKey.list(key) {
                    directions.append(direction)
                    // The other way of the same swap, when no key finds it.
                    if isKeyless[Int(direction ^ 1)] { directions.append(direction ^ 1) }
                }
            }
        }
        guard !directions.isEmpty else { return [] }
        // The directions that can apply, in lexicon order (a direction is twice its swap, plus one for the
        // way back): each swap's directions whose side to replace starts with a key of the name — another
        // cannot match its first token — or has no key.
        directions.sortAndRemoveRepeats()
        var result: [Replacement] = []
        for direction in directions.lazy.map(Int.init) {
            let from = range(of: direction)
            guard from.count <= tokens.count else { continue }
            var index = 0
            while index + from.count <= tokens.count {
                if starts(tokens, at: index, with: from) {
                    result.append(Replacement(start: index, removed: from.count, side: direction ^ 1))
                    index += from.count
                } else {
                    index += 1
                }
            }
            if result.count >= 8 { return result }
        }
        return result
    }

    /// Whether `tokens` from `index` on are the side at `from`, token by token of the same kind and first key.
    @inline(__always)
    private func starts(_ tokens: [Element], at index: Int, with from: Range<Int>) -> Bool {
        var position = index
        for expected in from {
            let token = tokens[position]
            guard token.kind == elements[expected].kind, token.keyIDs[0] == elements[expected].keyIDs[0] else { return false }
            position += 1
        }
        return true
    }
}
