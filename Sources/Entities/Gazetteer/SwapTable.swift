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
    /// Each side's first key id (-1: none, so that no key finds the direction that replaces it).
    private let firstKeys: [Int32]

    /// - Complexity: O(s) for s swaps.
    init(_ swaps: [(short: [Element], long: [Element])]) {
        var elements: [Element] = []
        var sideStarts: [Int32] = [0]
        var keys: [Vocabulary.ID] = [], directions: [Int32] = []
        var firstKeys: [Int32] = []
        for swap in swaps {
            for side in [swap.long, swap.short] {
                if let key = side.first?.keyIDs[0] {
                    keys.append(key)
                    directions.append(Int32(sideStarts.count - 1))
                }
                firstKeys.append(side.first?.keyIDs[0] ?? -1)
                elements += side
                sideStarts.append(Int32(elements.count))
            }
        }
        self.elements = elements
        self.sideStarts = sideStarts
        self.firstKeys = firstKeys
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
    /// - Complexity: O(t · r + s) for t tokens, r replacements whose first key occurs in the name and s
    ///   sides (a bit each).
    func replacements(in tokens: [Element]) -> [Replacement] {
        // The directions that can apply, as bits by direction (a direction is twice its swap, plus one for
        // the way back): those whose side to replace starts with a key of the name — another cannot match
        // its first token — and the way back of a swap when that side has no key.
        var directions = [UInt64](repeating: 0, count: (sideCount + 63) / 64)
        var found = false
        // Each token's first key id (-1: none), compared below for every direction.
        var tokenKeys: [Int32] = []
        tokenKeys.reserveCapacity(tokens.count)
        for token in tokens {
            guard let key = token.keyIDs[0] else {
                tokenKeys.append(-1)
                continue
            }
            tokenKeys.append(key)
            for direction in byFirstKey.list(key).lazy.map(Int.init) {
                directions[direction >> 6] |= 1 << (direction & 63)
                if firstKeys[direction ^ 1] < 0 { directions[(direction ^ 1) >> 6] |= 1 << ((direction ^ 1) & 63) }
                found = true
            }
        }
        guard found else { return [] }
        var result: [Replacement] = []
        // In lexicon order: the bits from the lowest.
        for word in directions.indices {
            var bits = directions[word]
            while bits != 0 {
                let direction = word << 6 | bits.trailingZeroBitCount
                bits &= bits - 1
                let from = range(of: direction), firstKey = firstKeys[direction]
                guard from.count <= tokens.count else { continue }
                var index = 0
                while index + from.count <= tokens.count {
                    // The first key first: most places start no side.
                    if tokenKeys[index] == firstKey && starts(tokens, at: index, with: from) {
                        result.append(Replacement(start: index, removed: from.count, side: direction ^ 1))
                        index += from.count
                    } else {
                        index += 1
                    }
                }
                if result.count >= 8 { return result }
            }
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
