import XCTest
@testable import Entities

/// `Vocabulary`: words interned as small integers, the same id for the same bytes, the word given back.
final class VocabularyTests: XCTestCase {
    func testInterningGivesOneIdPerWord() {
        let vocabulary = Vocabulary()
        XCTAssertNil(vocabulary.id(of: "витебск"))
        let vitebsk = vocabulary.intern("витебск"), minsk = vocabulary.intern("минск")
        XCTAssertEqual(vocabulary.intern("витебск"), vitebsk)
        XCTAssertNotEqual(vitebsk, minsk)
        XCTAssertEqual(vocabulary.id(of: "минск"), minsk)
        XCTAssertNil(vocabulary.id(of: "минс"))
        XCTAssertEqual(vocabulary.count, 2)
        XCTAssertEqual(vocabulary.word(vitebsk), "витебск")
        XCTAssertEqual(vocabulary.word(vocabulary.intern("")), "")
    }

    func testBytesAndStringsAreTheSameWord() {
        let vocabulary = Vocabulary()
        let id = vocabulary.intern("оршанск")
        let bytes = Array("оршанск".utf8)
        XCTAssertEqual(bytes.withUnsafeBufferPointer { vocabulary.intern($0) }, id)
        XCTAssertEqual(bytes.withUnsafeBufferPointer { vocabulary.id(of: $0) }, id)
        let other = Array("оршанский".utf8)
        let otherID = other.withUnsafeBufferPointer { vocabulary.intern($0) }
        XCTAssertEqual(vocabulary.id(of: "оршанский"), otherID)
        XCTAssertEqual(vocabulary.word(otherID), "оршанский")
    }

    func testManyWordsSurviveTheTableGrowing() {
        let vocabulary = Vocabulary()
        let words = (0..<20_000).map { "слово\($0)" }
        let ids = words.map { vocabulary.intern($0) }
        XCTAssertEqual(ids, (0..<20_000).map { Vocabulary.ID($0) }, "ids in the order words come")
        for index in stride(from: 0, to: words.count, by: 97) {
            XCTAssertEqual(vocabulary.id(of: words[index]), ids[index])
            XCTAssertEqual(vocabulary.word(ids[index]), words[index])
        }
        XCTAssertNil(vocabulary.id(of: "слово20000"))
    }

    func testLetterCountCountsScalarsNotBytes() {
        let vocabulary = Vocabulary()
        XCTAssertEqual(vocabulary.letterCount(vocabulary.intern("орш")), 3)
        XCTAssertEqual(vocabulary.letterCount(vocabulary.intern("gmbh")), 4)
        XCTAssertEqual(vocabulary.letterCount(vocabulary.intern("ош")), 2)
        XCTAssertEqual(vocabulary.letterCount(vocabulary.intern("")), 0)
    }
}
