import XCTest
@testable import Graph

/// `OrderedIDs`: distinct ids in the order first inserted, searched while short and hashed past
/// `hashedFrom`, with the same answers either way.
final class OrderedIDsTests: XCTestCase {
    func testEmpty() {
        let ids = OrderedIDs()
        XCTAssertTrue(ids.isEmpty)
        XCTAssertFalse(ids.contains("by-vitebsk"))
        XCTAssertEqual(ids.ids, [])
    }

    func testKeepsTheFirstOrderAndDropsRepeats() {
        var ids = OrderedIDs()
        XCTAssertTrue(ids.insert("by-vitebsk"))
        XCTAssertTrue(ids.insert("ru-smolensk"))
        XCTAssertFalse(ids.insert("by-vitebsk"))
        XCTAssertEqual(ids.ids, ["by-vitebsk", "ru-smolensk"])
        XCTAssertEqual(OrderedIDs(["b", "a", "b", "c", "a"]).ids, ["b", "a", "c"])
    }

    /// Across the point where the ids start being hashed, and far past it.
    func testManyIdsAnswerAsAnArrayWould() {
        for count in [OrderedIDs.hashedFrom - 1, OrderedIDs.hashedFrom, OrderedIDs.hashedFrom + 1, 1_000] {
            let inserted = (0..<count * 2).map { "id-\($0 % count)" }
            var ids = OrderedIDs()
            var expected: [String] = []
            for id in inserted {
                XCTAssertEqual(ids.insert(id), !expected.contains(id), id)
                if !expected.contains(id) { expected.append(id) }
            }
            XCTAssertEqual(ids.ids, expected)
            XCTAssertEqual(ids.count, count)
            XCTAssertTrue(ids.contains("id-\(count - 1)"))
            XCTAssertFalse(ids.contains("id-\(count)"))
        }
    }
}
