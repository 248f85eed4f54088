import XCTest
@testable import Entities

final class UnitPairTests: XCTestCase {
    func testUnordered() {
        XCTAssertEqual(UnitPair(3, 1), UnitPair(1, 3))
        XCTAssertEqual(UnitPair(3, 1).first, 1)
        XCTAssertEqual(UnitPair(3, 1).second, 3)
        XCTAssertEqual(Set([UnitPair(1, 2), UnitPair(2, 1), UnitPair(2, 2)]).count, 2)
    }
}
