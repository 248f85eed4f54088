import XCTest
@testable import Entities

/// The level words have one home; the linker's and dedup's views of them are derived from it.
final class LevelWordsTests: XCTestCase {
    func testEachAdjectivePointsToItsKindOfPlaceOrToNone() {
        XCTAssertEqual(LevelWords.placeKind(ofAdjective: "областной"), .region)
        XCTAssertEqual(LevelWords.placeKind(ofAdjective: "краевой"), .region)
        XCTAssertEqual(LevelWords.placeKind(ofAdjective: "районный"), .district)
        XCTAssertEqual(LevelWords.placeKind(ofAdjective: "окружной"), .district)
        XCTAssertEqual(LevelWords.placeKind(ofAdjective: "городской"), .city)
        XCTAssertNil(LevelWords.placeKind(ofAdjective: "сельский"), "a level without places of its own")
        XCTAssertNil(LevelWords.placeKind(ofAdjective: "областная"), "only the nominative masculine is looked up")
        XCTAssertNil(LevelWords.placeKind(ofAdjective: "государственный"), "not a level word")
    }

    func testThePlaceLevelWordsAreTheAdjectivesWithAPlaceAndTheExecutiveCommittees() {
        let words = LevelWords.placeLevelWords.map(\.word)
        XCTAssertEqual(Set(words), ["областной", "краевой", "районный", "окружной", "городской", "облисполком", "райисполком", "горисполком",
                                    "облсовет", "райсовет", "горсовет"])
        XCTAssertTrue(LevelWords.allWords.contains("сельсовет"), "a level without places of its own is a level word still")
        XCTAssertEqual(words.count, Set(words).count, "no word twice")
    }

    func testDedupReadsEveryLevelAdjectiveByItsKey() {
        XCTAssertEqual(OrgNameNormalizer.levelWords, [
            "городск": "городской", "районн": "районный", "областн": "областной", "окружн": "окружной",
            "республиканск": "республиканский", "сельск": "сельский", "поселков": "поселковый", "краев": "краевой",
        ])
    }
}
