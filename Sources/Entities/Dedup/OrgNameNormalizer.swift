import Foundation

/// Takes an organization's name apart into an ``OrgName``, with the same tokenizer, stemmer, lexicon and
/// gazetteer the linker uses:
///
/// 1. places: the linker's name matching finds the gazetteer places in the name ("г. Смоленска" and
///    "города Смоленска" → `ru-smolensk`), with their marker (г., города, пгт.) and a municipal
///    marker before a quoted place ("МО «Дорогобужский район»"); a place inside quotes without a marker
///    is part of a proper name («Перу – Россия», «Витебск») and stays a word; an unknown settlement after
///    a marker becomes `x-city-…`;
/// 2. the legal form at the start (МБОУ, ГУО, "МБОУ ДОД", or written in full, "публичного акционерного
///    общества"), or a Latin one at the end (Xstrike LLC), is set apart, longest first;
/// 3. lexicon abbreviations are expanded (СШ → средняя школа, горисполкома → городского исполнительного
///    комитета), and so are legal forms inside the name (a parent body's: "… ГУ «…»");
/// 4. numbers are set apart; quotes, punctuation, № and initials ("М.И.") are dropped; hyphenated words
///    become one word; case endings are folded by ``Stemmer``.
///
/// - Complexity: O(t · p) for t tokens and p gazetteer names sharing a first key (as the linker).
public struct OrgNameNormalizer: @unchecked Sendable {
    public let gazetteer: Gazetteer
    let matcher: NameMatcher
    let resolver: ContextResolver

    struct LegalFormPattern {
        var abbreviation: String
        var tokens: [NameIndex.PatternToken]
        var family: String
        var country: String?
        var isLatin: Bool
    }

    struct Abbreviation {
        var written: String
        var needsCapitals: Bool
        var expansion: String
    }

    /// Legal forms, abbreviated and written in full, longest first.
    let legalForms: [LegalFormPattern]
    /// Abbreviated legal forms only (for forms inside a name), longest first.
    let shortLegalForms: [LegalFormPattern]
    /// The two lists found by their first token.
    let legalFormIndex: LegalFormIndex
    let shortLegalFormIndex: LegalFormIndex
    /// Lexicon abbreviations by their folded spelling.
    let abbreviations: [String: Abbreviation]
    /// Keys of words most names of their kind have.
    let genericKeys: Set<String>
    /// Folded words of the organization heads (in the nominative).
    let headWords: Set<String>
    /// Adjective keys made from place names → the places.
    let placeAdjectives: [String: [String]]

    /// Words that weigh less besides the lexicon's heads and legal forms.
    static let extraGenericWords = [
        "государственный", "муниципальный", "бюджетный", "казенный", "автономный", "общеобразовательный", "образовательный",
        "учреждение", "национальный", "федеральный", "региональный", "международный", "республиканский", "областной",
        "городской", "районный", "окружной", "имени", "детский", "средний", "центральный", "общественный", "дополнительный",
        "образование", "культура", "народный", "образцовый", "самодеятельный", "коллектив", "заслуженный", "любительский",
    ]
    /// Level words (as keys) and what they name: bodies of different levels are different bodies.
    static let levelWords: [String: String] = Dictionary(
        LevelWords.adjectives.map { (loose(Stemmer.stem($0.word).keys[0]), $0.word) }, uniquingKeysWith: { first, _ in first })
    /// Nominative endings of adjectives.
    static let nominativeAdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"]
    /// Endings of a noun that is not in the nominative (instrumental, dative and prepositional plural …).
    static let obliqueEndings = ["ом", "ем", "ам", "ям", "ах", "ях", "ми", "ой", "ей", "ью"]
    /// Case endings a lower-case lexicon abbreviation may take ("горисполкома").
    static let caseEndings: Set<String> = Set(Stemmer.endings.map(\.0))

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        matcher = NameMatcher(gazetteer: gazetteer)
        resolver = ContextResolver(gazetteer: gazetteer)
        let lexicon = gazetteer.lexicon

