import XCTest
@testable import Entities

/// `InitialsCode`: letters packed a byte each, the same whether built letter by letter or from a word.
final class InitialsCodeTests: XCTestCase {
    func testEmptyAndTooLong() {
        XCTAssertEqual(InitialsCode().count, 0)
        XCTAssertEqual(InitialsCode(of: "")?.value, 0)
        XCTAssertNil(InitialsCode(of: "абвгдеёжз"), "nine letters")
        XCTAssertNil(InitialsCode(of: "а-б"), "not a letter")
    }

    func testLettersOfEveryKindKeepApart() {
        let words = ["дюсш", "дюсж", "abc", "аbс", "ўіё", "д1"]
        let codes = words.compactMap { InitialsCode(of: $0)?.value }
        XCTAssertEqual(codes.count, words.count)
        XCTAssertEqual(Set(codes).count, words.count, "Cyrillic and Latin look-alikes differ")
    }

    func testLetterByLetterIsTheWord() {
        var code = InitialsCode()
        for word in ["детско", "юношеская", "спортивная", "школа"] { code.append(InitialsCode.letter(word.unicodeScalars.first)) }
        XCTAssertEqual(code.count, 4)
        XCTAssertEqual(code.value, InitialsCode(of: "дюсш")?.value)
        XCTAssertEqual(InitialsCode.letter(nil), 0)
        XCTAssertEqual(InitialsCode.letter("«"), 0)
    }
}
