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

    /// The hash of `pattern`'s tokens.
    private func hash(_ pattern: [MatchToken]) -> UInt64 {
        pattern.withUnsafeBufferPointer { PatternSignatures.hash(Array(0..<Int32(pattern.count)), table: $0) }
    }

    /// The stored pattern `signatures` finds for `pattern`: the stored patterns' tokens are `stored` (one
    /// after another, pattern `p`'s from `starts[p]`), and the pattern's tokens are put after them in the
    /// table searched.
    private func find(_ pattern: [MatchToken], _ signatures: PatternSignatures, stored: [MatchToken], starts: [Int32]) -> Int? {
        let table = stored + pattern
        let tokens = (0..<Int32(pattern.count)).map { Int32(stored.count) + $0 }
        return table.withUnsafeBufferPointer { table in
            signatures.find(tokens, hash: hash(pattern), table: table, indices: Array(0..<Int32(stored.count)), starts: starts)
        }
    }

    func testFindsOnlyTheSameKindsAndSpellings() {
        var signatures = PatternSignatures()
        var stored: [MatchToken] = []
        var starts: [Int32] = [0]
        let patterns = [[token(.word, 1), token(.word, 2)], [token(.word, 1)], [token(.word, 2), token(.word, 1)], [token(.number, 1)]]
        for pattern in patterns {
            XCTAssertNil(find(pattern, signatures, stored: stored, starts: starts))
            signatures.insert(hash: hash(pattern))
            stored += pattern
            starts.append(Int32(stored.count))
        }
        for (index, pattern) in patterns.enumerated() {
            XCTAssertEqual(find(pattern, signatures, stored: stored, starts: starts), index)
        }
        // Other keys or classes do not make another name; another spelling does.
        let sameSpelling = [token(.word, 1, key: 5), token(.word, 2, key: 6)]
        XCTAssertEqual(find(sameSpelling, signatures, stored: stored, starts: starts), 0)
        let other = [token(.word, 1), token(.word, 3)]
        XCTAssertNil(find(other, signatures, stored: stored, starts: starts))
    }

    func testGrowsPastItsFirstTable() {
        var signatures = PatternSignatures()
        var stored: [MatchToken] = []
        var starts: [Int32] = [0]
        for number in 0..<5000 {
            let pattern = [token(.word, Vocabulary.ID(number)), token(.number, Vocabulary.ID(number % 7))]
            signatures.insert(hash: hash(pattern))
            stored += pattern
            starts.append(Int32(stored.count))
        }
        for number in stride(from: 0, to: 5000, by: 37) {
            let pattern = [token(.word, Vocabulary.ID(number)), token(.number, Vocabulary.ID(number % 7))]
            XCTAssertEqual(find(pattern, signatures, stored: stored, starts: starts), number)
        }
    }
}
