import XCTest
@testable import Entities

/// Group ids and totals.
final class DedupGroupTests: XCTestCase {
    func testIDIsStableAndMadeFromTheKeys() {
        let id = DedupGroup.makeID(keys: ["b", "a", "a"], entity: nil)
        XCTAssertTrue(DedupDecisions.isGroupID(id), id)
        XCTAssertEqual(id, DedupGroup.makeID(keys: ["a", "b"], entity: nil), "from the set of keys, in any order")
        XCTAssertEqual(DedupGroup.makeID(keys: ["администрац @ru-smolensk"], entity: "ru-smolensk-administration"), "g-79cf7dbf",
                       "the same on every machine and run (FNV-1a)")
        XCTAssertNotEqual(id, DedupGroup.makeID(keys: ["a", "b"], entity: "by-maz"))
        XCTAssertNotEqual(id, DedupGroup.makeID(keys: ["a", "b", "c"], entity: nil))
        XCTAssertNotEqual(id, DedupGroup.makeID(keys: ["a", "b"], entity: nil, splitFrom: "g-00000000"))
        XCTAssertTrue(DedupDecisions.isGroupID(DedupGroup.makeID(keys: [], entity: nil)))
    }

    func testMentionCount() {
        let variant = DedupGroup.Variant(text: "МАЗ", entities: ["by-maz"], known: true, key: "маз", legalForm: nil, count: 3, occurrences: [])
        var other = variant
        other.count = 4
        let group = DedupGroup(id: "g-00000000", status: .proposed, splitFrom: nil, canonical: "МАЗ", entity: "by-maz", proposedID: nil,
                               legalForms: [], numbers: [], places: [], variants: [variant, other], reasons: [], gazetteerLines: [])
        XCTAssertEqual(group.mentionCount, 7)
    }
}
