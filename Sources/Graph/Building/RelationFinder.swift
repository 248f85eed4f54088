import Foundation
import Entities

/// Finds agreements and twinning in an item's text, and who they tie.
///
/// An agreement clause starts at a document word (соглашение, договор, меморандум, протокол о
/// намерениях, план … совместной работы) and runs to the next such word or the end of the sentence; a
/// draft ("проект соглашения") is not one. Its parties are the bodies named in the clause ("между X и Y");
/// a clause that names none but says the document was signed, or is "в рамках" one, ties the item's
/// two sides. Twinning is a clause with побратим-, or a name right after "город-побратим"/"город-партнер".
///
/// - Complexity: O(t + m) for t tokens and m mentions of a field.
struct RelationFinder {
    /// One tie found in the text.
    struct Finding: Equatable {
        var relation: Relation
        /// Entity ids the clause names (both sides, unsorted); empty when it names none.
        var parties: [String]
        /// The clause names no party but says a document was signed, or refers to one in force: it ties
        /// the item's two sides.
        var tiesItemSides = false
        /// A name right after "город-побратим": the twin.
        var twin: String?
        var quote: String
        /// A day the text gives for the document ("от 20.02.2017").
        var date: CalendarDate?
    }

    static func find(in text: String, mentions: [Mention]) -> [Finding] {
        find(in: text, tokens: Tokenizer.tokenize(text), mentions: mentions)
    }

    /// The findings in `text`, given its tokens.
    static func find(in text: String, tokens: [Token], mentions: [Mention]) -> [Finding] {
        guard mayFind(in: tokens) else { return [] }
        var findings: [Finding] = []
        let sentenceEnds = sentenceBoundaries(tokens)
        let lowered = LowercaseBytes(text)
        var index = 0
        while index < tokens.count {
            if let length = agreementKeyword(tokens, at: index), !isDraft(tokens, before: index) {
                let end = clauseEnd(tokens, from: index + length, sentenceEnds: sentenceEnds)
                let clauseStart = tokens[index].start, clauseEnd = end < tokens.count ? tokens[end].start : text.utf8.count
                let sentenceStart = sentenceStartOffset(tokens, before: index, sentenceEnds: sentenceEnds)
                var parties = mentions.filter { $0.fieldStart >= clauseStart && $0.fieldEnd <= clauseEnd }.map(\.entityID)
                // "соглашений …, заключенных в рамках форумов регионов Беларуси и России": a plural
                // document word names documents in general unless "между" says between whom.
                if isPlural(tokens[index]), !tokens[index..<end].contains(where: { $0.folded.utf8Equals("между") }) { parties = [] }
                var quoteStart = clauseStart
                if parties.isEmpty, let between = partiesBefore(index, tokens, mentions, from: sentenceStart) {
                    // "между X и Y подписано соглашение": the parties stand before the document word.
                    parties = between.parties
                    quoteStart = between.start
                }
                let signed = lowered.containsAny(signalWords, from: sentenceStart, to: clauseEnd)
                // A clause ending at another document word introduces a list ("Подписаны соглашения: …");
                // a plural document word without parties is general ("реализации соглашений").
                let endsAtAnotherDocument = end < tokens.count && !sentenceEnds.contains(end)
                let general = endsAtAnotherDocument || isPlural(tokens[index])
                let tiesSides = parties.isEmpty && !general && (signed || lowered.contains(framingWords, from: sentenceStart, to: clauseStart))
                let quote = text.utf8Slice(quoteStart, clauseEnd)
                let date = DateParser.parse(text.utf8Slice(clauseStart, clauseEnd)).first { $0.precision == .day && $0.start == $0.end }?.start
                if !parties.isEmpty || tiesSides {
                    findings.append(Finding(relation: .agreement, parties: parties, tiesItemSides: tiesSides, twin: nil, quote: shorten(quote), date: date))
                    if tokens[index..<end].contains(where: isTwinningWord) {
                        findings.append(Finding(relation: .twinning, parties: parties, tiesItemSides: tiesSides, twin: nil, quote: shorten(quote), date: date))
                    }
                }
                index = end
                continue
            }
            if isTwinningWord(tokens[index]) {
                let wordEnd = tokens[index].end
                if let twin = mentions.first(where: { $0.fieldStart >= wordEnd && $0.fieldStart - wordEnd <= 24 }) {
                    let sentenceStart = sentenceStartOffset(tokens, before: index, sentenceEnds: sentenceEnds)
                    findings.append(Finding(relation: .twinning, parties: [], twin: twin.entityID,
                                            quote: shorten(text.utf8Slice(max(sentenceStart, tokens[max(0, index - 3)].start), twin.fieldEnd)), date: nil))
                }
            }
            index += 1
        }
        return findings
    }

    /// Whether a token may name a document or twinning: most fields name neither, and need no more look.
    /// Only words can (their kind is read in place; a word is copied once to ask).
    static func mayFind(in tokens: [Token]) -> Bool {
        for index in tokens.indices where tokens[index].kind == .word {
            let token = tokens[index]
            if token.mayNameDocument || token.isTwinningWord { return true }
        }
        return false
    }

