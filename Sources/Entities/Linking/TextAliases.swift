/// Short names a report defines for a body and then uses: "Витебский государственный университет
/// (далее – ВГУ)", "Совет депутатов … (далее – Совет)". After the definition, the short name — in any
/// case ("ВГУ", "Совета", "Советом") and capitalized as defined — is a mention of that body, for the rest
/// of the report. So is a town found by its marker, named by its word alone ("города Цюйфу" … "Цюйфу"), and an
/// abbreviation in capitals made of the initials of three to eight words in a
/// row of a body named before ("ДЮСШ" after "Детско-юношеская спортивная школа «Зорька»"), the
/// prepositions and conjunctions among them counted or not — unless the body has a number, whose class
/// the bare abbreviation names ("ДШИ" after "Детская школа искусств № 1").
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
    private var targets: [UTF8Key: String] = [:]
    /// Entity ids by the initials of words of their names (``InitialsCode``); the first body named wins.
    private var initials: [UInt64: String] = [:]
    /// The bodies whose initials are recorded (each once: its first name in the report).
    private var learned: Set<String> = []

    var isEmpty: Bool { targets.isEmpty && initials.isEmpty }

    /// Words that do not make initials when an abbreviation leaves them out ("Общество по защите …"): the
    /// prepositions and conjunctions dedup does not compare, and "имени".
    static let linkingWords = FunctionWords.stopWords.union(["имени", "им"])

    /// Records the initials of every run of three to eight words of a body's name (`tokens[start..<end]`),
    /// the first time the body is named with three words or more.
    mutating func learnInitials(_ tokens: [Token], start: Int, end: Int, id: String) {
        guard end - start >= 3, !learned.contains(id) else { return }
        // A numbered body ("Детская школа искусств № 1") is never its class's bare abbreviation ("ДШИ").
        guard !tokens[start..<end].contains(where: { $0.kind == .number || $0.kind == .numero }) else { return }
        // Each word's initial and whether it is a linking word, read once.
        var letters: [UInt8] = [], linking: [Bool] = []
        letters.reserveCapacity(end - start)
        linking.reserveCapacity(end - start)
        for index in start..<end where tokens[index].kind == .word {
            let word = tokens[index].word
            letters.append(InitialsCode.letter(word.folded.unicodeScalars.first))
            linking.append(word.traits.contains(.linkingWord))
        }
        guard letters.count >= 3 else { return }
        learned.insert(id)
        // A report names dozens of bodies, each adding up to two dozen codes: grown once, not by doubling.
        if initials.isEmpty { initials.reserveCapacity(512) }
        for first in letters.indices where !linking[first] && letters[first] != 0 {
            var withAll = InitialsCode(), withoutLinking = InitialsCode()
            for last in first..<min(letters.count, first + 12) {
                guard letters[last] != 0 else { break }
                withAll.append(letters[last])
                if !linking[last] { withoutLinking.append(letters[last]) }
                record(withAll, id)
                // The same code while no linking word has been left out: recorded once.
                if withoutLinking.count != withAll.count { record(withoutLinking, id) }
            }
        }
    }

    /// Records `code` for `id` when it has three to eight letters and no body has it yet.
    @inline(__always)
    private mutating func record(_ code: InitialsCode, _ id: String) {
        if (3...8).contains(code.count), initials[code.value] == nil { initials[code.value] = id }
    }

    /// Records a town the gazetteer lacks, found by its marker ("мэр города Цюйфу"), as named by its one
    /// word alone for the rest of the report ("жителями Смоленска и Цюйфу"), in any case. A word of fewer than
    /// four letters is too likely an ordinary one.
    mutating func learn(town word: Token, id: String) {
        guard word.kind == .word, word.isCapitalized, !word.isAllCaps, word.word.length >= 4, let key = word.keys.first else { return }
        if targets[UTF8Key(key)] == nil { targets[UTF8Key(key)] = id }
    }

    /// Records the definitions right after the named spans of a field ("… (далее – ВГУ)").
    mutating func learn(_ tokens: [Token], named: [(start: Int, end: Int, id: String)]) {
        for name in named {
            guard let (word, _) = TextAliases.definition(in: tokens, after: name.end), let key = tokens[word].keys.first else { continue }
            targets[UTF8Key(key)] = name.id
        }
    }

    /// The tokens outside `taken` (the token ranges of the chosen spans, sorted, not overlapping) that are
    /// a short name defined before, with the entity each names; never the word of a definition itself.
    /// - Complexity: O(n + t) for n tokens and t taken ranges.
    func uses(in tokens: [Token], taken: [Range<Int>]) -> [(index: Int, id: String)] {
        guard !isEmpty else { return [] }
        var result: [(Int, String)] = []
        var next = 0
        // By index: most tokens are ruled out by their kind and capitals, read in place (a copied token
        // would retain its word).
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized {
            while next < taken.count, taken[next].upperBound <= index { next += 1 }
            if next < taken.count, taken[next].contains(index) { continue }
            let word = tokens[index].word
            var id = targets.isEmpty ? nil : word.keys.first.flatMap { targets[UTF8Key($0)] }
            if id == nil, word.isAllCaps, !initials.isEmpty, let code = InitialsCode(of: word.folded) { id = initials[code.value] }
            guard let id, !TextAliases.isDefined(at: index, tokens) else { continue }
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
