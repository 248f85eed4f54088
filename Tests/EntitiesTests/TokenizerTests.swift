import XCTest
@testable import Entities

/// `Tokenizer`: what a word, a number and a mark are, and where each stands in the text.
final class TokenizerTests: XCTestCase {
    private func kinds(_ text: String) -> [Token.Kind] { Tokenizer.tokenize(text).map(\.kind) }
    private func folded(_ text: String) -> [String] { Tokenizer.tokenize(text).map(\.folded) }

    /// The text of each token, sliced from `text` by its UTF-8 offsets.
    private func slices(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let bytes = Array(text.utf8)
        return try Tokenizer.tokenize(text).map { try bytes.text($0.start, $0.end, file: file, line: line) }
    }

    func testEmptyAndBlankTextHaveNoTokens() {
        XCTAssertEqual(Tokenizer.tokenize(""), [])
        XCTAssertEqual(Tokenizer.tokenize(" \t\n\r\u{00A0}\u{200B}\u{FEFF}\u{00AD}"), [])
    }

    func testOneWord() throws {
        let tokens = Tokenizer.tokenize("Смоленск")
        XCTAssertEqual(tokens.count, 1)
        let token = try tokens.at(0)
        XCTAssertEqual(token.kind, .word)
        XCTAssertEqual(token.folded, "смоленск")
        XCTAssertEqual(token.keys, ["смоленск"])
        XCTAssertEqual(token.classes, .noun)
        XCTAssertEqual(token.start, 0)
        XCTAssertEqual(token.end, "Смоленск".utf8.count)
        XCTAssertTrue(token.isCapitalized)
        XCTAssertFalse(token.isAllCaps)
        XCTAssertFalse(token.isHyphenJoined)
    }

    func testWordsAreFoldedToLowerCaseWithYoAsYe() {
        XCTAssertEqual(folded("МОГИЛЁВ Могилёв могилев"), ["могилев", "могилев", "могилев"])
        XCTAssertEqual(Tokenizer.tokenize("Орёл").first?.keys, Tokenizer.tokenize("Орел").first?.keys)
    }

    func testCapitalsAndAbbreviations() throws {
        let tokens = Tokenizer.tokenize("МБОУ Гимназия школа Я")
        XCTAssertEqual(tokens.map(\.isCapitalized), [true, true, false, true])
        // All capitals needs two letters at least: a single capital is an initial, not an abbreviation.
        XCTAssertEqual(tokens.map(\.isAllCaps), [true, false, false, false])
        // A word in capitals is kept whole first; its stem follows, for a name set in capitals ("МОСКВА").
        XCTAssertEqual(try tokens.at(0).keys, ["мбоу", "мбо"])
        XCTAssertEqual(try tokens.at(0).classes, [])
    }

    func testNumbers() throws {
        let tokens = Tokenizer.tokenize("№ 40, 2023 года")
        XCTAssertEqual(tokens.map(\.kind), [.numero, .number, .comma, .number, .word])
        XCTAssertEqual(tokens.map(\.folded), ["№", "40", ",", "2023", "года"])
        XCTAssertEqual(try tokens.at(1).keys, ["40"])
        // A number right after a letter is a separate token.
        XCTAssertEqual(kinds("№40"), [.numero, .number])
        XCTAssertEqual(folded("СШ12"), ["сш", "12"])
        // "N" is a letter, not the numero sign.
        XCTAssertEqual(kinds("N 5"), [.word, .number])
    }

    func testQuotes() {
        XCTAssertEqual(kinds("«Город мастеров»"), [.quoteOpen, .word, .word, .quoteClose])
        XCTAssertEqual(kinds("„Лидер”"), [.quoteOpen, .word, .quoteClose])
        XCTAssertEqual(kinds("\u{201C}Лидер\u{201D}"), [.quoteOpen, .word, .quoteClose])
        XCTAssertEqual(kinds("\"МАЗ\""), [.quote, .word, .quote])
        XCTAssertEqual(kinds("'Радуга'"), [.quote, .word, .quote])
        XCTAssertEqual(kinds("‹Радуга›"), [.quoteOpen, .word, .quoteClose])
    }

    func testQuotesAndDotsAreSkippedWhenMatchingButOtherMarksAreNot() {
        let tokens = Tokenizer.tokenize("« » \" . , ( ) – № 1 слово ;")
        XCTAssertEqual(tokens.filter(\.isSkippedWhenMatching).map(\.folded), ["«", "»", "\"", "."])
        XCTAssertEqual(tokens.filter { !$0.isSkippedWhenMatching }.map(\.kind),
                       [.comma, .openParen, .closeParen, .dash, .numero, .number, .word, .comma])
    }

