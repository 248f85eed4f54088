import XCTest
@testable import Entities

/// `UTF8Key`: a dictionary key by UTF-8 bytes — equal keys for equal bytes, whatever the script.
final class UTF8KeyTests: XCTestCase {
    func testEmptyAndEqualBytesAreOneKey() {
        var places: [UTF8Key: Int] = [:]
        XCTAssertNil(places[UTF8Key("")])
        places[UTF8Key("")] = 0
        places[UTF8Key("ооо лазертаг")] = 1
        places[UTF8Key("ооо лазертаг")] = 2
        places[UTF8Key("ooo lazertag")] = 3
        XCTAssertEqual(places.count, 3)
        XCTAssertEqual(places[UTF8Key("ооо лазертаг")], 2)
        XCTAssertEqual(places[UTF8Key("")], 0)
        XCTAssertNil(places[UTF8Key("ооо лазертаг ")], "a trailing space is another key")
    }

    /// Another normal form is other bytes, so another key: the keys are made from folded words, in one form.
    func testAnotherNormalFormIsAnotherKey() {
        let composed = "й", decomposed = "и\u{306}"
        XCTAssertEqual(composed, decomposed, "String equality is canonical")
        XCTAssertNotEqual(UTF8Key(composed), UTF8Key(decomposed))
    }

    func testManyKeys() {
        let keys = (0..<2_000).map { "школа \($0)" }
        let table = Dictionary(uniqueKeysWithValues: keys.enumerated().map { (UTF8Key($1), $0) })
        for (index, key) in keys.enumerated() { XCTAssertEqual(table[UTF8Key(key)], index) }
    }
}
