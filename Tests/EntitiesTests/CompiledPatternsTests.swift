import XCTest
@testable import Entities

/// `CompiledPatterns`: the matcher's rows of patterns by first key, and the long rows split by the
/// second token's keys. Splitting must never lose a pattern that can match.
final class CompiledPatternsTests: XCTestCase {
    private func slots(_ compiled: CompiledPatterns, _ key: Vocabulary.ID, next: MatchToken?) -> [Int32] {
        var slots: [Int32] = []
        compiled.candidateSlots(startingWith: key, next: next, into: &slots)
        return slots
    }

    func testAnEmptyIndexHasNoSlots() {
        let compiled = CompiledPatterns()
        XCTAssertEqual(slots(compiled, 0, next: nil), [])
        XCTAssertEqual(slots(compiled, 12345, next: nil), [])
    }

    func testTheShippedGazetteerHasSplitRows() throws {
        let compiled = try TestGazetteer.shared().index.compiled
        XCTAssertFalse(compiled.splitRows.isEmpty, "the shipped gazetteer has first words shared by many names")
        XCTAssertEqual(compiled.splitRowOf.count, compiled.firstKeyStarts.count - 1)
    }

    /// Every entry of every row is offered when the next token is the entry's own second token, in row
    /// order and without repeats; a one-token pattern is offered whatever follows.
    func testEveryPatternIsOfferedAfterItsOwnSecondToken() throws {
        let compiled = try TestGazetteer.shared().index.compiled
        var checkedSplit = 0
        for key in 0..<(compiled.firstKeyStarts.count - 1) {
            let row = Int(compiled.firstKeyStarts[key])..<Int(compiled.firstKeyStarts[key + 1])
            for slot in row {
                let entry = compiled.entries[slot]
                let next: MatchToken? = entry.tokenCount > 1 ? entry.second : nil
                let offered = slots(compiled, Vocabulary.ID(key), next: next)
                XCTAssertTrue(offered.contains(Int32(slot)), "row \(key) slot \(slot)")
                XCTAssertEqual(offered, offered.sorted(), "row order")
                XCTAssertEqual(Set(offered).count, offered.count, "no repeats")
                if entry.tokenCount == 1 {
                    XCTAssertTrue(slots(compiled, Vocabulary.ID(key), next: nil).contains(Int32(slot)))
                }
            }
            if compiled.splitRowOf[key] >= 0 { checkedSplit += 1 }
        }
        XCTAssertGreaterThan(checkedSplit, 0)
    }

    /// A split row offers fewer slots than it holds when the next word begins none of its names.
    func testASplitRowOffersOnlyWhatCanFollow() throws {
        let gazetteer = try TestGazetteer.shared()
        let compiled = gazetteer.index.compiled
        guard let key = compiled.splitRowOf.firstIndex(where: { $0 >= 0 }) else { return XCTFail("no split row") }
        let rowLength = Int(compiled.firstKeyStarts[key + 1] - compiled.firstKeyStarts[key])
        let unrelated = MatchToken(gazetteer.vocabulary.adopt(Tokenizer.tokenize("вчера"))[0])
        XCTAssertLessThan(slots(compiled, Vocabulary.ID(key), next: unrelated).count, rowLength)
    }

    /// The matcher finds the same names with split rows as by trying every pattern of the row: every
    /// name of the shipped gazetteer written alone is found (but those that need a marker before them).
    func testEveryMultiWordNameIsStillFound() throws {
        let gazetteer = try TestGazetteer.shared()
        let matcher = NameMatcher(gazetteer: gazetteer)
        var checked = 0
        for (position, entity) in gazetteer.entities.enumerated() where entity.kind != .person && entity.requiredMarkers.isEmpty {
            let name = entity.name
            guard NameIndex.patternTokens(name).count > 1 else { continue }
            let tokens = gazetteer.vocabulary.adopt(Tokenizer.tokenize(name))
            let content = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
            let found = matcher.match(tokens, content: content)
            XCTAssertTrue(found.contains { $0.entities.contains(position) }, name)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 500)
    }
}
