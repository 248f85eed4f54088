import XCTest
@testable import Entities

/// `NameSketches`: the quick test before two names are compared never turns away a pair the comparer
/// would match, and turns away most pairs that share a word and no more.
final class NameSketchesTests: XCTestCase {
    let comparer = NameComparer()

    func normalizer() throws -> OrgNameNormalizer { try TestNormalizer.shared() }

    /// Whether the comparer matches names `i` and `j` at `threshold`.
    private func matches(_ names: [OrgName], _ i: Int, _ j: Int, threshold: Double) -> Bool {
        guard case .match(let match) = comparer.compare(names[i], names[j]) else { return false }
        return match.score >= threshold - 1e-9
    }

    /// Every pair, at several thresholds: a pair the comparer matches passes the quick test.
    private func assertNoMatchTurnedAway(_ names: [OrgName], thresholds: [Double] = [0, 0.5, 0.7, 0.85, 0.95, 1],
                                         file: StaticString = #filePath, line: UInt = #line) -> (passed: Int, matched: Int, pairs: Int) {
        let sketches = NameSketches(names)
        var passed = 0, matched = 0, pairs = 0
        for threshold in thresholds {
            for i in names.indices {
                for j in names.indices where j > i {
                    pairs += 1
                    let quick = sketches.mayMatch(i, j, threshold: threshold)
                    if quick { passed += 1 }
                    if matches(names, i, j, threshold: threshold) {
                        matched += 1
                        XCTAssertTrue(quick, "«\(names[i].text)» / «\(names[j].text)» at \(threshold)", file: file, line: line)
                    }
                }
            }
        }
        return (passed, matched, pairs)
    }

    func testNoNamesAndOneName() throws {
        let normalizer = try normalizer()
        XCTAssertEqual(assertNoMatchTurnedAway([]).pairs, 0)
        XCTAssertEqual(assertNoMatchTurnedAway([normalizer.normalize("ООО «Зорька»")]).pairs, 0)
    }

    /// Made-up names, each rule of the comparer once: the same key, another case, a long word one letter
    /// off, an abbreviation of initials, a place adjective against the place, and the hard constraints.
    func testEveryWayTwoNamesMatchPassesTheQuickTest() throws {
        let normalizer = try normalizer()
        let texts = ["ООО «Зорька»", "ООО «Зорьки»", "Общество с ограниченной ответственностью «Зорька»",
                     "Зорянский машиностроительный завод", "Зорянского машиностроительного завода", "ЗМЗ",
                     "Зорянский машиностроительный заводик", "Зорянский машинастроительный завод",
                     "Гимназия № 7 г. Смоленска", "Гимназия № 7", "Гимназия № 8 г. Смоленска", "Смоленская гимназия № 7",
                     "Фонд поддержки кедровых лесов", "Фонд поддержки кедровых садов", "ФПКЛ",
                     "Светлячковский городской исполнительный комитет", "Светлячковский районный исполнительный комитет",
                     "ГК «Пчелка»", "ООО «Пчелка»", "Народный коллектив"]
        let names = texts.map { normalizer.normalize($0) }
        let tally = assertNoMatchTurnedAway(names)
        XCTAssertGreaterThan(tally.matched, 20, "the comparer matches some of these pairs")
        XCTAssertLessThan(tally.passed, tally.pairs, "and the quick test turns some away")
    }

    /// Names sharing one word and no more are told apart without comparing them.
    func testNamesSharingOneWordAreTurnedAway() throws {
        let normalizer = try normalizer()
        let names = ["Зорянский центр ремесел", "Зорянский музей янтаря", "Зорянская библиотека поэзии", "Зорянский фонд кедров"]
            .map { normalizer.normalize($0) }
        let sketches = NameSketches(names)
        for i in names.indices {
            for j in names.indices where j > i {
                XCTAssertFalse(sketches.mayMatch(i, j, threshold: 0.85), "\(names[i].text) / \(names[j].text)")
            }
        }
        XCTAssertTrue(sketches.mayMatch(0, 1, threshold: 0), "at threshold 0 everything may match")
    }

    /// The organization names of the four example reports, every pair at the default threshold and more.
    func testTheExamplesNamesLoseNoMatch() throws {
        let gazetteer = try TestGazetteer.shared()
        let variants = NameVariant.collect(try DeduplicatorTests.linkedExamples(gazetteer), gazetteer: gazetteer)
        let normalizer = OrgNameNormalizer(gazetteer: gazetteer)
        let names = variants.map { normalizer.normalize($0.text) }
        XCTAssertGreaterThan(names.count, 200)
        let tally = assertNoMatchTurnedAway(names, thresholds: [0.7, 0.85])
        XCTAssertGreaterThan(tally.matched, 50)
        print("name sketches on the examples: \(names.count) names, \(tally.pairs) pairs, \(tally.passed) passed the quick test, \(tally.matched) matched")
        XCTAssertLessThan(tally.passed * 5, tally.pairs, "most pairs are told apart on numbers")
    }
}
