/// Short names a report defines for a body and then uses: "Витебский государственный университет
/// (далее – ВГУ)", "Совет депутатов … (далее – Совет)". After the definition, the short name — in any
/// case ("ВГУ", "Совета", "Советом") and capitalized as defined — is a mention of that body, for the rest
/// of the report.
///
/// ```swift
/// var aliases = TextAliases()
/// aliases.learn(tokens, named: [(start: 0, end: 4, id: "by-vitebsk-state-university")])   // "… (далее – ВГУ)"
/// aliases.uses(in: later, taken: [])  // [(index: 0, id: "by-vitebsk-state-university")] for "ВГУ провел …"
/// ```
///
/// - Complexity: O(t) per field of t tokens.
struct TextAliases {
    /// Entity ids by the first key of the short name.
    private var targets: [String: String] = [:]

    var isEmpty: Bool { targets.isEmpty }

    /// Records the definitions right after the named spans of a field ("… (далее – ВГУ)").
    mutating func learn(_ tokens: [Token], named: [(start: Int, end: Int, id: String)]) {
        for name in named {
            guard let (word, _) = TextAliases.definition(in: tokens, after: name.end), let key = tokens[word].keys.first else { continue }
            targets[key] = name.id
        }
    }

    /// The tokens outside `taken` (token indices inside chosen spans) that are a short name defined
    /// before, with the entity each names; never the word of a definition itself.
    func uses(in tokens: [Token], taken: Set<Int>) -> [(index: Int, id: String)] {
        guard !targets.isEmpty else { return [] }
        var result: [(Int, String)] = []
        for (index, token) in tokens.enumerated() where token.kind == .word && token.isCapitalized && !taken.contains(index) {
            guard let key = token.keys.first, let id = targets[key], !TextAliases.isDefined(at: index, tokens) else { continue }
            result.append((index, id))
        }
        return result
    }

    /// The word that a "(далее – X)" right at token `index` defines, and the index after the group.
    static func definition(in tokens: [Token], after index: Int) -> (word: Int, end: Int)? {
        guard index + 3 < tokens.count, tokens[index].kind == .openParen, tokens[index + 1].kind == .word,
              tokens[index + 1].folded == "далее" else { return nil }
        var cursor = index + 2
        while cursor < tokens.count, [.dash, .other, .quoteOpen, .quote].contains(tokens[cursor].kind) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].isCapitalized else { return nil }
        var end = cursor + 1
        while end < tokens.count, [.quoteClose, .quote].contains(tokens[end].kind) { end += 1 }
        guard end < tokens.count, tokens[end].kind == .closeParen else { return nil }
        return (cursor, end + 1)
    }

    /// Whether token `index` is the word a "(далее – X)" defines.
    static func isDefined(at index: Int, _ tokens: [Token]) -> Bool {
        var cursor = index - 1
        while cursor >= 0, [.dash, .other, .quoteOpen, .quote].contains(tokens[cursor].kind) { cursor -= 1 }
        return cursor >= 1 && tokens[cursor].kind == .word && tokens[cursor].folded == "далее" && tokens[cursor - 1].kind == .openParen
    }
}
