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

    func testAnyOfAWordsKeys() {
        let set = IDSet([7, 300])
        XCTAssertFalse(set.containsAny(KeyIDs([Vocabulary.ID]())), "no keys")
        XCTAssertFalse(set.containsAny(KeyIDs([1, 2] as [Vocabulary.ID?])))
        XCTAssertFalse(set.containsAny(KeyIDs(missing: 2)), "keys the vocabulary lacks")
        XCTAssertTrue(set.containsAny(KeyIDs([1, 300] as [Vocabulary.ID?])), "the second key")
        XCTAssertTrue(set.containsAny(KeyIDs([nil, 7] as [Vocabulary.ID?])))
    }
}
