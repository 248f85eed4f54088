import Entities
import XCTest

final class TerminalTextTests: XCTestCase {
    func testPlainTextIsUnchanged() {
        for text in ["", "Смоленск", "МБОУ «СШ № 40» г. Смоленска — Витебск", "a\\b", "emoji 🙂 and ё"] {
            XCTAssertEqual(TerminalText.escaped(text), text)
        }
    }

    func testControlCharactersAreEscaped() {
        let cases: [(String, String)] = [
            ("\u{1B}[2J", "\\u{1B}[2J"),
            ("a\tb", "a\\u{9}b"),
            ("line\nbreak\r", "line\\u{A}break\\u{D}"),
            ("bell\u{07}", "bell\\u{7}"),
            ("del\u{7F}", "del\\u{7F}"),
            ("c1\u{9B}31m", "c1\\u{9B}31m"),
            ("Витебск\u{202E}kcsbetiV", "Витебск\\u{202E}kcsbetiV"),
            ("iso\u{2066}late\u{2069}", "iso\\u{2066}late\\u{2069}"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TerminalText.escaped(text), expected, expected)
        }
    }

    func testNeighboursOfTheUnsafeRangesPass() {
        // Bytes 0xC2 and 0xE2 lead many safe characters: « (U+00AB), — (U+2014), № (U+2116).
        for text in ["\u{A0}", "«»", "—", "№", "\u{2029}", "\u{206A}", "\u{2065}"] {
            XCTAssertEqual(TerminalText.escaped(text), text)
        }
    }

    func testLinesCannotBeAddedByACell() {
        XCTAssertEqual(TerminalText.lines(["a", "b\nfake line"]), "a\nb\\u{A}fake line")
        XCTAssertEqual(TerminalText.lines([]), "")
    }
}
