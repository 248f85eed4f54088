import XCTest
@testable import Entities

/// `PatternTokenTable`: each distinct token stored once; a token differing in any field is another.
final class PatternTokenTableTests: XCTestCase {
    private let vocabulary = Vocabulary()

    private func tokens(_ text: String) -> [MatchToken] { NameIndex.patternTokens(text, vocabulary: vocabulary).map(MatchToken.init) }

    func testTheSameTokenHasOneIndex() {
        var table = PatternTokenTable()
        let school = tokens("школа"), number = tokens("№ 5")
        XCTAssertEqual(table.index(of: school[0]), 0)
        XCTAssertEqual(table.index(of: number[0]), 1)
        XCTAssertEqual(table.index(of: number[1]), 2)
        XCTAssertEqual(table.index(of: tokens("Средняя школа № 5")[1]), 0, "the same word, the same token")
        XCTAssertEqual(table.tokens.count, 3)
    }

    func testAnyFieldMakesAnotherToken() {
        var table = PatternTokenTable()
        let base = tokens("школа")[0]
        XCTAssertEqual(table.index(of: base), 0)
        XCTAssertEqual(table.index(of: tokens("Школа")[0]), 1, "capitalized")
        XCTAssertEqual(table.index(of: tokens("школы")[0]), 2, "another spelling")
        var other = base
        other.consonantNoun.toggle()
        XCTAssertEqual(table.index(of: other), 3)
        other = base
        other.keyIDs = KeyIDs([base.keyIDs[0], 77])
        XCTAssertEqual(table.index(of: other), 4)
        XCTAssertEqual(table.index(of: base), 0)
    }

    func testGrowsPastItsFirstTable() {
        var table = PatternTokenTable()
        let words = (0..<3000).map { tokens("слово \($0)")[1] }  // the numbers
        for (index, word) in words.enumerated() { XCTAssertEqual(table.index(of: word), Int32(index)) }
        for (index, word) in words.enumerated() where index % 101 == 0 { XCTAssertEqual(table.index(of: word), Int32(index)) }
        XCTAssertEqual(table.tokens.count, 3000)
    }
}
