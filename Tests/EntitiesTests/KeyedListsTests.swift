import XCTest
@testable import Entities

/// `KeyedLists`: lists of indices by vocabulary id, from a dictionary or from (key, value) pairs.
final class KeyedListsTests: XCTestCase {
    func testFromADictionary() {
        let lists = KeyedLists([2: [5, 1], 0: [3]])
        XCTAssertEqual(Array(lists.list(0)), [3])
        XCTAssertEqual(Array(lists.list(1)), [])
        XCTAssertEqual(Array(lists.list(2)), [5, 1])
        XCTAssertEqual(Array(lists.list(3)), [])
        XCTAssertEqual(Array(lists.list(-1)), [])
    }

    func testFromPairsInTheirOrderWithoutRepeats() {
        let lists = KeyedLists(keys: [4, 1, 4, 4, 1, 0, 4], values: [7, 2, 3, 7, 2, 9, 1])
        XCTAssertEqual(Array(lists.list(0)), [9])
        XCTAssertEqual(Array(lists.list(1)), [2])
        XCTAssertEqual(Array(lists.list(2)), [])
        XCTAssertEqual(Array(lists.list(4)), [7, 3, 1])
        XCTAssertEqual(Array(lists.list(5)), [])
        XCTAssertEqual(Array(KeyedLists(keys: [], values: []).list(0)), [])
    }

    func testPairsAndTheDictionaryAgree() {
        var dictionary: [Vocabulary.ID: [Int]] = [:]
        var keys: [Vocabulary.ID] = [], values: [Int32] = []
        for number in 0..<500 {
            let key = Vocabulary.ID(number * 7 % 31), value = number * 13 % 17
            keys.append(key)
            values.append(Int32(value))
            if dictionary[key]?.contains(value) != true { dictionary[key, default: []].append(value) }
        }
        let fromPairs = KeyedLists(keys: keys, values: values), fromDictionary = KeyedLists(dictionary)
        for key in -1..<40 { XCTAssertEqual(Array(fromPairs.list(Vocabulary.ID(key))), Array(fromDictionary.list(Vocabulary.ID(key))), "\(key)") }
    }
}
