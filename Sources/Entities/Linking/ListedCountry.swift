/// The country a list of bodies is introduced with, so that the bodies of the list that say nothing of
/// their own place still get their country:
/// - a country's adjective before a list noun (`lexicon/list-nouns.txt`): "представители белорусских
///   компаний ОАО «МЗКТ» и ГК «СТиМ»";
/// - a country's name before a colon or "во главе с": "делегации Республики Беларусь: представители
///   ОАО «МАЗ», ООО «СТиМ»", "делегации ОАЭ во главе с владельцем компании Xstrike LLC";
/// - and, for one body, a country's adjective in lower case right before it, which its name leaves out:
///   "с Варшавским университетом и польской | Ассоциацией учителей".
///
/// The first body may follow the opener after up to three words in lower case; each next one only after
/// a comma, "и", "а также" or a parenthesis; people, known bodies and places in parentheses may stand
/// between ("… компании X Мухаммадом Али", "ОАО «A» (г. Лида), ОАО «Б»"). Any other word, a full stop or
/// a place outside parentheses closes the list.
///
/// ```swift
/// ListedCountry.countries(tokens, chosen: chosen, gazetteer: gazetteer, adjectives: adjectives)
/// // [2: position of Belarus, 3: position of Belarus] for the two companies above
/// ```
/// - Complexity: O(t + c) for t tokens and c chosen spans.
enum ListedCountry {
    /// Country positions by index into `chosen`, for the unknown bodies of a list.
    static func countries(_ tokens: [Token], chosen: [Candidate], gazetteer: Gazetteer, adjectives: PlaceAdjectives) -> [Int: Int] {
        let listNouns = gazetteer.shapeLexicon.listNounKeyIDs
        var result: [Int: Int] = [:]
        var open: Int?
        var awaitingFirst = true
        var cursor = 0
        // Parentheses open at the candidate: a place inside them is a body's town, not the list's end.
        var depth = 0
        for (index, candidate) in chosen.enumerated() {
            let gap = cursor..<max(cursor, candidate.start)
            for token in tokens[gap] {
                if token.kind == .openParen { depth += 1 } else if token.kind == .closeParen { depth = max(0, depth - 1) }
            }
            if open != nil, !(awaitingFirst ? leadsIn(tokens, gap) : separates(tokens, gap)) { open = nil }
            if open == nil, let (country, after) = adjectiveOpener(tokens, gap, listNouns: listNouns, gazetteer: gazetteer, adjectives: adjectives),
               leadsIn(tokens, after..<gap.upperBound) {
                open = country
                awaitingFirst = true
            }
            cursor = candidate.end
            if let country = open {
                if let shape = candidate.unknown, shape.kind == .org {
                    result[index] = country
                    awaitingFirst = false
                } else if isPerson(candidate, gazetteer) || candidate.entities.contains(where: { gazetteer.kinds[$0] == .org }) {
                    awaitingFirst = false
                } else if depth == 0 {
                    open = nil
                }
            }
            if result[index] == nil, candidate.unknown?.kind == .org, let country = adjectiveRightBefore(candidate.start, tokens, gazetteer: gazetteer,
                                                                                                  adjectives: adjectives) {
                result[index] = country
            }
            if candidate.source == .gazetteer, candidate.entities.count == 1, let country = candidate.entities.first,
               gazetteer.kinds[country] == .country, let after = nameOpener(tokens, from: candidate.end) {
                open = country
                awaitingFirst = true
                cursor = after
            }
        }
        return result
    }

    static func isPerson(_ candidate: Candidate, _ gazetteer: Gazetteer) -> Bool {
        if let shape = candidate.unknown { return shape.kind == .person }
        return candidate.entities.contains { gazetteer.kinds[$0] == .person }
    }

    /// The token after a country's name that opens a list: after ":" or "во главе с", else nil.
    static func nameOpener(_ tokens: [Token], from index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        if tokens[index].kind == .other, tokens[index].folded == ":" { return index + 1 }
        let words = ["во", "главе", "с"]
        guard index + words.count <= tokens.count else { return nil }
        for (offset, word) in words.enumerated() where tokens[index + offset].kind != .word || tokens[index + offset].folded != word {
            return nil
        }
        return index + words.count
    }

    /// The country of a lower-case country's adjective right before token `start`.
    static func adjectiveRightBefore(_ start: Int, _ tokens: [Token], gazetteer: Gazetteer, adjectives: PlaceAdjectives) -> Int? {
        guard start > 0, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized else { return nil }
        return adjectives.country(of: tokens[start - 1], gazetteer: gazetteer)
    }

    /// A country's adjective right before a list noun in `range`: the country, and the token after the noun.
    static func adjectiveOpener(_ tokens: [Token], _ range: Range<Int>, listNouns: IDSet, gazetteer: Gazetteer,
                                adjectives: PlaceAdjectives) -> (Int, Int)? {
        guard range.count >= 2 else { return nil }
        for index in range.dropLast() where tokens[index].kind == .word && tokens[index + 1].kind == .word {
            guard listNouns.containsAny(tokens[index + 1].word.keyIDs),
                  let country = adjectives.country(of: tokens[index], gazetteer: gazetteer) else { continue }
            return (country, index + 2)
        }
        return nil
    }

    /// Whether the tokens between an opener and the first body are at most three words in lower case
    /// (and a colon or dash).
    static func leadsIn(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var words = 0
        for token in tokens[range] {
            switch token.kind {
            case .word where !token.isCapitalized: words += 1
            case .dash: continue
            case .other where token.folded == ":": continue
            default: return false
            }
        }
        return words <= 3
    }

    /// Whether the tokens between two bodies of a list only separate them: commas, "и", "а также", parentheses.
    static func separates(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        tokens[range].allSatisfy { token in
            switch token.kind {
            case .comma, .openParen, .closeParen: true
            case .word: ["и", "а", "также"].contains(token.folded)
            default: false
            }
        }
    }
}
