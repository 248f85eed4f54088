import XCTest
@testable import Entities

/// `PatternSignatures`: a pattern is found again by its tokens' kinds and spellings, whatever else differs.
final class PatternSignaturesTests: XCTestCase {
    private func token(_ kind: Token.Kind, _ folded: Vocabulary.ID, key: Vocabulary.ID = 99) -> MatchToken {
        var token = MatchToken(NameIndex.PatternToken(kind: kind, folded: "", keys: [], classes: [], isCapitalized: false))
        token.foldedID = folded
        token.keyIDs = KeyIDs([key])
        return token
    }

    func testFindsOnlyTheSameKindsAndSpellings() {
        var signatures = PatternSignatures()
        var stored: [MatchToken] = []
        var starts: [Int32] = [0]
        let patterns = [[token(.word, 1), token(.word, 2)], [token(.word, 1)], [token(.word, 2), token(.word, 1)], [token(.number, 1)]]
        for pattern in patterns {
            XCTAssertNil(signatures.find(pattern[...], hash: PatternSignatures.hash(pattern[...]), table: stored, indices: Array(0..<Int32(stored.count)), starts: starts))
            signatures.insert(hash: PatternSignatures.hash(pattern[...]))
            stored += pattern
            starts.append(Int32(stored.count))
        }
        for (index, pattern) in patterns.enumerated() {
            XCTAssertEqual(signatures.find(pattern[...], hash: PatternSignatures.hash(pattern[...]), table: stored, indices: Array(0..<Int32(stored.count)), starts: starts), index)
        }
        // Other keys or classes do not make another name; another spelling does.
        let sameSpelling = [token(.word, 1, key: 5), token(.word, 2, key: 6)]
        XCTAssertEqual(signatures.find(sameSpelling[...], hash: PatternSignatures.hash(sameSpelling[...]), table: stored, indices: Array(0..<Int32(stored.count)), starts: starts), 0)
        let other = [token(.word, 1), token(.word, 3)]
        XCTAssertNil(signatures.find(other[...], hash: PatternSignatures.hash(other[...]), table: stored, indices: Array(0..<Int32(stored.count)), starts: starts))
    }

    func testGrowsPastItsFirstTable() {
        var signatures = PatternSignatures()
        var stored: [MatchToken] = []
        var starts: [Int32] = [0]
        for number in 0..<5000 {
            let pattern = [token(.word, Vocabulary.ID(number)), token(.number, Vocabulary.ID(number % 7))]
            signatures.insert(hash: PatternSignatures.hash(pattern[...]))
            stored += pattern
            starts.append(Int32(stored.count))
        }
        for number in stride(from: 0, to: 5000, by: 37) {
            let pattern = [token(.word, Vocabulary.ID(number)), token(.number, Vocabulary.ID(number % 7))]
            XCTAssertEqual(signatures.find(pattern[...], hash: PatternSignatures.hash(pattern[...]), table: stored, indices: Array(0..<Int32(stored.count)), starts: starts), number)
        }
    }
}
