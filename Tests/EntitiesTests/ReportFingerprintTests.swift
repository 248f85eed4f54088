@testable import Entities
import XCTest

final class ReportFingerprintTests: XCTestCase {
    private let names = ["smolensk-municipal-2023-q4", "smolensk-municipal-2024-q4", "smolensk-municipal-2025-q1", "smolensk-regional-2025-q2"]

    func testATextAndItsWordDocumentAreOneReport() throws {
        for name in names {
            let text = try ReportReader.read(path: TestPaths.example("\(name).txt"))
            let word = try ReportReader.read(path: TestPaths.example("docx/\(name).docx"))
            XCTAssertEqual(ReportFingerprint(text), ReportFingerprint(word), name)
        }
    }

    func testDifferentReportsDiffer() throws {
        let prints = try names.map { ReportFingerprint(try ReportReader.read(path: TestPaths.example("\($0).txt"))) }
        XCTAssertEqual(Set(prints).count, names.count)
    }

    func testOneChangedFieldOrNumberMakesAnotherReport() throws {
        let report = try ReportReader.read(path: TestPaths.example("\(names[2]).txt"))
        func editing(_ edit: (inout [ReportItem]) -> Void) -> Report {
            var items = Array(report.items)
            edit(&items)
            var edited = report
            edited.items = ReportItems(items)
            return edited
        }
        let renumbered = editing { $0[3].number += 100 }
        let resectioned = editing { $0[0].section = "Другой раздел" }
        let dropped = editing { $0.removeLast() }
        XCTAssertEqual(ReportFingerprint(editing { _ in }), ReportFingerprint(report), "items read from the text or listed give one print")
        var renamed = report
        renamed.source = "elsewhere.txt"
        renamed.format = "text (Windows-1251)"
        let original = ReportFingerprint(report)
        XCTAssertNotEqual(ReportFingerprint(renumbered), original)
        XCTAssertNotEqual(ReportFingerprint(resectioned), original)
        XCTAssertNotEqual(ReportFingerprint(dropped), original)
        XCTAssertEqual(ReportFingerprint(renamed), original, "the name and format are not the content")
    }
}
