import XCTest
@testable import Entities

/// `CandidateGroups`: the candidates of a name are every other name of its one-sided groups and the
/// names across its two-sided ones, itself never.
final class CandidateGroupsTests: XCTestCase {
    private func candidates(_ groups: CandidateGroups, of name: Int) -> Set<Int> {
        var found = Set<Int>()
        groups.forEachCandidate(of: name) { found.insert($0) }
        return found
    }

    func testNoGroups() {
        var groups = CandidateGroups(nameCount: 3)
        groups.finish()
        for name in 0..<3 { XCTAssertEqual(candidates(groups, of: name), []) }
        var none = CandidateGroups(nameCount: 0)
        none.finish()
    }

    func testOneSidedGroupPairsEveryTwoNames() {
        var groups = CandidateGroups(nameCount: 5)
        groups.add([0, 2, 4])
        groups.add([1])
        groups.finish()
        XCTAssertEqual(candidates(groups, of: 0), [2, 4])
        XCTAssertEqual(candidates(groups, of: 2), [0, 4])
        XCTAssertEqual(candidates(groups, of: 1), [], "a group of one pairs nobody")
        XCTAssertEqual(candidates(groups, of: 3), [])
    }

    func testTwoSidedGroupPairsOnlyAcross() {
        var groups = CandidateGroups(nameCount: 6)
        groups.add([0, 1], [2, 3, 0])
        groups.finish()
        XCTAssertEqual(candidates(groups, of: 0), [1, 2, 3], "on both sides: across from either, never itself")
        XCTAssertEqual(candidates(groups, of: 1), [2, 3, 0])
        XCTAssertEqual(candidates(groups, of: 2), [0, 1])
        XCTAssertEqual(candidates(groups, of: 3), [0, 1])
        XCTAssertEqual(candidates(groups, of: 5), [])
        XCTAssertFalse(candidates(groups, of: 1).contains(1))
    }

    /// Random groups of both kinds: the candidates are the pairs a plain enumeration of the groups gives.
    func testManyGroupsAgreeWithEnumeratingThem() {
        var generator = SystemRandomNumberGenerator()
        let nameCount = 60
        var groups = CandidateGroups(nameCount: nameCount)
        var expected = Set<UnitPair>()
        for _ in 0..<40 {
            let first = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Int.random(in: 0..<nameCount, using: &generator) }
            if Bool.random(using: &generator) {
                groups.add(first)
                for x in first { for y in first where x != y { expected.insert(UnitPair(x, y)) } }
            } else {
                let second = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Int.random(in: 0..<nameCount, using: &generator) }
                groups.add(first, second)
                for x in first { for y in second where x != y { expected.insert(UnitPair(x, y)) } }
            }
        }
        groups.finish()
        var found = Set<UnitPair>()
        for name in 0..<nameCount {
            groups.forEachCandidate(of: name) { other in
                XCTAssertNotEqual(other, name)
                found.insert(UnitPair(name, other))
            }
        }
        XCTAssertEqual(found, expected)
    }
}
