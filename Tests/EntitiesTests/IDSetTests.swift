import XCTest
@testable import Entities

/// `IDSet`: vocabulary ids as a bitmap.
final class IDSetTests: XCTestCase {
    func testAnEmptySetHasNothing() {
        let set = IDSet([])
        XCTAssertFalse(set.contains(0))
        XCTAssertFalse(set.contains(-1))
        XCTAssertFalse(set.contains(1_000_000))
    }

    func testIdsAcrossWordBoundaries() {
        let ids: [Vocabulary.ID] = [0, 1, 63, 64, 65, 127, 128, 4097]
        let set = IDSet(ids)
        for id in Vocabulary.ID(0)...5000 {
            XCTAssertEqual(set.contains(id), ids.contains(id), "\(id)")
        }
        XCTAssertFalse(set.contains(-1))
    }

    func testNegativeIdsAreNeverMembers() {
        let set = IDSet([-1, 2])
        XCTAssertFalse(set.contains(-1))
        XCTAssertTrue(set.contains(2))
    }
}
