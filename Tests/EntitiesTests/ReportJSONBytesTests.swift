import XCTest
@testable import Entities

/// `ReportJSON.utf8` and `ExtractJSON.utf8` write a report one item at a time, byte for byte what
/// serializing the whole tree of JSON values writes, without holding that tree.
final class ReportJSONBytesTests: XCTestCase {
    func testItemByItemBytesAreTheTreesBytes() throws {
        let linker = Linker(gazetteer: try TestGazetteer.shared())
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            let linked = linker.link(report)
            for (indent, level) in [(0, 0), (2, 0), (2, 2), (4, 1)] {
                XCTAssertEqual(ReportJSON.utf8(report, indent: indent, level: level),
                               ReportJSON.report(report).utf8(indent: indent, level: level), "\(example.name) \(indent) \(level)")
                XCTAssertEqual(ExtractJSON.utf8(linked, indent: indent, level: level),
                               ExtractJSON.report(linked).utf8(indent: indent, level: level), "\(example.name) \(indent) \(level)")
            }
        }
    }
}
