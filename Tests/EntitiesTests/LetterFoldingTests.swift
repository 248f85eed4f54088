import XCTest
@testable import Entities

/// `LetterFolding`: lower case, ё as е, the script of each letter, and Latin look-alikes.
final class LetterFoldingTests: XCTestCase {
    private func fold(_ character: Unicode.Scalar) -> String? {
        LetterFolding.fold(character.value).map { String(Unicode.Scalar($0.0)!) }
    }

    func testCyrillicFoldsToLowerCase() {
        XCTAssertEqual(fold("А"), "а")
        XCTAssertEqual(fold("Я"), "я")
        XCTAssertEqual(fold("я"), "я")
        XCTAssertEqual(fold("Ё"), "е")
        XCTAssertEqual(fold("ё"), "е")
        XCTAssertEqual(fold("Ў"), "ў")
        XCTAssertEqual(fold("І"), "і")
        XCTAssertEqual(fold("Ґ"), "ґ")
        XCTAssertEqual(LetterFolding.fold(0x0410)?.1, .cyrillic)
    }

    func testLatinFoldsToLowerCase() {
        XCTAssertEqual(fold("A"), "a")
        XCTAssertEqual(fold("z"), "z")
        XCTAssertEqual(LetterFolding.fold(0x41)?.1, .latin)
    }

    func testOtherCharactersAreNotLetters() {
        for character: Unicode.Scalar in ["1", " ", "-", "«", "№", ".", "\u{00A0}", "é", "ß", "中"] {
            XCTAssertNil(LetterFolding.fold(character.value), "\(character)")
        }
    }

    func testUpperCase() {
        XCTAssertTrue(LetterFolding.isUpper(Unicode.Scalar("Ж").value))
        XCTAssertTrue(LetterFolding.isUpper(Unicode.Scalar("Ё").value))
        XCTAssertTrue(LetterFolding.isUpper(Unicode.Scalar("Q").value))
        XCTAssertFalse(LetterFolding.isUpper(Unicode.Scalar("ж").value))
        XCTAssertFalse(LetterFolding.isUpper(Unicode.Scalar("q").value))
        XCTAssertFalse(LetterFolding.isUpper(Unicode.Scalar("1").value))
    }

    func testLatinLookAlikes() {
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("a", "а"), ("c", "с"), ("e", "е"), ("o", "о"), ("p", "р"), ("x", "х"), ("y", "у"),
                                                         ("k", "к"), ("m", "м"), ("t", "т"), ("h", "н"), ("b", "в"), ("i", "і")]
        for (latin, cyrillic) in pairs {
            XCTAssertEqual(LetterFolding.cyrillicLookalike(latin.value), cyrillic.value, "\(latin)")
        }
        for latin: Unicode.Scalar in ["d", "f", "g", "j", "l", "n", "q", "r", "s", "u", "v", "w", "z"] {
            XCTAssertNil(LetterFolding.cyrillicLookalike(latin.value), "\(latin)")
        }
    }
}
