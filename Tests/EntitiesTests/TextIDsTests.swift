import XCTest
@testable import Entities

/// `TextIDs`: texts and lists of texts numbered from 1 in the order first given, 0 for none.
final class TextIDsTests: XCTestCase {
    func testEmptyListIsZeroAndRepeatsKeepTheirID() {
        var ids = TextIDs()
        XCTAssertEqual(ids.listID([]), 0)
        XCTAssertEqual(ids.id("школа"), 1)
        XCTAssertEqual(ids.listID(["40", "5"]), 2)
        XCTAssertEqual(ids.id("школа"), 1)
        XCTAssertEqual(ids.listID(["40", "5"]), 2)
        XCTAssertNotEqual(ids.listID(["405"]), 2, "a list is not its items run together")
        XCTAssertNotEqual(ids.listID(["5", "40"]), 2, "order counts")
        XCTAssertEqual(ids.ids.count, 4)
    }

    func testManyTexts() {
        var ids = TextIDs()
        for round in 0..<2 {
            for index in 0..<1_000 { XCTAssertEqual(ids.id("слово \(index)"), Int32(index + 1), "round \(round)") }
        }
    }
}
