import Entities
import XCTest

final class CSVFieldTests: XCTestCase {
    func testPlainCellsAreUnchanged() {
        for cell in ["", "plain", "Витебск", "2025-06-30", "12", "x-y"] {
            XCTAssertEqual(CSVField.escaped(cell), cell)
        }
    }

    func testSeparatorsAreQuoted() {
        XCTAssertEqual(CSVField.escaped("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVField.escaped("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVField.escaped("two\nlines"), "\"two\nlines\"")
    }

    /// OWASP's CSV injection list: a cell a spreadsheet would run as a formula starts with a quote.
    func testFormulaStartsArePrefixed() {
        let cases: [(String, String)] = [
            ("=1+2", "'=1+2"),
            ("+7 495", "'+7 495"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ]
        for (cell, expected) in cases {
            XCTAssertEqual(CSVField.escaped(cell), expected, cell)
        }
    }
}