    func testPunctuationKinds() {
        XCTAssertEqual(kinds("г. Орша, (Беларусь); [1] / +"),
                       [.word, .dot, .word, .comma, .openParen, .word, .closeParen, .comma, .openParen, .number, .closeParen, .other, .other])
    }

    func testDashesBetweenSpacesAreSeparators() {
        for dash in ["-", "–", "—", "‒", "―", "−"] {
            XCTAssertEqual(kinds("Смоленск \(dash) Витебск"), [.word, .dash, .word], dash)
        }
        // A hyphen before a space or a number is a dash too.
        XCTAssertEqual(kinds("слово- слово"), [.word, .dash, .word])
        XCTAssertEqual(kinds("2023-2024"), [.number, .dash, .number])
        XCTAssertEqual(kinds("конец-"), [.word, .dash])
    }

    func testHyphenJoinedWords() throws {
        let tokens = Tokenizer.tokenize("Санкт-Петербург российско-белорусский")
        XCTAssertEqual(tokens.map(\.folded), ["санкт", "петербург", "российско", "белорусский"])
        XCTAssertEqual(tokens.map(\.kind), [.word, .word, .word, .word])
        XCTAssertEqual(tokens.map(\.isHyphenJoined), [false, true, false, true])
        // Every hyphen shape joins.
        for hyphen in ["-", "\u{2010}", "\u{2011}"] {
            XCTAssertEqual(Tokenizer.tokenize("города\(hyphen)побратима").map(\.isHyphenJoined), [false, true], hyphen)
        }
        // A dash with spaces around it does not join; the word after a joined pair is not joined.
        XCTAssertEqual(Tokenizer.tokenize("Смоленск - Витебск").map(\.isHyphenJoined), [false, false, false])
        XCTAssertEqual(Tokenizer.tokenize("Санкт-Петербург и Москва").map(\.isHyphenJoined), [false, true, false, false])
        XCTAssertEqual(Tokenizer.tokenize("Соколова-Микитова").map(\.isHyphenJoined), [false, true])
    }

    func testUrbanSettlementMarkerIsOneWord() throws {
        let text = "г.п. Сураж"
        let tokens = Tokenizer.tokenize(text)
        XCTAssertEqual(tokens.map(\.folded), ["гп", ".", "сураж"])
        let marker = try tokens.at(0)
        XCTAssertEqual(marker.kind, .word)
        XCTAssertEqual(marker.keys, ["гп"])
        XCTAssertEqual(try slices(text), ["г.п", ".", "Сураж"])
        // "г." alone stays a word and a dot, keyed as "город".
        let city = Tokenizer.tokenize("г. Орша")
        XCTAssertEqual(city.map(\.folded), ["г", ".", "орша"])
        XCTAssertEqual(try city.at(0).keys, ["город"])
    }

    func testDistrictAbbreviationIsOneWord() throws {
        let text = "Оршанский р-н"
        let tokens = Tokenizer.tokenize(text)
        XCTAssertEqual(tokens.map(\.folded), ["оршанский", "р-н"])
        let district = try tokens.at(1)
        XCTAssertEqual(district.keys, ["район"])
        XCTAssertEqual(district.classes, .noun)
        XCTAssertEqual(try slices(text), ["Оршанский", "р-н"])
        // "р" and "н" apart are not the abbreviation.
        XCTAssertEqual(folded("р н"), ["р", "н"])
    }

    func testNonBreakingSpaceSeparatesWords() throws {
        let text = "г.\u{00A0}Смоленск\u{00A0}и\u{00A0}Витебск"
        XCTAssertEqual(folded(text), ["г", ".", "смоленск", "и", "витебск"])
        XCTAssertEqual(try slices(text), ["г", ".", "Смоленск", "и", "Витебск"])
        // A soft hyphen and a zero-width space separate too (they are dropped, not kept as marks).
        XCTAssertEqual(kinds("Смоленск\u{00AD}Витебск\u{200B}Орша"), [.word, .word, .word])
    }

