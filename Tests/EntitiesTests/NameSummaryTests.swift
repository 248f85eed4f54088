import XCTest
@testable import Entities

/// `NameSummary` and `KeySignature`: a word is taken as surely unmatched only when nothing in the other
/// name could match it.
final class NameSummaryTests: XCTestCase {
    private func scalars(_ text: String) -> ArraySlice<UInt32> { ArraySlice(text.unicodeScalars.map(\.value)) }

    func testEmptySignatureAndSummary() {
        let signature = KeySignature()
        XCTAssertFalse((0..<256).contains { signature.contains(UInt32($0)) })
        var spare = 0.0
        XCTAssertTrue(NameSummary().takeSurelyUnmatched(against: NameSummary(), spare: &spare), "no words: nothing taken")
        XCTAssertEqual(spare, 0)
    }

    func testSignatureHoldsWhatWasInserted() {
        var signature = KeySignature()
        for id: Int32 in [1, 2, 3, 1000, 77_777] { signature.insert(id) }
        for id: Int32 in [1, 2, 3, 1000, 77_777] { XCTAssertTrue(signature.contains(KeySignature.position(id))) }
        let others = (10_000..<10_200).map { Int32($0) }.filter { !signature.contains(KeySignature.position($0)) }
        XCTAssertGreaterThan(others.count, 150, "most other ids fall elsewhere")
    }

    func testAWordWithNoKeyOrNearWordInTheOtherIsTaken() {
        var first = NameSummary(), second = NameSummary()
        first.addWord(keys: [1], scalars: scalars("зорь"), placeHints: false, generic: false)
        first.addWord(keys: [2], scalars: scalars("центр"), placeHints: false, generic: true)
        second.addWord(keys: [1], scalars: scalars("зорь"), placeHints: false, generic: false)
        second.signature.insert(1)
        var spare = 2.0
        XCTAssertTrue(first.takeSurelyUnmatched(against: second, spare: &spare))
        XCTAssertEqual(spare, 1.5, "the generic word (0.5) is taken, the shared one is not")
        spare = 0.25
        XCTAssertFalse(first.takeSurelyUnmatched(against: second, spare: &spare), "more than the spare weight")
    }

    func testNothingIsTakenAgainstAnAbbreviationOrForAnAdjectiveAgainstAPlace() {
        var first = NameSummary(), second = NameSummary()
        first.addWord(keys: [5], scalars: scalars("могилевск"), placeHints: true, generic: false)
        second.flags = NameSummary.hasPlaces
        var spare = 0.5
        XCTAssertTrue(first.takeSurelyUnmatched(against: second, spare: &spare), "an adjective may match the other's place")
        XCTAssertEqual(spare, 0.5)
        second.flags = NameSummary.hasAcronym
        XCTAssertTrue(first.takeSurelyUnmatched(against: second, spare: &spare), "an abbreviation may stand for any word")
        second.flags = 0
        XCTAssertFalse(first.takeSurelyUnmatched(against: second, spare: &spare))
    }

    func testALongWordOneLetterFromAnotherIsNeverTaken() {
        for (a, b) in [("машиностроительн", "машинастроительн"), ("машиностроительн", "машиностроительнн"), ("xмашиностр", "машиностр"),
                       ("машиностр", "машиностx")] {
            var first = NameSummary(), second = NameSummary()
            first.addWord(keys: [1], scalars: scalars(a), placeHints: false, generic: false)
            second.addWord(keys: [2], scalars: scalars(b), placeHints: false, generic: false)
            second.signature.insert(2)
            second.lengthBits = 1 << UInt64(min(b.unicodeScalars.count, 63))
            var spare = 0.5
            XCTAssertTrue(first.takeSurelyUnmatched(against: second, spare: &spare), "\(a) / \(b)")
        }
        var first = NameSummary(), second = NameSummary()
        first.addWord(keys: [1], scalars: scalars("библиотек"), placeHints: false, generic: false)
        second.addWord(keys: [2], scalars: scalars("лабораторн"), placeHints: false, generic: false)
        second.signature.insert(2)
        second.lengthBits = 1 << 10
        var spare = 0.5
        XCTAssertFalse(first.takeSurelyUnmatched(against: second, spare: &spare), "other letters at both ends: no word one letter off")
    }

    func testOnlyEightWordsAreKept() {
        var summary = NameSummary()
        for id in 0..<12 { summary.addWord(keys: [Int32(id)], scalars: scalars("слово"), placeHints: false, generic: false) }
        XCTAssertEqual(summary.wordCount, 8)
        summary.addWord(keys: [], scalars: scalars("слово"), placeHints: false, generic: false)
        XCTAssertEqual(summary.wordCount, 8)
        var empty = NameSummary()
        empty.addWord(keys: [1, 2, 3, 4, 5], scalars: scalars("слово"), placeHints: false, generic: false)
        XCTAssertEqual(empty.wordCount, 0, "a word of more than four keys is never ruled out")
    }
}
