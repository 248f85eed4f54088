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
    /// One direction of one swap: replace `from` by `to`.
    struct Replacement {
        var from: [Element]
        var to: [Element]
    }

    /// For each swap in lexicon order, its two directions: full form → abbreviation, then back.
    let replacements: [Replacement]
    /// Replacement indices by the id of the first key of `from`.
    let byFirstKey: [Vocabulary.ID: [Int]]

    /// - Complexity: O(s) for s swaps.
    init(_ swaps: [(short: [Element], long: [Element])]) {
        var replacements: [Replacement] = []
        var byFirstKey: [Vocabulary.ID: [Int]] = [:]
        for swap in swaps {
            for (from, to) in [(swap.long, swap.short), (swap.short, swap.long)] {
                if let key = from[0].keyIDs[0] { byFirstKey[key, default: []].append(replacements.count) }
                replacements.append(Replacement(from: from, to: to))
            }
        }
        self.replacements = replacements
        self.byFirstKey = byFirstKey
    }

    /// Up to 8 variants, in the order of the swaps (as trying every swap in turn would give them).
    /// - Complexity: O(t · r) for t tokens and r replacements whose first key occurs in the name.
    func variants(of tokens: [Element]) -> [[Element]] {
        var applicable: [Int] = []
        for token in tokens {
            if let key = token.keyIDs[0], let found = byFirstKey[key] { applicable += found }
        }
        guard !applicable.isEmpty else { return [] }
        // Both directions of each swap that can apply, in lexicon order.
        var pairs = applicable.map { $0 / 2 }
        pairs.sortAndRemoveRepeats()
        var result: [[Element]] = []
        for pair in pairs {
            for direction in pair * 2...pair * 2 + 1 {
                let replacement = replacements[direction]
                let from = replacement.from
                guard from.count <= tokens.count else { continue }
                var index = 0
                while index + from.count <= tokens.count {
                    if SwapTable.starts(tokens, at: index, with: from) {
                        var variant = Array(tokens[..<index])
                        variant.reserveCapacity(tokens.count - from.count + replacement.to.count)
                        variant += replacement.to
                        variant += tokens[(index + from.count)...]
                        result.append(variant)
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

    /// Whether `tokens` from `index` on are `from`, token by token of the same kind and first key.
    @inline(__always)
    static func starts(_ tokens: [Element], at index: Int, with from: [Element]) -> Bool {
        for offset in 0..<from.count {
            let token = tokens[index + offset], expected = from[offset]
            guard token.kind == expected.kind, token.keyIDs[0] == expected.keyIDs[0] else { return false }
        }
        return true
    }
}
