import XCTest
@testable import Entities

/// `IndexLists`: lists of indices by a dense key, each in the order its entries came.
final class IndexListsTests: XCTestCase {
    func testNoKeysAndNoEntries() {
        let none = IndexLists(keyCount: 0, entries: [])
        XCTAssertEqual(none.keyCount, 0)
        XCTAssertEqual(Array(none[0]), [])
        XCTAssertEqual(Array(none[-1]), [])
        let empty = IndexLists(keyCount: 3, entries: [])
        XCTAssertEqual((0..<3).map { Array(empty[$0]) }, [[], [], []])
    }

    func testOneEntry() {
        let lists = IndexLists(keyCount: 2, entries: [(1, 42)])
        XCTAssertEqual(Array(lists[0]), [])
        XCTAssertEqual(Array(lists[1]), [42])
        XCTAssertEqual(Array(lists[2]), [], "a key past the end has no list")
    }

    func testListsKeepTheOrderGivenAndKeysOutOfRangeAreLeftOut() {
        let lists = IndexLists(keyCount: 3, entries: [(2, 7), (0, 5), (2, 1), (-1, 9), (3, 9), (0, 5), (2, 0)])
        XCTAssertEqual(Array(lists[0]), [5, 5])
        XCTAssertEqual(Array(lists[1]), [])
        XCTAssertEqual(Array(lists[2]), [7, 1, 0])
    }

    /// Many random entries: the same lists as a dictionary of arrays.
    func testManyEntriesAgreeWithADictionary() {
        var generator = SystemRandomNumberGenerator()
        for keyCount in [1, 5, 100] {
            var entries: [(key: Int32, value: Int32)] = []
            var expected: [Int32: [Int32]] = [:]
            for _ in 0..<1000 {
                let key = Int32.random(in: 0..<Int32(keyCount), using: &generator), value = Int32.random(in: 0..<1000, using: &generator)
                entries.append((key, value))
                expected[key, default: []].append(value)
            }
            let lists = IndexLists(keyCount: keyCount, entries: entries)
            for key in 0..<keyCount { XCTAssertEqual(Array(lists[key]), expected[Int32(key)] ?? []) }
        }
    }
}