    func testLatinLookAlikesInsideCyrillicWordsFoldToCyrillic() throws {
        // "Cмоленского" with a Latin C, "Bитебск" with a Latin B, "Opша" with Latin O and p.
        let tokens = Tokenizer.tokenize("Cмоленского Bитебск Opша")
        XCTAssertEqual(tokens.map(\.folded), ["смоленского", "витебск", "орша"])
        XCTAssertEqual(tokens.map(\.keys), Tokenizer.tokenize("Смоленского Витебск Орша").map(\.keys))
        XCTAssertEqual(tokens.map(\.classes), [.adjective, .noun, .noun])
        XCTAssertTrue(try tokens.at(0).isCapitalized)
        // A word that is all Latin stays Latin and is not stemmed.
        let latin = Tokenizer.tokenize("Smolensk Mohamed")
        XCTAssertEqual(latin.map(\.folded), ["smolensk", "mohamed"])
        XCTAssertEqual(latin.map(\.keys), [["smolensk"], ["mohamed"]])
    }

    func testBelarusianLettersAreLetters() {
        XCTAssertEqual(folded("Дажынк\u{0456} Ўсход І"), ["дажынк\u{0456}", "ўсход", "\u{0456}"])
        // A Latin i inside a Cyrillic word is the Belarusian і.
        XCTAssertEqual(folded("Дажынк\u{0069}"), ["дажынк\u{0456}"])
        XCTAssertEqual(kinds("Ўсход"), [.word])
    }

    func testOffsetsAreUTF8ByteOffsetsThatSliceBackToTheTokens() throws {
        let text = "  ГУО «Гимназия № 7 г. Гродно» (Республика Беларусь) – 20.02.2017, Cмоленск; р-н, г.п. Сураж"
        let tokens = Tokenizer.tokenize(text)
        XCTAssertEqual(try slices(text), ["ГУО", "«", "Гимназия", "№", "7", "г", ".", "Гродно", "»", "(", "Республика", "Беларусь", ")", "–",
                                          "20", ".", "02", ".", "2017", ",", "Cмоленск", ";", "р-н", ",", "г.п", ".", "Сураж"])
        // Offsets count bytes, not characters: the first Cyrillic word starts after two spaces, ends after 3 two-byte letters.
        XCTAssertEqual(try tokens.at(0).start, 2)
        XCTAssertEqual(try tokens.at(0).end, 8)
        // Tokens are in order and never overlap.
        for (left, right) in zip(tokens, tokens.dropFirst()) {
            XCTAssertLessThanOrEqual(left.end, right.start, "\(left.folded) / \(right.folded)")
            XCTAssertLessThan(left.start, left.end)
        }
        // Every word's slice folds to its folded form (save the merged abbreviations).
        let bytes = Array(text.utf8)
        for token in tokens where token.kind == .word && !["гп", "р-н"].contains(token.folded) {
            let slice = try bytes.text(token.start, token.end).lowercased().replacingOccurrences(of: "ё", with: "е")
            XCTAssertEqual(slice.replacingOccurrences(of: "c", with: "с"), token.folded)
        }
    }

    func testTheSameTokenizerServesNamesAndText() {
        // A gazetteer name and the report text give the same keys for the same word.
        XCTAssertEqual(Tokenizer.tokenize("Витебский городской исполнительный комитет").map(\.keys),
                       Tokenizer.tokenize("витебский городской исполнительный комитет").map(\.keys))
    }

    /// A word ends at the first scalar that is no letter, whatever its encoding: the fast path over
    /// Cyrillic and ASCII letters stops where the long way would.
    func testWordsEndAtTheFirstNonLetterOfAnyLength() {
        // Ѣ (U+0462, lead byte D1 A2) and ҂ (U+0482) are no letters; ґ (U+0491) and ѐ (U+0450) are.
        XCTAssertEqual(Tokenizer.tokenize("абвѢгд").map(\.folded), ["абв", "Ѣ", "гд"])
        XCTAssertEqual(Tokenizer.tokenize("ґалґан").map(\.folded), ["ґалґан"])
        XCTAssertEqual(Tokenizer.tokenize("ѐжик ёж").map(\.folded), ["ѐжик", "еж"])
        XCTAssertEqual(Tokenizer.tokenize("Minsk123Орша").map(\.folded), ["minsk", "123", "орша"])
        XCTAssertEqual(Tokenizer.tokenize("Я").map(\.folded), ["я"])
        XCTAssertEqual(Tokenizer.tokenize("ab").map(\.folded), ["ab"])
        XCTAssertEqual(Tokenizer.tokenize("я№5").map(\.kind), [.word, .numero, .number])
        XCTAssertEqual(Tokenizer.tokenize("Смоленск»").map(\.end), [16, 18])
    }
}
