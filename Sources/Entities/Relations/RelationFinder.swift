import Foundation

/// Finds agreements and twinning in an item's text, and who they tie.
///
/// An agreement clause starts at a document word (соглашение, договор, меморандум, протокол о
/// намерениях, план … совместной работы) and runs to the next such word or the end of the sentence; a
/// draft ("проект соглашения") is not one. A document the item carries out ("в рамках Соглашения … от
/// 20.02.2017", "исполнение пунктов Договора") is one in force: signed before the item, not in it, and
/// marked so. Its parties are the bodies named in the clause ("между X и Y"); a clause that names none
/// but says the document was signed, or is in force, ties the item's two sides. Twinning is a clause with побратим-, or a name right after "город-побратим"/"город-партнер".
///
/// - Complexity: O(t + m) for t tokens and m mentions of a field.
package struct RelationFinder {
    typealias Finding = RelationFinding

    static func find(in text: String, mentions: [Mention]) -> [Finding] {
        find(in: text, tokens: Tokenizer.tokenize(text), mentions: mentions)
    }

    /// The findings in `text`, given its tokens.
    /// - Complexity: O(t + m log m + n) for t tokens, m mentions and n bytes, however long the field: what
    ///   each clause looks back at (the sentence's start, "между", the signal words, the mentions in a
    ///   range) is found in tables made once, not by scanning.
    static func find(in text: String, tokens: [Token], mentions: [Mention]) -> [Finding] {
        guard mayFind(in: tokens) else { return [] }
        var findings: [Finding] = []
        let sentenceEnds = sentenceBoundaries(tokens)
        let sentenceStarts = sentenceStartOffsets(tokens, sentenceEnds: sentenceEnds)
        let betweenBefore = lastBetweenBefore(tokens)
        let lowered = LowercaseBytes(text)
        let found = WordOccurrences.find(wordGroups, in: lowered)
        let signals = found[0], signing = found[1], framing = found[2], plans = found[3]
        let byStart = MentionRanges(mentions)
        var index = 0
        while index < tokens.count {
            if let length = agreementKeyword(tokens, at: index), !isDraft(tokens, before: index) {
                let end = clauseEnd(tokens, from: index + length, sentenceEnds: sentenceEnds)
                let clauseStart = tokens[index].start, clauseEnd = end < tokens.count ? tokens[end].start : text.utf8.count
                let sentenceStart = sentenceStarts[index]
                var parties = byStart.ids(from: clauseStart, to: clauseEnd)
                // "соглашений …, заключенных в рамках форумов регионов Беларуси и России": a plural
                // document word names documents in general unless "между" says between whom.
                if isPlural(tokens[index]), !tokens[index..<end].contains(where: { $0.folded.utf8Equals("между") }) { parties = [] }
                var quoteStart = clauseStart
                if parties.isEmpty, let between = partiesBefore(index, tokens, byStart, betweenBefore: betweenBefore, from: sentenceStart) {
                    // "между X и Y подписано соглашение": the parties stand before the document word.
                    parties = between.parties
                    quoteStart = between.start
                }
                let signed = signals.any(from: sentenceStart, to: clauseEnd)
                // "Планируется подписать соглашение между …", "будет подписан меморандум": not signed yet.
                let planned = plans.any(from: sentenceStart, to: clauseEnd)
                // A clause ending at another document word introduces a list ("Подписаны соглашения: …");
                // a plural document word without parties is general ("реализации соглашений").
                let endsAtAnotherDocument = end < tokens.count && !sentenceEnds.contains(end)
                let general = endsAtAnotherDocument || isPlural(tokens[index])
                // "в рамках Соглашения между X и Y от 20.02.2017", "исполнение пунктов Договора": a document
                // in force that the item carries out, signed before it — no agreement of this item.
                let inForce = !planned && framing.any(from: sentenceStart, to: clauseStart) && !signing.any(from: sentenceStart, to: clauseEnd)
                let tiesSides = parties.isEmpty && !general && (signed || planned || inForce)
                if !parties.isEmpty || tiesSides {
                    let quote = shortQuote(text, quoteStart, clauseEnd)
                    let date = DateParser.parse(text.utf8Slice(clauseStart, clauseEnd)).first { $0.precision == .day && $0.start == $0.end }?.start
                    findings.append(Finding(kind: planned ? .planned : .agreement, parties: parties, tiesItemSides: tiesSides, twin: nil,
                                            quote: quote, date: planned ? nil : date, inForce: inForce))
                    if !planned, tokens[index..<end].contains(where: isTwinningWord) {
                        findings.append(Finding(kind: .twinning, parties: parties, tiesItemSides: tiesSides, twin: nil, quote: quote, date: date))
                    }
                }
                index = end
                continue
            }
            if isTwinningWord(tokens[index]) {
                let wordEnd = tokens[index].end
                if let twin = byStart.first(from: wordEnd, through: wordEnd + 24) {
                    let sentenceStart = sentenceStarts[index]
                    findings.append(Finding(kind: .twinning, parties: [], twin: twin.entityID,
                                            quote: shorten(text.utf8Slice(max(sentenceStart, tokens[max(0, index - 3)].start), twin.fieldEnd)), date: nil))
                }
            }
            index += 1
        }
        return findings
    }

    /// ``shorten(_:)`` of `text.utf8Slice(start, end)`, copying only what the quote can show: a clause
    /// can be megabytes long, and many clauses can quote from the same "между".
    static func shortQuote(_ text: String, _ start: Int, _ end: Int) -> String {
        let window = 4_096
        if end - start > window {
            // 202 whole characters in the window: the first 200 and the one after them are the quote's.
            let prefix = text.utf8Slice(start, start + window)
            if prefix.count > 202 { return shorten(prefix) }
        }
        return shorten(text.utf8Slice(start, end))
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
    static func partiesBefore(_ index: Int, _ tokens: [Token], _ mentions: MentionRanges, betweenBefore: [Int32],
                              from sentenceStart: Int) -> (parties: [String], start: Int)? {
        let cursor = Int(betweenBefore[index])
        guard cursor >= 0, tokens[cursor].start >= sentenceStart else { return nil }
        let start = tokens[cursor].start, end = tokens[index].start
        let parties = mentions.ids(from: start, to: end)
        return parties.isEmpty ? nil : (parties, start)
    }

    /// For each token index, the index of the last "между" before it (-1: none).
    static func lastBetweenBefore(_ tokens: [Token]) -> [Int32] {
        var result = [Int32](repeating: -1, count: tokens.count)
        var last: Int32 = -1
        for index in tokens.indices {
            result[index] = last
            if tokens[index].folded.utf8Equals("между") { last = Int32(index) }
        }
        return result
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

    /// The signal, signing, framing and plan words, found in one pass (in that order).
    static let wordGroups = WordGroups([signalWords, signingWords, framingWords, planWords])

    /// Words that say a document was signed or concluded (found whatever their case), or is one between
    /// two sides ("двустороннее").
    static let signalWords = signingWords + [Array("двусторонн".utf8)]
    /// Words that say a document was signed or concluded.
    static let signingWords = ["подписан", "подписал", "подписани", "подписыв", "заключен", "заключил", "заключа"].map { Array($0.utf8) }
    /// Words that make a document one to be signed, not one signed: the agreement is `planned`.
    static let planWords = ["планиру", "будет подписан", "будут подписан", "будет заключ", "будут заключ", "предстоит подпис",
                            "предстоит заключ", "предполагается подпис", "предполагается заключ", "намечено подпис",
                            "намерены подписать", "стадии согласования"].map { Array($0.utf8) }
    /// Words before a document word that make it one in force, which the item carries out: "в рамках
    /// соглашения", "исполнение пунктов договора", "в целях реализации", "в соответствии с", "согласно",
    /// "действующего".
    static let framingWords = ["в рамках", "исполнени", "реализаци", "в соответствии с", "согласно", "действующ"].map { Array($0.utf8) }

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

    /// For each token index, the UTF-8 offset where its sentence starts: the end of the last sentence end
    /// before it, or 0.
    static func sentenceStartOffsets(_ tokens: [Token], sentenceEnds: Set<Int>) -> [Int] {
        var result = [Int](repeating: 0, count: tokens.count)
        var start = 0
        for index in tokens.indices {
            result[index] = start
            if sentenceEnds.contains(index) { start = tokens[index].end }
        }
        return result
    }

    /// At most 200 characters, cut at a word boundary.
    /// - Complexity: O(n) in the length of the text (the first 200 characters when it is longer).
    package static func shorten(_ text: String) -> String {
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

extension RelationFinder {
    /// The fields agreements and twinning are looked for in.
    static let fields: [ItemField] = [.name, .goal, .participants]

    /// The ties an item states in its name, goal and participants columns, given the tokens of its
    /// linked fields (``Linker/linkedFields`` order) and its mentions.
    /// - Complexity: O(t + m log m + n) for the item's t tokens, m mentions and n bytes.
    static func find(in item: ReportItem, mentions: [Mention], fieldTokens: [[Token]]) -> [Finding] {
        var findings: [Finding] = []
        for field in fields {
            guard let position = Linker.linkedFields.firstIndex(of: field) else { continue }
            let tokens = fieldTokens[position]
            guard mayFind(in: tokens) else { continue }
            findings += find(in: item[field].text, tokens: tokens, mentions: mentions.filter { $0.field == field })
        }
        return findings
    }
}
