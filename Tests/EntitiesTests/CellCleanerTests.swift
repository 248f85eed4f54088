import XCTest
@testable import Entities

/// `CellCleaner` on small hand-made cells: what it folds, drops and joins, and the map back to the source.
final class CellCleanerTests: XCTestCase {
    /// Cleans `text` as one cell whose lines are the text's lines.
    private func clean(_ text: String) -> FieldText {
        CellCleaner(text: text).clean(lines(of: text))
    }

    private func lines(of text: String) -> [RawLine] {
        var result: [RawLine] = []
        var start = 0, number = 1
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(RawLine(start: start, end: index, number: number))
            start = index + 1
            number += 1
        }
        result.append(RawLine(start: start, end: bytes.count, number: number))
        return result
    }

    func testNoLinesIsEmpty() {
        let field = CellCleaner(text: "abc").clean([])
        XCTAssertEqual(field.text, "")
        XCTAssertEqual(field.start, 0)
        XCTAssertEqual(field.end, 0)
    }

    func testLinesJoinWithOneSpace() {
        XCTAssertEqual(clean("Прием \nофициальных делегаций\nгородов").text, "Прием официальных делегаций городов")
    }

    func testNonBreakingSpacesBecomeSpaces() {
        XCTAssertEqual(clean("г.\u{00A0}Смоленск").text, "г. Смоленск")
        XCTAssertEqual(clean("ГУО «Гимназия №\u{00A0}4 г.\u{00A0}\u{00A0}Витебска»").text, "ГУО «Гимназия № 4 г. Витебска»")
        XCTAssertEqual(clean("\u{00A0}Смоленск\u{00A0}").text, "Смоленск")
    }

    func testWhiteSpaceRunsFoldAndEndsAreTrimmed() {
        XCTAssertEqual(clean("  неуклонное  \t следование\r").text, "неуклонное следование")
        XCTAssertEqual(clean(" \t ").text, "")
    }

    func testBookmarksDrop() {
        XCTAssertEqual(clean("[bookmark: _GoBack]Отчет о мероприятиях").text, "Отчет о мероприятиях")
        XCTAssertEqual(clean("Турнир, посвященный \n[bookmark: _GoBack]10-летию").text, "Турнир, посвященный 10-летию")
        XCTAssertEqual(clean("И.А.[bookmark: _GoBack] Соколов").text, "И.А. Соколов")
        XCTAssertEqual(clean("[bookmark: _GoBack]").text, "")
        // An unclosed marker drops to the end of its line only.
        XCTAssertEqual(clean("слово [bookmark: _GoBack\nдальше").text, "слово дальше")
        // Other brackets stay.
        XCTAssertEqual(clean("[1] текст [bookmarks]").text, "[1] текст [bookmarks]")
    }

    func testSoftHyphensDrop() {
        XCTAssertEqual(clean("меж\u{00AD}дународный").text, "международный")
    }

    func testHyphenAtLineEndJoinsTheWord() {
        XCTAssertEqual(clean("российско-\nбелорусский").text, "российско-белорусский")
        XCTAssertEqual(clean("Укрепление российско- \nбелорусского взаимодействия").text, "Укрепление российско-белорусского взаимодействия")
        XCTAssertEqual(clean("1160-\nлетию").text, "1160-летию")
        XCTAssertEqual(clean("российско-\n\nбелорусский").text, "российско-белорусский")
    }

    func testADashStandingAloneAtLineEndKeepsItsSpaces() {
        XCTAssertEqual(clean("октябрь -\nноябрь").text, "октябрь - ноябрь")
        XCTAssertEqual(clean("30 сентября –\n1 октября 2024 года").text, "30 сентября – 1 октября 2024 года")
        XCTAssertEqual(clean("Итого:\n-\nничего").text, "Итого: - ничего")
    }

    func testBlankLinesInsideACellAreOneSpace() {
        XCTAssertEqual(clean("г. Смоленск,\n\nГУ «Витебская областная библиотека»\n \n\n(в дистанционном формате)").text,
                       "г. Смоленск, ГУ «Витебская областная библиотека» (в дистанционном формате)")
    }

    func testRangeAndLineOfTheCell() {
        let text = "title\nfirst\nsecond"
        let all = lines(of: text)
        let field = CellCleaner(text: text).clean(Array(all[1...]))
        XCTAssertEqual(field.text, "first second")
        XCTAssertEqual(field.start, 6)
        XCTAssertEqual(field.end, text.utf8.count)
        XCTAssertEqual(field.line, 2)
    }

    func testCleanOffsetsMapToTheirSourceBytes() throws {
        let text = "  г.\u{00A0}Смоленск,[bookmark: x] \nроссийско-\nбелорусский  "
        let field = clean(text)
        XCTAssertEqual(field.text, "г. Смоленск, российско-белорусский")
        let source = Array(text.utf8), clean = Array(field.text.utf8)
        for (offset, byte) in clean.enumerated() where byte != 0x20 {
            XCTAssertEqual(try source.at(field.sourceOffset(of: offset)), byte, "clean offset \(offset)")
        }
        // Words map to where they stand in the source.
        for word in ["г.", "Смоленск,", "российско-белорусский", "белорусский"] {
            let range = try XCTUnwrap(field.text.utf8.firstRange(of: word.utf8), word)
            let start = field.text.utf8.distance(from: field.text.utf8.startIndex, to: range.lowerBound)
            let mapped = field.sourceRange(cleanStart: start, cleanEnd: start + word.utf8.count)
            let sourceText = try source.text(mapped.start, mapped.end)
            if word == "российско-белорусский" {
                XCTAssertEqual(sourceText, "российско-\nбелорусский")
            } else {
                XCTAssertEqual(sourceText, word)
            }
        }
        // An empty clean range maps to an empty source range.
        let empty = field.sourceRange(cleanStart: 3, cleanEnd: 3)
        XCTAssertEqual(empty.start, empty.end)
    }
}
