import XCTest
@testable import Entities

/// `WordGroups` with `WordOccurrences.find`: several groups of words found in one pass answer as each
/// group found alone, and as a scan of the text would.
final class WordGroupsTests: XCTestCase {
    private func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    func testNoGroupsAndEmptyGroups() {
        XCTAssertTrue(WordOccurrences.find(WordGroups([]), in: LowercaseBytes("подписано")).isEmpty)
        let found = WordOccurrences.find(WordGroups([[], bytes(["подписан"])]), in: LowercaseBytes("Подписано"))
        XCTAssertEqual(found.count, 2)
        XCTAssertFalse(found[0].any(from: 0, to: 100))
        XCTAssertTrue(found[1].any(from: 0, to: 100))
    }

    func testStartTableTurnsAwayOnlyWhatNoWordStartsWith() {
        let groups = WordGroups([bytes(["в рамках", "b"])])
        XCTAssertTrue(groups.mayStart(UInt16(0xD0) << 8 | 0xB2), "в")
        XCTAssertTrue(groups.mayStart(UInt16(0x62) << 8 | 0x20), "b and anything after it")
        XCTAssertTrue(groups.mayStart(UInt16(0x62) << 8), "b at the end of the text")
        XCTAssertFalse(groups.mayStart(UInt16(0xD0) << 8 | 0xB0), "а")
    }

    /// Made-up texts and groups: each group's occurrences are those it has alone, for every range.
    func testGroupsFoundTogetherAnswerAsEachAlone() {
        var generator = SeededGenerator(seed: 11)
        let letters = ["а", "б", "в", "г", "А", "Б", " ", "b", "ё"]
        let words = ["аб", "ба", "в г", "а", "b", "бб", "аба", "ё"]
        for _ in 0..<150 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
            let lowered = LowercaseBytes(text)
            let groups = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                bytes(Array(words.shuffled(using: &generator).prefix(Int.random(in: 0...3, using: &generator))))
            }
            let together = WordOccurrences.find(WordGroups(groups), in: lowered)
            XCTAssertEqual(together.count, groups.count)
            for (group, words) in groups.enumerated() {
                for start in 0...lowered.bytes.count {
                    for end in start...lowered.bytes.count {
                        XCTAssertEqual(together[group].any(from: start, to: end), lowered.containsAny(words, from: start, to: end),
                                       "«\(text)» group \(group) \(start)..<\(end)")
                    }
                }
            }
        }
    }
}
