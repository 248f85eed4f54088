/// The lexicon prepared for the recognizer: legal forms and organization heads tokenized once, and the
/// place markers ("г.", "пгт.", "аг.", "д.") by kind.
struct ShapeLexicon: @unchecked Sendable {
    struct LegalForm {
        var tokens: [NameIndex.PatternToken]
        var country: String?
    }

    var legalForms: [LegalForm] = []
    /// Latin legal forms written after a name: "Xstrike LLC", "Horsch Maschinen GmbH".
    var latinSuffixes: Set<String> = []
    /// Keys of adjectives that can begin an organization's name (lexicon/org-adjectives.txt).
    var organizationAdjectiveKeys: Set<String> = []
    /// Head nouns and phrases of organization names, longest first.
    var heads: [[NameIndex.PatternToken]] = []
    /// Indices of heads that make a name only with a number, a quoted name or "имени …".
    var namedOnly: Set<Int> = []
    var headsByFirstKey: [String: [Int]] = [:]

    /// Keys of words that mark a settlement name after them: г./город, пгт., г.п., пос., аг., д., с.
    static let settlementMarkers: Set<String> = ["город", "гп", "пгт", "рп", "пос", "поселок", "поселк", "аг", "агрогородок",
                                                 "агрогородк", "дер", "деревн", "сел", "д", "с", "п", "х", "ст", "станиц", "микрорайон"]
    /// Single letters that are markers only when a dot follows ("д. Микулино", not the preposition "с").
    static let markersNeedingDot: Set<String> = ["д", "с", "п", "х", "ст"]

    init(lexicon: Lexicon) {
        // Abbreviations ("ГУО") and, when of two words or more, the forms spelled out ("государственное
        // учреждение образования"), which stand before a quoted name in any case.
        var forms: [LegalForm] = []
        for form in lexicon.legalForms {
            if form.abbreviation.unicodeScalars.allSatisfy({ $0.isASCII }) {
                latinSuffixes.insert(form.abbreviation.lowercased())
                continue
            }
            forms.append(LegalForm(tokens: NameIndex.patternTokens(form.abbreviation), country: form.country))
            let spelled = NameIndex.patternTokens(form.expansion)
            if spelled.count >= 2 { forms.append(LegalForm(tokens: spelled, country: form.country)) }
        }
        legalForms = forms.filter { !$0.tokens.isEmpty }.sorted { $0.tokens.count > $1.tokens.count }
        for adjective in lexicon.organizationAdjectives {
            organizationAdjectiveKeys.formUnion(NameIndex.patternTokens(adjective).first?.keys ?? [])
        }
        let sorted = lexicon.organizationHeads.map { ($0, NameIndex.patternTokens($0)) }.filter { !$0.1.isEmpty }
            .sorted { $0.1.count > $1.1.count }
        heads = sorted.map(\.1)
        for (index, (text, head)) in sorted.enumerated() {
            if lexicon.namedOnlyHeads.contains(text) { namedOnly.insert(index) }
            for key in head[0].keys { headsByFirstKey[key, default: []].append(index) }
        }
    }

    /// The longest legal form starting at content position `position`, its length in tokens and country.
    func legalForm(at position: Int, _ tokens: [Token], _ content: [Int]) -> (length: Int, country: String?)? {
        for form in legalForms where position + form.tokens.count <= content.count {
            let first = tokens[content[position]]
            guard first.isAllCaps || first.folded.count <= 3 || form.tokens.count > 1 || first.isCapitalized else { continue }
            if form.tokens.enumerated().allSatisfy({ NameMatcher.same(tokens[content[position + $0.offset]], $0.element) }) {
                return (form.tokens.count, form.country)
            }
        }
        return nil
    }

    /// The longest organization head starting at `position`: its length in content tokens, and whether
    /// it makes a name only with a number, a quoted name or "имени …".
    func head(at position: Int, _ tokens: [Token], _ content: [Int]) -> (length: Int, namedOnly: Bool)? {
        let token = tokens[content[position]]
        var best: (length: Int, namedOnly: Bool)?
        for key in token.keys {
            for headIndex in headsByFirstKey[key] ?? [] {
                let head = heads[headIndex]
                guard position + head.count <= content.count, head.count > (best?.length ?? 0) else { continue }
                if head.enumerated().allSatisfy({ NameMatcher.same(tokens[content[position + $0.offset]], $0.element) }) {
                    best = (head.count, namedOnly.contains(headIndex))
                }
            }
        }
        return best
    }

    /// True when the token is a settlement marker (with the dot a one-letter marker needs).
    static func isSettlementMarker(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isAllCaps || token.folded == "пгт" || token.folded == "гп", let key = token.keys.first,
              settlementMarkers.contains(key) else { return false }
        if markersNeedingDot.contains(key) {
            // A lower-case letter and a dot: "д. Микулино", not the initial in "Д.Ф. Михалев".
            return !token.isCapitalized && index + 1 < tokens.count && tokens[index + 1].kind == .dot
        }
        return true
    }
}