        var forms: [LegalFormPattern] = []
        var short: [LegalFormPattern] = []
        for expansion in lexicon.legalForms {
            let family = OrgNameNormalizer.family(of: expansion.expansion)
            let isLatin = !expansion.abbreviation.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
            let abbreviated = NameIndex.patternTokens(expansion.abbreviation)
            let written = NameIndex.patternTokens(expansion.expansion)
            if !abbreviated.isEmpty {
                let form = LegalFormPattern(abbreviation: expansion.abbreviation, tokens: abbreviated, family: family, country: expansion.country, isLatin: isLatin)
                forms.append(form)
                short.append(form)
            }
            if written.count >= 2 {
                forms.append(LegalFormPattern(abbreviation: expansion.abbreviation, tokens: written, family: family, country: expansion.country, isLatin: false))
            }
        }
        let longestFirst: (LegalFormPattern, LegalFormPattern) -> Bool = {
            $0.tokens.count != $1.tokens.count ? $0.tokens.count > $1.tokens.count : $0.abbreviation < $1.abbreviation
        }
        legalForms = forms.sorted(by: longestFirst)
        shortLegalForms = short.sorted(by: longestFirst)
        legalFormIndex = LegalFormIndex(legalForms)
        shortLegalFormIndex = LegalFormIndex(shortLegalForms)

        var abbreviations: [String: Abbreviation] = [:]
        for expansion in lexicon.abbreviations {
            let tokens = NameIndex.patternTokens(expansion.abbreviation)
            guard tokens.count == 1, tokens[0].kind == .word else { continue }
            abbreviations[tokens[0].folded] = Abbreviation(written: expansion.abbreviation, needsCapitals: tokens[0].isAllCaps,
                                                           expansion: expansion.expansion)
        }
        self.abbreviations = abbreviations

