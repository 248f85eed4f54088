import Foundation
import XCTest
@testable import Entities

/// `JSONValue`: escaping, key order, pretty and compact output, and that the output parses back.
final class JSONValueTests: XCTestCase {
    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    func testScalars() {
        XCTAssertEqual(JSONValue.null.serialized(), "null")
        XCTAssertEqual(JSONValue.bool(true).serialized(), "true")
        XCTAssertEqual(JSONValue.bool(false).serialized(), "false")
        XCTAssertEqual(JSONValue.int(-42).serialized(), "-42")
        XCTAssertEqual(JSONValue.double(1.5).serialized(), "1.5")
        XCTAssertEqual(JSONValue.double(.nan).serialized(), "null")
        XCTAssertEqual(JSONValue.double(.infinity).serialized(), "null")
        XCTAssertEqual(JSONValue.optional(nil as String?).serialized(), "null")
        XCTAssertEqual(JSONValue.optional(7 as Int?).serialized(), "7")
        XCTAssertEqual(("x" as JSONValue).serialized(), "\"x\"")
    }

    func testEscaping() throws {
        XCTAssertEqual(JSONValue.string("say \"hi\"").serialized(), #""say \"hi\"""#)
        XCTAssertEqual(JSONValue.string(#"C:\path\"#).serialized(), #""C:\\path\\""#)
        XCTAssertEqual(JSONValue.string("a\nb\r\nc\td").serialized(), #""a\nb\r\nc\td""#)
        XCTAssertEqual(JSONValue.string("\u{0}\u{1}\u{8}\u{C}\u{1F}").serialized(), #""\u0000\u0001\u0008\u000c\u001f""#)
        XCTAssertEqual(JSONValue.string("/ \u{7F}").serialized(), "\"/ \u{7F}\"")
    }

    func testCyrillicAndOtherNonASCIIStayUTF8() {
        let text = "г. Смоленск «Дажынкi – 2023» № 1 ё"
        let serialized = JSONValue.string(text).serialized()
        XCTAssertEqual(serialized, "\"\(text)\"")
        XCTAssertFalse(serialized.contains("\\u"))
        XCTAssertEqual(Array(serialized.utf8), [0x22] + Array(text.utf8) + [0x22])
    }

    func testStringsParseBackToThemselves() throws {
        let strings = ["", "plain", "quote \" backslash \\ slash /", "lines\nand\rreturns\r\n", "tab\t", "\u{0}\u{1}\u{1F}\u{7F}",
                       "г. Смоленск\u{00A0}«№»", "emoji 🇧🇾 and U+2028 \u{2028} U+2029 \u{2029}"]
        let value = JSONValue.array(strings.map { .string($0) })
        for indent in [0, 2] {
            let parsed = try XCTUnwrap(try parse(value.serialized(indent: indent)) as? [String])
            XCTAssertEqual(parsed, strings, "indent \(indent)")
        }
    }

    func testKeyOrderIsKept() {
        let value: JSONValue = .object([("zeta", 1), ("alpha", 2), ("mid", .object([("b", true), ("a", false)])), ("alpha2", .null)])
        XCTAssertEqual(value.serialized(), #"{"zeta":1,"alpha":2,"mid":{"b":true,"a":false},"alpha2":null}"#)
        XCTAssertEqual(value["mid"]?["b"], .bool(true))
        XCTAssertNil(value["missing"])
        XCTAssertNil(JSONValue.int(1)["zeta"])
    }

    func testCompactOutput() {
        let value: JSONValue = .object([("a", .array([1, 2, .array([])])), ("b", .object([])), ("c", "x")])
        XCTAssertEqual(value.serialized(), #"{"a":[1,2,[]],"b":{},"c":"x"}"#)
        XCTAssertEqual(value.serialized(indent: 0), value.serialized())
    }

    func testPrettyOutput() {
        let value: JSONValue = .object([("a", .array([1, .object([("k", "v")])])), ("b", .object([])), ("c", .array([]))])
        XCTAssertEqual(value.serialized(indent: 2), """
        {
          "a": [
            1,
            {
              "k": "v"
            }
          ],
          "b": {},
          "c": []
        }
        """)
        XCTAssertEqual(JSONValue.array([1]).serialized(indent: 4), "[\n    1\n]")
    }

    func testOutputParsesBackWithJSONSerialization() throws {
        let value: JSONValue = .object([
            ("name", "Визит \"делегации\"\n(Республика Беларусь)"),
            ("count", 3), ("ratio", .double(0.25)), ("flag", false), ("nothing", .null),
            ("ranges", .array([.object([("start", "2025-05-22"), ("end", "2025-05-25")])])),
        ])
        for indent in [0, 2] {
            let parsed = try XCTUnwrap(try parse(value.serialized(indent: indent)) as? [String: Any], "indent \(indent)")
            XCTAssertEqual(parsed["name"] as? String, "Визит \"делегации\"\n(Республика Беларусь)")
            XCTAssertEqual(parsed["count"] as? Int, 3)
            XCTAssertEqual(parsed["ratio"] as? Double, 0.25)
            XCTAssertEqual(parsed["flag"] as? Bool, false)
            XCTAssertTrue(parsed["nothing"] is NSNull)
            let ranges = try XCTUnwrap(parsed["ranges"] as? [[String: String]])
            XCTAssertEqual(ranges, [["start": "2025-05-22", "end": "2025-05-25"]])
        }
    }

    func testAWholeReportParsesBack() throws {
        let report = try ExampleReports.read(ExampleReports.regional2025Q2)
        let text = ReportJSON.report(report).serialized(indent: 2)
        let parsed = try XCTUnwrap(try parse(text) as? [String: Any])
        let items = try XCTUnwrap(parsed["items"] as? [[String: Any]])
        XCTAssertEqual(items.count, 81)
        XCTAssertEqual(items.compactMap { $0["name"] as? String }, report.items.map { $0[.name].text })
        XCTAssertEqual(items.compactMap { $0["participants"] as? String }, report.items.map { $0[.participants].text })
    }

    func testEquality() {
        XCTAssertEqual(JSONValue.object([("a", 1)]), .object([("a", 1)]))
        XCTAssertNotEqual(JSONValue.object([("a", 1), ("b", 2)]), .object([("b", 2), ("a", 1)]))
        XCTAssertNotEqual(JSONValue.int(1), .double(1))
        XCTAssertNotEqual(JSONValue.array([1]), .array([1, 2]))
    }
}
