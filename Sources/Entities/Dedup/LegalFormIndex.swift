/// Legal form patterns (``OrgNameNormalizer/LegalFormPattern``) found by their first token: a name's
/// token is checked against the few forms whose first token could match it (the same kind of token and,
/// for a word or number, a key in common), not against every form of the lexicon.
///
/// ```swift
/// let index = LegalFormIndex(normalizer.shortLegalForms)
/// index.first(at: 0, remaining, tokens)   // the first form, in the list's order, standing there
/// ```
/// - Complexity: O(f · t) to build for f forms; a look-up is O(k + c · t) for a token of k keys and the c
///   forms whose first token it may be.
struct LegalFormIndex {
    let forms: [OrgNameNormalizer.LegalFormPattern]
    /// Form positions by the first token's kind and, for words and numbers, each of its keys.
    private var byFirstToken: [FirstToken: [Int]] = [:]

    private struct FirstToken: Hashable {
        var kind: Token.Kind
        var key: String
    }

    init(_ forms: [OrgNameNormalizer.LegalFormPattern]) {
        self.forms = forms
        for (position, form) in forms.enumerated() {
            guard let first = form.tokens.first else { continue }
            for key in LegalFormIndex.keys(kind: first.kind, keys: first.keys) {
                byFirstToken[FirstToken(kind: first.kind, key: key), default: []].append(position)
            }
        }
    }

    /// The keys a token is found by: a word's or number's keys (each once), or none for a mark.
    private static func keys(kind: Token.Kind, keys: [String]) -> [String] {
        guard kind == .word || kind == .number else { return [""] }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// The first form (in the list's order) whose tokens stand at `position` of `remaining` (indices into
    /// `tokens`), or nil.
    func first(at position: Int, _ remaining: [Int], _ tokens: [Token]) -> OrgNameNormalizer.LegalFormPattern? {
        guard position >= 0, position < remaining.count else { return nil }
        return first(at: position, remaining, tokens, among: candidates(tokens[remaining[position]]))
    }

    /// The forms whose first token `token` may be, as positions in ``forms``, ascending: what
    /// ``first(at:_:_:)`` tries, which depends on the token's kind and keys alone.
    func candidates(_ token: Token) -> [Int] {
        var candidates: [Int] = []
        for key in LegalFormIndex.keys(kind: token.kind, keys: token.keys) {
            candidates += byFirstToken[FirstToken(kind: token.kind, key: key)] ?? []
        }
        candidates.sortAndRemoveRepeats()
        return candidates
    }

    /// ``first(at:_:_:)`` with the token's ``candidates(_:)`` given.
    func first(at position: Int, _ remaining: [Int], _ tokens: [Token], among candidates: [Int]) -> OrgNameNormalizer.LegalFormPattern? {
        for candidate in candidates where OrgNameNormalizer.matches(forms[candidate], at: position, remaining, tokens) {
            return forms[candidate]
        }
        return nil
    }
}
