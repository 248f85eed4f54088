import XCTest
@testable import Entities

/// `FunctionWords`: one list of prepositions and stop words, read alike by the recognizer, dedup and the
/// initials of abbreviations.
final class FunctionWordsTests: XCTestCase {
    func testThePrepositionsAreStopWordsAndTheStopWordsAddOnlyConjunctions() {
        XCTAssertTrue(FunctionWords.prepositions.isSubset(of: FunctionWords.stopWords))
        XCTAssertEqual(FunctionWords.stopWords.subtracting(FunctionWords.prepositions), ["и", "the", "of", "and"])
    }

    func testEveryStageReadsThemAlike() {
        for word in FunctionWords.prepositions {
            XCTAssertTrue(WordTraits.prepositions.contains(word), "the recognizer's word traits: \(word)")
            XCTAssertTrue(TextAliases.linkingWords.contains(word), "the initials' linking words: \(word)")
        }
        XCTAssertFalse(WordTraits.prepositions.contains("и"), "the recognizer reads «и» on its own")
        XCTAssertTrue(TextAliases.linkingWords.contains("и"))
    }
}
