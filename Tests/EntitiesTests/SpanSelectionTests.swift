import XCTest
@testable import Entities

/// `SpanSelection`: a pure function from candidates to the mentions kept.
final class SpanSelectionTests: XCTestCase {
    private func known(_ start: Int, _ end: Int, weight: Int? = nil, exactness: Int = 0, entity: Int = 0) -> Candidate {
        Candidate(start: start, end: end, entities: [entity], source: .gazetteer, exactness: exactness, weight: weight ?? end - start)
    }

    private func shape(_ start: Int, _ end: Int, weight: Int? = nil) -> Candidate {
        Candidate(start: start, end: end, entities: [], source: .unknown,
                  unknown: UnknownShape(kind: .org, coreEnd: end, places: [], legalForm: nil), weight: weight ?? end - start)
    }

    private func spans(_ chosen: [Candidate]) -> [String] { chosen.map { "\($0.start)..<\($0.end)" } }

    func testNoCandidatesNoMentions() {
        XCTAssertEqual(SpanSelection.select([]), [])
    }

    func testOneCandidateIsKept() {
        XCTAssertEqual(SpanSelection.select([known(2, 4)]), [known(2, 4)])
    }

    func testCandidatesApartAreAllKeptInOrder() {
        let chosen = SpanSelection.select([known(5, 6), known(0, 2), known(3, 4)])
        XCTAssertEqual(spans(chosen), ["0..<2", "3..<4", "5..<6"])
    }

    func testTheMostNameTokensWin() {
        // "Витебского района" beats "Витебского…" and "района…".
        XCTAssertEqual(spans(SpanSelection.select([known(0, 1), known(0, 2), known(1, 3)].shuffled())), ["0..<2"])
        // Weight, not length: a long span of quotes and dots loses to a shorter one with more words.
        XCTAssertEqual(spans(SpanSelection.select([known(0, 5, weight: 2), known(3, 6, weight: 3)])), ["3..<6"])
        // A shape longer than a gazetteer name wins.
        XCTAssertEqual(SpanSelection.select([known(1, 3), shape(0, 4)]).map(\.source), [.unknown])
    }

    func testTheGazetteerBeatsAShapeAtEqualWeight() {
        let chosen = SpanSelection.select([shape(0, 3), known(1, 4)])
        XCTAssertEqual(chosen.map(\.source), [.gazetteer])
        XCTAssertEqual(spans(chosen), ["1..<4"])
    }

    func testThenTheExactSpelling() {
        let chosen = SpanSelection.select([known(0, 2, exactness: 0, entity: 1), known(1, 3, exactness: 2, entity: 2)])
        XCTAssertEqual(chosen.map(\.entities), [[2]])
    }

    func testThenTheEarlierSpan() {
        XCTAssertEqual(spans(SpanSelection.select([known(1, 3), known(0, 2)])), ["0..<2"])
        XCTAssertEqual(spans(SpanSelection.select([known(0, 2), known(1, 3), known(2, 4)])), ["0..<2", "2..<4"])
    }

    func testTheSameSpanTwiceIsKeptOnce() {
        XCTAssertEqual(SpanSelection.select([known(0, 2, entity: 1), known(0, 2, entity: 2)]).count, 1)
    }

    func testWeightCountsNameTokensOnly() {
        let tokens = Tokenizer.tokenize("ГУО «Гимназия № 7 г. Гродно»")
        let whole = Candidate(start: 0, end: tokens.count, entities: [], source: .unknown).weighed(tokens)
        XCTAssertEqual(tokens.count, 9)
        XCTAssertEqual(whole.weight, 6, "quotes and the dot do not count")
        XCTAssertEqual(Candidate(start: 1, end: 3, entities: [], source: .gazetteer).weighed(tokens).weight, 1)
    }

    /// Many random candidates: the result never overlaps, is sorted, and every candidate left out
    /// overlaps a chosen one that ranks at least as high.
    func testNeverOverlappingAndMaximal() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func ranks(_ a: Candidate, atLeast b: Candidate) -> Bool {
            (a.weight, a.source.rawValue, a.exactness, -a.start) >= (b.weight, b.source.rawValue, b.exactness, -b.start)
        }
        for _ in 0..<200 {
            let candidates = (0..<next(12)).map { _ -> Candidate in
                let start = next(20), length = 1 + next(5)
                var candidate = next(3) == 0 ? shape(start, start + length, weight: 1 + next(length))
                    : known(start, start + length, weight: 1 + next(length), exactness: next(3))
                candidate.weight = min(candidate.weight, length)
                return candidate
            }
            let chosen = SpanSelection.select(candidates)
            XCTAssertEqual(chosen.map(\.start), chosen.map(\.start).sorted())
            for (left, right) in zip(chosen, chosen.dropFirst()) {
                XCTAssertLessThanOrEqual(left.end, right.start, "\(spans(chosen))")
            }
            for candidate in candidates where !chosen.contains(candidate) {
                XCTAssertTrue(chosen.contains { $0.overlaps(candidate) && ranks($0, atLeast: candidate) },
                              "\(candidate) was left out for nothing better in \(spans(chosen))")
            }
            XCTAssertFalse(candidates.isEmpty && !chosen.isEmpty)
        }
    }
}