    /// The length in tokens of a document word at `index` (соглашение; протокол о намерениях; план … совместн-).
    static func agreementKeyword(_ tokens: [Token], at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .word, token.mayNameDocument else { return nil }
        let key = token.firstKey
        if key.utf8HasPrefix("соглашен") || key.utf8Equals("договор") || key.utf8HasPrefix("меморандум") { return 1 }
        if key.utf8Equals("протокол"), index + 2 < tokens.count, tokens[index + 2].firstKey.utf8HasPrefix("намерен") { return 3 }
        if key.utf8Equals("план") {
            for offset in 1...6 where index + offset < tokens.count {
                if tokens[index + offset].firstKey.utf8HasPrefix("совместн") { return offset + 1 }
                if tokens[index + offset].kind == .comma || tokens[index + offset].kind == .dot { break }
            }
        }
        return nil
    }

    /// The mentions after "между" earlier in the sentence, when the document word follows them.
    static func partiesBefore(_ index: Int, _ tokens: [Token], _ mentions: [Mention], from sentenceStart: Int) -> (parties: [String], start: Int)? {
        var cursor = index - 1
        while cursor >= 0, tokens[cursor].start >= sentenceStart {
            if tokens[cursor].folded.utf8Equals("между") {
                let start = tokens[cursor].start, end = tokens[index].start
                let parties = mentions.filter { $0.fieldStart >= start && $0.fieldEnd <= end }.map(\.entityID)
                return parties.isEmpty ? nil : (parties, start)
            }
            cursor -= 1
        }
        return nil
    }

    /// "соглашений", "договоров", "договоры", "соглашениях": a plural document word.
    static func isPlural(_ token: Token) -> Bool {
        let word = token.folded
        return ["ений", "иях", "иями", "оров", "оры", "орах", "орами", "умов", "умы"].contains { word.utf8HasSuffix($0) }
    }

    static func isDraft(_ tokens: [Token], before index: Int) -> Bool {
        index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].firstKey.utf8Equals("проект")
    }

    static func isTwinningWord(_ token: Token) -> Bool { token.isTwinningWord }

    /// Words that say a document was signed or concluded (found whatever their case).
    static let signalWords = ["подписан", "подписал", "подписани", "заключен", "заключил", "двусторонн"].map { Array($0.utf8) }
    /// Words before a document word that tie the item's sides: "в рамках соглашения".
    static let framingWords = Array("в рамках".utf8)

    /// Token indices that end sentences: a dot after a word of two or more letters, followed by a capital.
    static func sentenceBoundaries(_ tokens: [Token]) -> Set<Int> {
        var ends: Set<Int> = []
        for index in tokens.indices where tokens[index].kind == .dot && index > 0 && index + 1 < tokens.count {
            let before = tokens[index - 1], after = tokens[index + 1]
            if before.kind == .number && after.kind == .number { continue }   // 20.02.2017
            if before.length >= 2 || before.kind == .number || before.kind == .quoteClose || before.kind == .closeParen,
               after.isCapitalized || after.kind != .word { ends.insert(index) }
        }
        return ends
    }

    static func clauseEnd(_ tokens: [Token], from start: Int, sentenceEnds: Set<Int>) -> Int {
        var index = start
        while index < tokens.count {
            if sentenceEnds.contains(index) { return index }
            if agreementKeyword(tokens, at: index) != nil, !isDraft(tokens, before: index) { return index }
            index += 1
        }
        return tokens.count
    }

    static func sentenceStartOffset(_ tokens: [Token], before index: Int, sentenceEnds: Set<Int>) -> Int {
        var cursor = index - 1
        while cursor >= 0 {
            if sentenceEnds.contains(cursor) { return tokens[cursor].end }
            cursor -= 1
        }
        return 0
    }

    /// At most 200 characters, cut at a word boundary.
    /// - Complexity: O(n) in the length of the text (the first 200 characters when it is longer).
    static func shorten(_ text: String) -> String {
        var trimmed = text.trimmingSpaces()
        // Up to 200 bytes are at most 200 characters; most names are that short.
        guard trimmed.utf8.count > 200 else { return trimmed }
        let simple: String?? = trimmed.withUTF8 { bytes in
            guard let end = SimpleCharacters.offset(after: 200, in: bytes) else { return nil }
            guard end < bytes.count else { return .some(nil) }
            var cut = end
            while cut > 0, bytes[cut - 1] != 0x20 { cut -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(cut > 0 ? cut - 1 : end)]), as: UTF8.self) + "…"
        }
        if let simple { return simple ?? trimmed }
        guard let end = trimmed.index(trimmed.startIndex, offsetBy: 200, limitedBy: trimmed.endIndex), end != trimmed.endIndex else {
            return trimmed
        }
        let prefix = trimmed[..<end]
        let cut = prefix.lastIndex(of: " ") ?? prefix.endIndex
        return String(prefix[..<cut]) + "…"
    }
}