        var generic = Set<String>()
        var headWords = Set<String>()
        let genericPhrases = lexicon.organizationHeads + lexicon.legalForms.map(\.expansion) + OrgNameNormalizer.extraGenericWords
        for phrase in genericPhrases {
            for word in OrgNameNormalizer.plainWords(phrase) where !FunctionWords.stopWords.contains(word.text) {
                generic.insert(word.key)
            }
        }
        for head in lexicon.organizationHeads {
            for token in Tokenizer.tokenize(head) where token.kind == .word { headWords.insert(token.folded) }
        }
        let adjectives = OrgNameNormalizer.placeAdjectives(gazetteer)
        // A place's adjective in a legal form ("смоленское областное … учреждение") is no generic word.
        genericKeys = generic.filter { adjectives[$0] == nil }
        self.headWords = headWords
        placeAdjectives = adjectives
    }

    // MARK: Normalizing

    /// The name taken apart. `contextPlace`: a place the name's surroundings tell (the linker's parent for
    /// an unknown name, the gazetteer parent's place for a known one); used only when the text names none.
    public func normalize(_ raw: String, contextPlace: String? = nil) -> OrgName {
        var memo = NormalizerMemo()
        return normalize(raw, contextPlace: contextPlace, memo: &memo)
    }

    /// ``normalize(_:contextPlace:)`` with what was worked out for the words of earlier names (`memo`,
    /// which it adds to): the same name, made faster when names share words.
    func normalize(_ raw: String, contextPlace: String? = nil, memo: inout NormalizerMemo) -> OrgName {
        let text = OrgNameNormalizer.cleanSpaces(raw)
        let tokens = Tokenizer.tokenize(text)
        let utf8 = Array(text.utf8)
        let depth = OrgNameNormalizer.quoteDepths(tokens)
        let content = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
        var consumed = [Bool](repeating: false, count: tokens.count)
        var notes: [String] = []

        // 1. Places.
        var placeIDs: [String] = []
        for place in findPlaces(tokens, content: content, depth: depth, utf8: utf8) {
            for index in place.start..<place.end { consumed[index] = true }
            if !placeIDs.contains(place.id) { placeIDs.append(place.id) }
            notes.append("\(place.spelling) → \(place.id)")
        }

        // 2. The legal form: at the start, or a Latin one at the end.
        var remaining = content.filter { !consumed[$0] }
        var legal: LegalFormPattern?
        if let form = leadingLegalForm(remaining, tokens, utf8, memo: &memo) {
            legal = form
            for index in remaining.prefix(form.tokens.count) { consumed[index] = true }
            remaining.removeFirst(form.tokens.count)
        } else if let form = legalForms.first(where: { $0.isLatin && $0.tokens.count < remaining.count
            && legalForm(at: remaining.count - $0.tokens.count, remaining, tokens, among: [$0]) != nil }) {
            legal = form
            for index in remaining.suffix(form.tokens.count) { consumed[index] = true }
            remaining.removeLast(form.tokens.count)
        }
        if let legal { notes.append("legal form \(legal.abbreviation) set apart") }

        // 3. Words and numbers.
        var builder = WordBuilder(normalizer: self)
        var numbers: [String] = []
        var abbreviationCount = 0
        var position = 0
        while position < remaining.count {
            let index = remaining[position]
            let token = tokens[index]
            position += 1
            switch token.kind {
            case .number:
                numbers.append(token.folded)
                builder.lastToken = nil
            case .word:
                if OrgNameNormalizer.isInitial(tokens, index) { builder.lastToken = nil; continue }
                if builder.lastToken == index - 1, OrgNameNormalizer.hyphenBetween(tokens[index - 1], token, utf8) {
                    builder.joinHyphenated(token)
                    builder.lastToken = index
                    continue
                }
                // A legal form, else an abbreviation, else a word: what the word is looked up in the memo,
                // else worked out and kept.
                let original = String(decoding: utf8[token.start..<token.end], as: UTF8.self)
                var entry = memo.entry(original, token)
                var learned = false
                if entry.shortLegalForms == nil {
                    entry.shortLegalForms = shortLegalFormIndex.candidates(token)
                    learned = true
                }
                if let form = shortLegalFormIndex.first(at: position - 1, remaining, tokens, among: entry.shortLegalForms ?? []),
                   let full = gazetteer.lexicon.legalForms.first(where: { $0.abbreviation == form.abbreviation }) {
                    if learned { memo.keep(entry, for: original) }
                    builder.appendExpansion(expansionWords(full.expansion, memo: &memo), quoted: depth[index] > 0)
                    notes.append("\(form.abbreviation) = \(full.expansion)")
                    abbreviationCount += 1
                    position += form.tokens.count - 1
                    builder.lastToken = nil
                    continue
                }
                if entry.abbreviation == nil {
                    entry.abbreviation = .some(abbreviation(token))
                    learned = true
                }
                if let abbreviation = entry.abbreviation ?? nil {
                    if learned { memo.keep(entry, for: original) }
                    builder.appendExpansion(expansionWords(abbreviation.expansion, memo: &memo), quoted: depth[index] > 0)
                    if token.folded != "им" { notes.append("\(abbreviation.written) = \(abbreviation.expansion)") }
                    abbreviationCount += 1
                    builder.lastToken = index
                    continue
                }
                if entry.word == nil {
                    entry.word = word(token, original: original, quoted: false, expanded: false)
                    learned = true
                }
                if learned { memo.keep(entry, for: original) }
                var word = entry.word!
                word.isQuoted = depth[index] > 0
                builder.words.append(word)
                builder.lastToken = index
            default:
                builder.lastToken = nil
            }
        }

        // 4. Places from the context when the text names none.
        var fromContext = false
        if placeIDs.isEmpty, let contextPlace, gazetteer.entity(id: contextPlace)?.kind.isPlace == true {
            placeIDs = [contextPlace]
            fromContext = true
            notes.append("no place in the name: \(contextPlace) from its context")
        }
        var closure = Set(placeIDs)
        for id in placeIDs { closure.formUnion(gazetteer.ancestorIDs(of: id)) }
        let specific = placeIDs.filter { id in !placeIDs.contains { $0 != id && gazetteer.ancestorIDs(of: $0).contains(id) } }

        let words = builder.words
        var levels = Set<String>()
        for word in words { if let level = OrgNameNormalizer.levelWords[word.key] { levels.insert(level) } }
        let written = tokens.filter { $0.kind == .word || $0.kind == .number }.count
        return OrgName(text: text, legalForm: legal?.abbreviation, legalFamily: legal?.family, legalFormCountry: legal?.country,
                       words: words, numbers: numbers.sorted { ($0.count, $0) < ($1.count, $1) }, places: Set(specific).sorted(),
                       placeClosure: closure, placesFromContext: fromContext, levels: levels.sorted(), notes: notes,
                       isNominative: isNominative(tokens, consumed: consumed, legal: legal != nil),
                       writtenLength: written, abbreviationCount: abbreviationCount)
    }

    /// A name's spelling with every run of white space (line breaks, non-breaking spaces) made one space.
    public static func cleanSpaces(_ text: String) -> String {
        isClean(text) ? text : cleanSpacesByCharacters(text)
    }

    /// ``cleanSpaces(_:)`` the long way, character by character (what its quick path must agree with).
    static func cleanSpacesByCharacters(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace || character == "\u{00A0}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Whether ``cleanSpaces(_:)`` would give `text` back as it is: no white space but single spaces
    /// between words, each followed by a character that surely starts a grapheme of its own (a space before
    /// a combining mark is left to ``cleanSpaces(_:)``, which drops the two together).
    /// - Complexity: O(n) in the UTF-8 bytes, no allocation.
    static func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            guard first != 0x20, last != 0x20 else { return false }
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0x20 {
                    guard startsOwnCharacter(bytes, index + 1) else { return false }
                } else if byte < 0x20 || byte == 0x7F || isOtherWhiteSpace(bytes, index) {
                    return false
                }
            }
            return true
        }
    }

    /// Whether the character at `index` starts a grapheme of its own, and is no white space: printable
    /// ASCII, a Cyrillic letter (lead bytes D0, D1), « », – — “ ” „, or №.
    private static func startsOwnCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if (0x21...0x7E).contains(byte) || byte == 0xD0 || byte == 0xD1 { return true }
        if byte == 0xC2, index + 1 < bytes.count { return bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB }
        guard byte == 0xE2, index + 2 < bytes.count else { return false }
        if bytes[index + 1] == 0x80 { return [0x93, 0x94, 0x9C, 0x9D, 0x9E].contains(bytes[index + 2]) }
        if bytes[index + 1] == 0x84 { return bytes[index + 2] == 0x96 }
        return false
    }

    /// Whether a white space character other than the ASCII ones starts at `index`: U+0085, U+00A0,
    /// U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func isOtherWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3, index + 1 < bytes.count else { return false }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 }
        guard index + 2 < bytes.count else { return false }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80
        case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF
        case (0xE2, 0x81): return third == 0x9F
        case (0xE3, 0x80): return third == 0x80
        default: return false
        }
    }

    // MARK: Places

    struct FoundPlace {
        var start: Int
        var end: Int
        var id: String
        var spelling: String
    }

    func findPlaces(_ tokens: [Token], content: [Int], depth: [Int], utf8: [UInt8]) -> [FoundPlace] {
        let candidates = matcher.match(tokens, content: content).compactMap { candidate -> Candidate? in
            var copy = candidate
            copy.entities = candidate.entities.filter { position in
                let entity = gazetteer.entities[position]
                guard entity.kind.isPlace else { return false }
                // "Смоленской" is the adjective, not Смоленск: a noun ending in a consonant has no -ой/-ей form.
                if candidate.end - candidate.start == 1, let last = entity.name.last, !"аеиоуыэюяйь".contains(last),
                   tokens[candidate.start].folded.hasSuffix("ой") || tokens[candidate.start].folded.hasSuffix("ей") {
                    return false
                }
                return true
            }
            return copy.entities.isEmpty ? nil : copy.weighed(tokens)
        }
        let chosen = SpanSelection.select(candidates)
        var found: [FoundPlace] = []
        var taken = [Bool](repeating: false, count: tokens.count)
        for candidate in chosen {
            var start = candidate.start
            var markerIndex = candidate.start - 1
            if markerIndex >= 0, tokens[markerIndex].kind == .dot { markerIndex -= 1 }
            var hasMarker = markerIndex >= 0 && (ShapeLexicon.isSettlementMarker(tokens, at: markerIndex) || tokens[markerIndex].folded == "гп")
            if hasMarker {
                start = markerIndex
            } else if ShapeLexicon.isSettlementMarker(tokens, at: candidate.start) || tokens[candidate.start].folded == "гп" {
                hasMarker = true   // the gazetteer name holds its marker ("г. Смоленск")
            }
            let municipal = OrgNameNormalizer.municipalMarker(before: start, tokens)
            // Inside quotes a one-word place is a proper name («Витебск», «Перу – Россия»), unless a marker
            // says otherwise; a longer one ("Смоленской области", "Октябрьского района") is a place.
            if depth[candidate.start] > 0 && !hasMarker && municipal == nil && candidate.weight < 2 { continue }
            if let municipal { start = municipal }
            var options = candidate.entities
            if hasMarker {
                let cities = options.filter { gazetteer.entities[$0].kind == .city }
                if !cities.isEmpty { options = cities }
            }
            let context = chosen.filter { $0.start != candidate.start }.flatMap(\.entities)
            let position = options.count == 1 ? options[0] : resolver.choose(among: options, context: context)
            for index in start..<candidate.end { taken[index] = true }
            found.append(FoundPlace(start: start, end: candidate.end, id: gazetteer.entities[position].id,
                                    spelling: String(decoding: utf8[tokens[start].start..<tokens[candidate.end - 1].end], as: UTF8.self)))
        }
        // A settlement the gazetteer lacks, after its marker: "г. Чаусы".
        for index in content where !taken[index] && ShapeLexicon.isSettlementMarker(tokens, at: index) {
            var nameIndex = index + 1
            if nameIndex < tokens.count, tokens[nameIndex].kind == .dot { nameIndex += 1 }
            guard nameIndex < tokens.count, !taken[nameIndex], tokens[nameIndex].kind == .word, tokens[nameIndex].isCapitalized,
                  !tokens[nameIndex].isAllCaps, tokens[nameIndex].folded.count > 1 else { continue }
            var end = nameIndex + 1
            var key = OrgNameNormalizer.loose(tokens[nameIndex].keys.first ?? tokens[nameIndex].folded)
            while end < tokens.count, tokens[end].kind == .word, OrgNameNormalizer.hyphenBetween(tokens[end - 1], tokens[end], utf8) {
                key += "-" + OrgNameNormalizer.loose(tokens[end].keys.first ?? tokens[end].folded)
                end += 1
            }
            for position in index..<end { taken[position] = true }
            let id = "x-city-" + Transliteration.ascii(key)
            found.append(FoundPlace(start: index, end: end, id: id,
                                    spelling: String(decoding: utf8[tokens[index].start..<tokens[end - 1].end], as: UTF8.self)))
        }
        return found.sorted { $0.start < $1.start }
    }

    /// The start of "МО «", "муниципального образования «", "городского поселения «" right before a
    /// place starting at `start`, or nil.
    static func municipalMarker(before start: Int, _ tokens: [Token]) -> Int? {
        var index = start - 1
        if index >= 0, [.quoteOpen, .quote].contains(tokens[index].kind) { index -= 1 }
        guard index >= 0, tokens[index].kind == .word else { return nil }
        if tokens[index].folded == "мо", tokens[index].isAllCaps { return index }
        guard index >= 1, tokens[index - 1].kind == .word, let key = tokens[index].keys.first, let before = tokens[index - 1].keys.first else { return nil }
        if key == "образован" && before == "муниципальн" { return index - 1 }
        if key == "поселен" && (before == "городск" || before == "сельск") { return index - 1 }
        return nil
    }

    /// Adjective keys made from place names: "Витебская область" gives `витебск`; a city gives its own
    /// key and the usual adjective suffixes ("Могилев" → `могилевск`, "Орша" → `оршанск`).
    static func placeAdjectives(_ gazetteer: Gazetteer) -> [String: [String]] {
        var result: [String: Set<String>] = [:]
        for entity in gazetteer.entities where entity.kind == .city || entity.kind == .district || entity.kind == .region {
            for name in entity.allNames {
                let tokens = NameIndex.patternTokens(name)
                guard let first = tokens.first, first.kind == .word else { continue }
                let key = loose(first.keys[0])
                if tokens.count >= 2, first.classes.contains(.adjective) {
                    result[key, default: []].insert(entity.id)
                } else if tokens.count == 1, entity.kind == .city, key.count >= 3 {
                    for suffix in PlaceAdjectives.citySuffixes { result[key + suffix, default: []].insert(entity.id) }
                }
            }
        }
        return result.mapValues { $0.sorted() }
    }

    // MARK: Legal forms and abbreviations

    /// The legal form (of ``legalForms``) standing at the start of `remaining` (indices into `tokens`),
    /// the forms its first token may start looked up in `memo`.
    func leadingLegalForm(_ remaining: [Int], _ tokens: [Token], _ utf8: [UInt8], memo: inout NormalizerMemo) -> LegalFormPattern? {
        guard let first = remaining.first else { return nil }
        let token = tokens[first]
        let original = String(decoding: utf8[token.start..<token.end], as: UTF8.self)
        var entry = memo.entry(original, token)
        if entry.legalForms == nil {
            entry.legalForms = legalFormIndex.candidates(token)
            memo.keep(entry, for: original)
        }
        return legalFormIndex.first(at: 0, remaining, tokens, among: entry.legalForms ?? [])
    }

    /// The first of `forms` whose tokens stand at `position` of `remaining` (``LegalFormIndex`` finds it
    /// among many forms).
    func legalForm(at position: Int, _ remaining: [Int], _ tokens: [Token], among forms: [LegalFormPattern]) -> LegalFormPattern? {
        forms.first { OrgNameNormalizer.matches($0, at: position, remaining, tokens) }
    }

    /// Whether `form`'s tokens stand at `position` of `remaining` (indices into `tokens`).
    static func matches(_ form: LegalFormPattern, at position: Int, _ remaining: [Int], _ tokens: [Token]) -> Bool {
        guard position >= 0, position + form.tokens.count <= remaining.count else { return false }
        return form.tokens.enumerated().allSatisfy { NameMatcher.same(tokens[remaining[position + $0.offset]], $0.element) }
    }

    /// The lexicon abbreviation a word is, if any ("СШ"; "горисполкома" with a case ending).
    func abbreviation(_ token: Token) -> Abbreviation? {
        if let found = abbreviations[token.folded] {
            return !found.needsCapitals || token.isAllCaps ? found : nil
        }
        for length in 1...3 where token.folded.count > length + 3 {
            let stem = String(token.folded.dropLast(length))
            if let found = abbreviations[stem], !found.needsCapitals, OrgNameNormalizer.caseEndings.contains(String(token.folded.suffix(length))) {
                return found
            }
        }
        return nil
    }

    /// What kind of legal person a legal form's full name makes.
    static func family(of expansion: String) -> String {
        let text = expansion.lowercased()
        if text.contains("учрежден") { return "institution" }
        if text.contains("предприниматель") { return "entrepreneur" }
        if text.contains("предприятие") { return "enterprise" }
        if text.contains("группа компаний") { return "group" }
        for word in ["акционерн", "ответственност", "limited", "company", "gesellschaft", "joint", "incorporated", "establishment", "sociedad"]
        where text.contains(word) {
            return "company"
        }
        return "nonprofit"
    }

    // MARK: Words

    /// Builds the words of a name, joining hyphenated parts.
    struct WordBuilder {
        let normalizer: OrgNameNormalizer
        var words: [OrgName.Word] = []
        /// The token the last word came from, for joining a hyphenated part to it.
        var lastToken: Int?

        mutating func joinHyphenated(_ token: Token) {
            guard var word = words.popLast() else { return }
            let part = OrgNameNormalizer.loose(token.keys.first ?? token.folded)
            let joined = word.text.replacingOccurrences(of: "-", with: "") + token.folded
            word.text += "-" + token.folded
            word.key += part
            word.keys = OrgNameNormalizer.unique([word.key] + Stemmer.stem(joined).keys.map(OrgNameNormalizer.loose))
            word.initials += String(token.folded.prefix(1))
            word.isGeneric = normalizer.genericKeys.contains(word.key)
            word.isAcronym = false
            word.placeHints = []
            words.append(word)
        }

        /// The words of an expansion (``OrgNameNormalizer/expansionWords(_:memo:)``), marked expanded.
        mutating func appendExpansion(_ expansion: [OrgName.Word], quoted: Bool) {
            for var word in expansion {
                word.isQuoted = quoted
                word.isExpanded = true
                words.append(word)
            }
        }
    }

    /// The words an abbreviation or legal form expands to, generic ones marked (kept in `memo`).
    func expansionWords(_ expansion: String, memo: inout NormalizerMemo) -> [OrgName.Word] {
        memo.phrase(expansion) {
            OrgNameNormalizer.plainWords(expansion).map { word in
                var word = word
                word.isGeneric = genericKeys.contains(word.key)
                return word
            }
        }
    }

    /// One word from a token of the name.
    func word(_ token: Token, original: String, quoted: Bool, expanded: Bool) -> OrgName.Word {
        let letters = original.filter(\.isLetter)
        let capitals = letters.filter(\.isUppercase).count
        let isAcronym = (2...6).contains(letters.count) && (token.isAllCaps || capitals >= 2)
        var keys: [String]
        if isAcronym {
            keys = [token.folded]
        } else if token.isAllCaps {
            keys = Stemmer.stem(token.folded).keys + [token.folded]
        } else {
            keys = token.keys.isEmpty ? [token.folded] : token.keys
        }
        keys = OrgNameNormalizer.unique(keys.map(OrgNameNormalizer.loose))
        let isStop = FunctionWords.stopWords.contains(token.folded)
        let hints = token.classes.contains(.adjective) && !isAcronym ? placeAdjectives[keys[0]] ?? [] : []
        return OrgName.Word(text: token.folded, key: keys[0], keys: keys, initials: String(token.folded.prefix(1)),
                            isGeneric: genericKeys.contains(keys[0]), isStopWord: isStop, isAcronym: isAcronym && !isStop,
                            isQuoted: quoted, isExpanded: expanded, placeHints: hints)
    }

    /// The words of a lexicon phrase (a head, an expansion), hyphenated parts joined, not marked generic.
    static func plainWords(_ phrase: String) -> [OrgName.Word] {
        let tokens = Tokenizer.tokenize(phrase)
        let utf8 = Array(phrase.utf8)
        var words: [OrgName.Word] = []
        var last: Int?
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let keys = unique((token.keys.isEmpty ? [token.folded] : token.keys).map(loose))
            if let last, last == index - 1, hyphenBetween(tokens[last], token, utf8), var word = words.popLast() {
                let joined = word.text.replacingOccurrences(of: "-", with: "") + token.folded
                word.text += "-" + token.folded
                word.key += keys[0]
                word.keys = unique([word.key] + Stemmer.stem(joined).keys.map(loose))
                word.initials += String(token.folded.prefix(1))
                words.append(word)
            } else {
                words.append(OrgName.Word(text: token.folded, key: keys[0], keys: keys, initials: String(token.folded.prefix(1)),
                                          isGeneric: false, isStopWord: FunctionWords.stopWords.contains(token.folded), isAcronym: false,
                                          isQuoted: false, isExpanded: false, placeHints: []))
            }
            last = index
        }
        return words
    }

    /// Whether the name looks like a nominative: a legal form before a quoted name, an indeclinable first
    /// word, or leading adjectives in nominative endings before a head noun in the nominative.
    func isNominative(_ tokens: [Token], consumed: [Bool], legal: Bool) -> Bool {
        let rest = tokens.indices.filter { !consumed[$0] }
        guard let first = rest.first else { return legal }
        if legal, [.quoteOpen, .quote].contains(tokens[first].kind) { return true }
        let words = rest.map { tokens[$0] }.filter { $0.kind == .word }
        guard let head = words.first else { return legal }
        if head.isAllCaps || !head.folded.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) { return true }
        for word in words {
            if OrgNameNormalizer.nominativeAdjectiveEndings.contains(where: { word.folded.hasSuffix($0) }) && word.classes.contains(.adjective) {
                continue
            }
            if headWords.contains(word.folded) { return true }
            guard let last = word.folded.last, !OrgNameNormalizer.obliqueEndings.contains(where: { word.folded.hasSuffix($0) }) else { return false }
            return !"аяиыуюеэо".contains(last)
        }
        return false
    }

    // MARK: Helpers

    /// A key with a trailing vowel, й or ь dropped ("музе", "музей" → "муз"), so every form of a noun
    /// whose ending the stemmer cuts differently gives one key.
    static func loose(_ key: String) -> String {
        var scalars = Array(key.unicodeScalars)
        while scalars.count > 3, let last = scalars.last, "аеиоуыэюяйь".unicodeScalars.contains(last) { scalars.removeLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// The quote nesting depth at each token.
    static func quoteDepths(_ tokens: [Token]) -> [Int] {
        var depth = 0
        return tokens.map { token in
            switch token.kind {
            case .quoteOpen: depth += 1; return depth
            case .quoteClose: depth = max(0, depth - 1); return depth
            case .quote: depth = depth > 0 ? depth - 1 : depth + 1; return depth
            default: return depth
            }
        }
    }

    /// Two words written with a hyphen and nothing else between them ("музей-заповедник").
    static func hyphenBetween(_ previous: Token, _ token: Token, _ utf8: [UInt8]) -> Bool {
        guard previous.kind == .word, token.kind == .word, previous.end < token.start, token.start <= utf8.count else { return false }
        let between = Array(utf8[previous.end..<token.start])
        return between == [0x2D] || between == [0xE2, 0x80, 0x90] || between == [0xE2, 0x80, 0x91]
    }

    /// A capital letter and a dot: an initial ("М.И. Глинки").
    static func isInitial(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[index].folded.count == 1 && tokens[index].isCapitalized && index + 1 < tokens.count && tokens[index + 1].kind == .dot
    }
}
