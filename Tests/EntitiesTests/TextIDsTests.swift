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
        XCTAssertEqual(ids.texts.count, 4)
    }

    func testManyTexts() {
        var ids = TextIDs()
        for round in 0..<2 {
            for index in 0..<1_000 { XCTAssertEqual(ids.id("слово \(index)"), Int32(index + 1), "round \(round)") }
        }
    }

    func testTextsEqualAsStringsAreOneID() {
        var ids = TextIDs()
        XCTAssertEqual(ids.id("Йошкар-Ола"), 1)
        XCTAssertEqual(ids.id("И\u{306}ошкар-Ола"), 1, "one String")
        XCTAssertTrue(ids.texts[0].text.utf8.elementsEqual("Йошкар-Ола".utf8), "kept as first given")
    }

    func testRanksAreTheStringOrder() {
        var ids = TextIDs()
        let texts = ["школа", "а", "Школа", "школ", "Ωμέγα", "z", "Z", "ёлка", "елка", "Cafe\u{301}", "Caf", "№ 4"]
        for text in texts { _ = ids.id(text) }
        let ranks = ids.ranks()
        XCTAssertEqual(ranks.count, texts.count + 1)
        let byRank = texts.indices.sorted { ranks[$0 + 1] < ranks[$1 + 1] }.map { texts[$0] }
        XCTAssertEqual(byRank, texts.sorted())
        XCTAssertEqual(Set(ranks.dropFirst()), Set((1...texts.count).map(Int32.init)))
    }
}
