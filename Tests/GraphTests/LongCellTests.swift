import Foundation
import XCTest
@testable import Entities
@testable import Graph

/// A cell of megabytes — one sentence of agreement clauses, "между", twin cities and names — costs time
/// in proportion to its length: the relation finder and the linker used to look back over the whole cell
/// at every document word and name (a 1 MB cell took 22 s in `graph`, 4 MB over 300 s).
///
/// Benchmarks with generous bounds for a debug build on a loaded machine; a quadratic cost misses them
/// by far.
final class LongCellTests: XCTestCase {
    /// One piece of the cell: a framing clause with no party, parties before the document word, a twin.
    static let piece = "в рамках соглашения о сотрудничестве проведена встреча, между Администрацией города Смоленска и "
        + "Витебским городским исполнительным комитетом подписано соглашение, город-побратим г. Витебск, "

    func testTheRelationFinderOnAFourMegabyteCell() throws {
        let linked = try HandReport.linked([HandReport.Row(goal: Self.piece + "встреча")])
        let item = try linked.report.items.at(0)
        let mentions = try linked.items.at(0).mentions.filter { $0.field == .goal }
        XCTAssertEqual(mentions.map(\.entityID), ["ru-smolensk-administration", "by-vitebsk-city-executive-committee", "by-vitebsk"])
        // The piece's text as cleaned, repeated: the mentions shift with each copy.
        let one = String(item[.goal].text.dropLast("встреча".count))
        let length = one.utf8.count
        let copies = (4 << 20) / length + 1
        var text = ""
        text.reserveCapacity(copies * length)
        var all: [Mention] = []
        all.reserveCapacity(copies * mentions.count)
        for copy in 0..<copies {
            text += one
            for var mention in mentions {
                mention.fieldStart += copy * length
                mention.fieldEnd += copy * length
                all.append(mention)
            }
        }
        let started = Date()
        let findings = RelationFinder.find(in: text, mentions: all)
        let seconds = Date().timeIntervalSince(started)
        print("relation finder: \(text.utf8.count) bytes, \(findings.count) findings in \(String(format: "%.2f", seconds)) s")
        XCTAssertLessThan(seconds, 60, "linear: a debug build takes seconds (quadratic: hours)")
        // Each copy: the agreement between the two bodies (the clause "в рамках соглашения" opens runs to
        // the next document word), and the one whose clause names the twin city, which is twinning too.
        let bodies = ["ru-smolensk-administration", "by-vitebsk-city-executive-committee"]
        XCTAssertEqual(findings.filter { $0.kind == .agreement && $0.parties == bodies }.count, copies)
        XCTAssertEqual(findings.filter { $0.kind == .agreement && $0.parties == ["by-vitebsk"] }.count, copies)
        XCTAssertEqual(findings.filter { $0.kind == .twinning && $0.parties == ["by-vitebsk"] }.count, copies)
        XCTAssertEqual(findings.count, 3 * copies)
        XCTAssertTrue(findings.allSatisfy { $0.quote.count <= 201 })
    }

    /// "в рамках соглашения" and "подписано соглашение" 2 MB long each, one sentence, no names: every
    /// clause looks back to the sentence's start for the framing and signal words (1 MB of it took 80 s
    /// in a release build).
    func testFramingAndSigningClausesWithoutPartiesOnTwoMegabyteCells() {
        func find(_ piece: String) -> [RelationFinding] {
            let text = String(repeating: piece, count: (2 << 20) / piece.utf8.count)
            let started = Date()
            let findings = RelationFinder.find(in: text, mentions: [])
            let seconds = Date().timeIntervalSince(started)
            print("relation finder, '\(piece)': \(text.utf8.count) bytes, \(findings.count) findings in \(String(format: "%.2f", seconds)) s")
            XCTAssertLessThan(seconds, 60, "linear: a debug build takes seconds (quadratic: hours)")
            return findings
        }
        // Each clause runs to the next document word, which makes it a list's introduction; the last one,
        // which runs to the end, ties the item's sides.
        for (piece, inForce) in [("в рамках соглашения о сотрудничестве ", true), ("подписано соглашение о сотрудничестве ", false)] {
            let findings = find(piece)
            XCTAssertEqual(findings.count, 1, piece)
            XCTAssertTrue(findings.allSatisfy { $0.kind == .agreement && $0.tiesItemSides && $0.parties.isEmpty && $0.inForce == inForce }, piece)
        }
    }

    func testTheGraphOfATwoMegabyteCell() throws {
        let goal = String(repeating: Self.piece, count: (2 << 20) / Self.piece.utf8.count) + "встреча"
        let started = Date()
        let linked = try HandReport.linked([HandReport.Row(goal: goal)])
        let graph = try Fixtures.builder([linked]).build([linked], level: .org)
        let seconds = Date().timeIntervalSince(started)
        print("linking and graph: \(goal.utf8.count) bytes in \(String(format: "%.2f", seconds)) s")
        XCTAssertLessThan(seconds, 120, "linear: a debug build takes seconds (quadratic: many minutes)")
        let edge = try XCTUnwrap(graph.edges.first { $0.source == "ru-smolensk-administration" && $0.target == "by-vitebsk-city-executive-committee" })
        XCTAssertEqual(Set(edge.relations), [.agreement, .event])
    }
}
