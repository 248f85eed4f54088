import XCTest
@testable import Entities

/// The normalized name's derived values: the key, the key from the text, underspecified names.
final class OrgNameTests: XCTestCase {
    func word(_ key: String, generic: Bool = false, stop: Bool = false, acronym: Bool = false, quoted: Bool = false) -> OrgName.Word {
        OrgName.Word(text: key, key: key, keys: [key], initials: String(key.prefix(1)), isGeneric: generic, isStopWord: stop,
                     isAcronym: acronym, isQuoted: quoted, isExpanded: false, placeHints: [])
    }

    func name(_ words: [OrgName.Word], numbers: [String] = [], places: [String] = [], fromContext: Bool = false) -> OrgName {
        OrgName(text: "", legalForm: nil, legalFamily: nil, legalFormCountry: nil, words: words, numbers: numbers, places: places,
                placeClosure: Set(places), placesFromContext: fromContext, levels: [], notes: [], isNominative: true, writtenLength: 0, abbreviationCount: 0)
    }

    func testKey() {
        XCTAssertEqual(name([]).key, "")
        XCTAssertEqual(name([word("школ"), word("средн"), word("и", stop: true), word("школ")]).key, "средн школ", "sorted, once, no stop words")
        XCTAssertEqual(name([word("школ")], numbers: ["4", "40"], places: ["by-minsk", "ru"]).key, "школ #4,40 @by-minsk,ru")
        XCTAssertEqual(name([], numbers: ["5"]).key, "#5")
        XCTAssertEqual(name([], places: ["by"]).key, "@by")
    }

    func testTextKeyLeavesContextPlacesOut() {
        XCTAssertEqual(name([word("гимназ")], numbers: ["146"], places: ["by-minsk"], fromContext: true).textKey, "гимназ #146")
        XCTAssertEqual(name([word("гимназ")], numbers: ["146"], places: ["by-minsk"]).textKey, "гимназ #146 @by-minsk")
    }

    func testUnderspecified() {
        XCTAssertTrue(name([word("коллектив", generic: true), word("и", stop: true)]).isUnderspecified)
        XCTAssertFalse(name([word("коллектив", generic: true), word("ермак", quoted: true)]).isUnderspecified)
        XCTAssertFalse(name([word("маз", acronym: true)]).isUnderspecified)
        XCTAssertFalse(name([word("ермак")]).isUnderspecified)
        XCTAssertFalse(name([word("коллектив", generic: true)], numbers: ["1"]).isUnderspecified)
        XCTAssertFalse(name([word("коллектив", generic: true)], places: ["by"]).isUnderspecified)
        XCTAssertTrue(name([word("коллектив", generic: true)], places: ["by"], fromContext: true).isUnderspecified)
        XCTAssertEqual(name([word("a"), word("и", stop: true)]).contentWords.map(\.key), ["a"])
    }

    func testWeights() {
        XCTAssertEqual(word("школ", generic: true).weight, 0.5)
        XCTAssertEqual(word("глинк").weight, 1)
        XCTAssertEqual(word("и", stop: true).weight, 0)
    }
}
