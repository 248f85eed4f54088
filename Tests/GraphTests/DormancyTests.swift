import XCTest
@testable import Entities
@testable import Graph

/// `Dormancy`: which partnerships went quiet, judged against the reports that could have seen them.
final class DormancyTests: XCTestCase {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func quarter(_ year: Int, _ quarter: Int) -> ReportPeriod { ReportPeriod(year: year, quarter: quarter) }

    // MARK: The example reports

    private func assess(level: GraphLevel = .place, quiet: String = "12m", minimumEvents: Int = 2) throws -> [Dormancy.Assessment] {
        let reports = try Fixtures.examples()
        let coverage = ReportCoverage(reports: reports.map(\.report))
        let asOf = try XCTUnwrap(coverage.latest?.end)
        let dormancy = Dormancy(coverage: coverage, asOf: asOf, quiet: try XCTUnwrap(QuietPeriod(quiet)), minimumEvents: minimumEvents)
        return dormancy.assess(try Fixtures.exampleGraph(level))
    }

    private func row(_ rows: [Dormancy.Assessment], _ source: String, _ target: String,
                     file: StaticString = #filePath, line: UInt = #line) throws -> Dormancy.Assessment {
        try XCTUnwrap(rows.first { $0.edge.source == source && $0.edge.target == target }, "no tie \(source) ↔ \(target)", file: file, line: line)
    }

    func testSamarkandIsAOneOffByDefault() throws {
        let samarkand = try row(try assess(), "ru-smolensk", "uz-samarkand")
        XCTAssertEqual(samarkand.status, .oneOff)
        XCTAssertEqual(samarkand.levels, [.municipal])
        XCTAssertEqual(samarkand.silentQuarters, [Self.quarter(2024, 4), Self.quarter(2025, 1)])
        XCTAssertEqual(samarkand.daysSilent, 559)
        XCTAssertEqual(samarkand.lastEvidence?.item, 16)
        XCTAssertNil(samarkand.rhythmQuarters)
        XCTAssertEqual(samarkand.agreementDates, [])
        // At the org level too: the administration received the delegation.
        XCTAssertEqual(try row(try assess(level: .org), "ru-smolensk-administration", "uz-samarkand").status, .oneOff)
    }

    func testSamarkandIsDormantWhenOneEventMakesAPartnership() throws {
        let samarkand = try row(try assess(minimumEvents: 1), "ru-smolensk", "uz-samarkand")
        XCTAssertEqual(samarkand.status, .dormant)
        XCTAssertFalse(samarkand.overdue)
    }

    func testARecentTieWithACoveredQuarterAfterItIsActive() throws {
        let orsha = try row(try assess(), "ru-smolensk", "by-orsha-district")
        XCTAssertEqual(orsha.status, .active)
        XCTAssertEqual(orsha.silentQuarters, [Self.quarter(2025, 1)])
        XCTAssertEqual(orsha.edge.last, Self.day("2024-11-22"))
        XCTAssertEqual(orsha.rhythmQuarters, 1)
        XCTAssertFalse(orsha.overdue)
        XCTAssertEqual(orsha.agreementDates, [Self.day("2023-09-25"), Self.day("2023-09-28")])
    }

    func testAnOldAgreementWithCoveredSilenceIsDormant() throws {
        // Velizh and the Vitebsk district: an agreement of 20.02.2017, last activity in October 2023.
        let velizh = try row(try assess(), "ru-velizh-okrug", "by-vitebsk-district")
        XCTAssertEqual(velizh.status, .dormant)
        XCTAssertEqual(velizh.agreementDates, [Self.day("2017-02-20")], "the document's own date")
        XCTAssertEqual(velizh.silentQuarters, [Self.quarter(2024, 4), Self.quarter(2025, 1)])
    }

    func testATieWhoseLevelHasNoCoveredQuarterAfterItIsNotJudged() throws {
        // Only the regional report (2025-Q2) names the Smolensk region with Brest; a month's quiet has passed
        // since, but no regional report covers a later quarter.
        let rows = try assess(quiet: "1m")
        let brest = try row(rows, "ru-smolensk-region", "by-brest")
        XCTAssertEqual(brest.levels, [.regional])
        XCTAssertLessThan(try XCTUnwrap(brest.edge.last), Self.day("2025-05-30"))
        XCTAssertEqual(brest.silentQuarters, [])
        XCTAssertEqual(brest.status, .notJudged)
        // The municipal Samarkand tie with the same quiet is judged.
        XCTAssertEqual(try row(rows, "ru-smolensk", "uz-samarkand").status, .oneOff)
        XCTAssertEqual(try row(try assess(quiet: "1m", minimumEvents: 1), "ru-smolensk", "uz-samarkand").status, .dormant)
    }

    func testRowsAreSortedByStatusThenSilence() throws {
        let rows = try assess()
        let order: [Dormancy.Status] = [.dormant, .active, .notJudged, .oneOff]
        let statuses = rows.map { order.firstIndex(of: $0.status)! }
        XCTAssertEqual(statuses, statuses.sorted())
        for (left, right) in zip(rows, rows.dropFirst()) where left.status == right.status {
            XCTAssertGreaterThanOrEqual(left.daysSilent ?? -1, right.daysSilent ?? -1)
        }
        XCTAssertEqual(rows.count, try Fixtures.exampleGraph(.place).edges.count)
    }

    // MARK: A hand-built graph

    private static func evidence(_ item: Int, _ first: String, _ last: String? = nil, _ relation: Relation = .event,
                                 level: ReportLevel = .municipal, document: String? = nil) -> Evidence {
        Evidence(source: "q.txt", item: item, dates: first, relation: relation, quote: "item \(item)", first: day(first),
                 last: day(last ?? first), documentDate: document.map(day), period: ReportPeriod(containing: day(first)), level: level)
    }

    private static func graph(_ evidence: [Evidence]) -> PartnershipGraph {
        PartnershipGraph(nodes: [], edges: [GraphEdge(source: "ru-smolensk", target: "by-vitebsk", evidence: evidence)])
    }

    private static func coverage(municipal: [ReportPeriod], regional: [ReportPeriod] = []) -> ReportCoverage {
        func report(_ period: ReportPeriod, _ level: ReportLevel) -> Report {
            Report(source: "r", format: "text", title: "", period: period, level: level, sections: [], notes: [], items: [], warnings: [], text: "")
        }
        return ReportCoverage(reports: municipal.map { report($0, .municipal) } + regional.map { report($0, .regional) })
    }

    private func assess(_ evidence: [Evidence], coverage: ReportCoverage, asOf: String, quiet: String = "12m",
                        minimumEvents: Int = 2) throws -> Dormancy.Assessment {
        let dormancy = Dormancy(coverage: coverage, asOf: Self.day(asOf), quiet: try XCTUnwrap(QuietPeriod(quiet)), minimumEvents: minimumEvents)
        return try dormancy.assess(Self.graph(evidence)).at(0)
    }

    func testAnEmptyGraphHasNoRows() {
        let dormancy = Dormancy(coverage: Self.coverage(municipal: []), asOf: Self.day("2025-06-30"), quiet: QuietPeriod("12m")!)
        XCTAssertEqual(dormancy.assess(PartnershipGraph(nodes: [], edges: [])).count, 0)
        XCTAssertEqual(dormancy.minimumEvents, 2)
    }

    func testWhatMakesAPartnership() throws {
        let coverage = Self.coverage(municipal: [Self.quarter(2023, 1), Self.quarter(2025, 1)])
        let one = [Self.evidence(1, "2023-02-01")]
        XCTAssertEqual(try assess(one, coverage: coverage, asOf: "2025-03-31").status, .oneOff)
        XCTAssertEqual(try assess(one + [Self.evidence(2, "2023-02-10")], coverage: coverage, asOf: "2025-03-31").status, .dormant)
        XCTAssertEqual(try assess([Self.evidence(1, "2023-02-01", nil, .agreement)], coverage: coverage, asOf: "2025-03-31").status, .dormant)
        XCTAssertEqual(try assess([Self.evidence(1, "2023-02-01", nil, .twinning)], coverage: coverage, asOf: "2025-03-31").status, .dormant)
        // Two pieces of evidence from one item are one event.
        XCTAssertEqual(try assess(one + [Self.evidence(1, "2023-02-01", "2023-02-02")], coverage: coverage, asOf: "2025-03-31").status, .oneOff)
    }

    func testQuietForLessThanThePeriodIsActive() throws {
        let evidence = [Self.evidence(1, "2024-05-01", nil, .agreement)]
        let coverage = Self.coverage(municipal: [Self.quarter(2024, 2), Self.quarter(2024, 3), Self.quarter(2024, 4)])
        let active = try assess(evidence, coverage: coverage, asOf: "2024-12-31")
        XCTAssertEqual(active.status, .active)
        XCTAssertEqual(active.silentQuarters, [Self.quarter(2024, 3), Self.quarter(2024, 4)])
        XCTAssertEqual(active.daysSilent, 244)
        let dormant = try assess(evidence, coverage: coverage, asOf: "2024-12-31", quiet: "6m")
        XCTAssertEqual(dormant.status, .dormant)
        // The last day of the quiet period itself is not yet silence.
        XCTAssertEqual(try assess(evidence, coverage: coverage, asOf: "2024-11-01", quiet: "6m").status, .active)
        XCTAssertEqual(try assess(evidence, coverage: coverage, asOf: "2024-11-02", quiet: "6m").status, .dormant)
    }

    func testOnlyTheLevelsThatReportedTheTieJudgeIt() throws {
        let evidence = [Self.evidence(1, "2024-01-15", nil, .agreement)]
        // Municipal evidence; only a regional report covers the quarters after it.
        let regionalOnly = Self.coverage(municipal: [Self.quarter(2024, 1)], regional: [Self.quarter(2025, 1), Self.quarter(2025, 2)])
        let notJudged = try assess(evidence, coverage: regionalOnly, asOf: "2025-06-30")
        XCTAssertEqual(notJudged.status, .notJudged)
        XCTAssertEqual(notJudged.silentQuarters, [])
        XCTAssertEqual(notJudged.levels, [.municipal])
        // A municipal report after it judges it.
        let covered = Self.coverage(municipal: [Self.quarter(2024, 1), Self.quarter(2025, 1)])
        XCTAssertEqual(try assess(evidence, coverage: covered, asOf: "2025-06-30").silentQuarters, [Self.quarter(2025, 1)])
        XCTAssertEqual(try assess(evidence, coverage: covered, asOf: "2025-06-30").status, .dormant)
        // Quarters after the as-of date do not count.
        let later = Self.coverage(municipal: [Self.quarter(2024, 1), Self.quarter(2025, 3)])
        XCTAssertEqual(try assess(evidence, coverage: later, asOf: "2025-06-30").status, .notJudged)
        // Nor does the quarter of the last activity itself.
        let same = Self.coverage(municipal: [Self.quarter(2024, 1)])
        XCTAssertEqual(try assess(evidence, coverage: same, asOf: "2025-06-30").silentQuarters, [])
    }

    func testEvidenceAfterTheAsOfDateIsIgnored() throws {
        let evidence = [Self.evidence(1, "2023-03-01", nil, .agreement), Self.evidence(2, "2025-09-01")]
        let coverage = Self.coverage(municipal: [Self.quarter(2023, 1), Self.quarter(2024, 4), Self.quarter(2025, 3)])
        let row = try assess(evidence, coverage: coverage, asOf: "2024-12-31")
        XCTAssertEqual(row.status, .dormant)
        XCTAssertEqual(row.silentQuarters, [Self.quarter(2024, 4)])
        XCTAssertEqual(row.lastEvidence?.item, 1)
        XCTAssertEqual(row.daysSilent, Self.day("2024-12-31").dayNumber - Self.day("2023-03-01").dayNumber)
        // With nothing on or before the as-of date there is no silence to judge.
        let future = try assess([Self.evidence(2, "2025-09-01", nil, .agreement)], coverage: coverage, asOf: "2024-12-31")
        XCTAssertEqual(future.status, .notJudged)
        XCTAssertNil(future.daysSilent)
        XCTAssertEqual(future.silentQuarters, [])
    }

    func testRhythm() throws {
        XCTAssertNil(Dormancy.medianGap([]))
        XCTAssertNil(Dormancy.medianGap([Self.quarter(2024, 1)]))
        XCTAssertEqual(Dormancy.medianGap([Self.quarter(2024, 1), Self.quarter(2024, 2), Self.quarter(2024, 3)]), 1)
        XCTAssertEqual(Dormancy.medianGap([Self.quarter(2023, 1), Self.quarter(2023, 2), Self.quarter(2023, 4), Self.quarter(2024, 4)]), 2)
        XCTAssertEqual(Dormancy.medianGap([Self.quarter(2023, 1), Self.quarter(2023, 2), Self.quarter(2024, 1), Self.quarter(2024, 2)]), 1)
        XCTAssertEqual(Dormancy.medianGap([Self.quarter(2023, 1), Self.quarter(2023, 3), Self.quarter(2024, 3)]), 3, "gaps 2 and 4")
        XCTAssertEqual(Dormancy.quarterDistance(Self.quarter(2023, 4), Self.quarter(2024, 1)), 1)
        XCTAssertEqual(Dormancy.quarterDistance(Self.quarter(2024, 1), Self.quarter(2023, 4)), -1)
        XCTAssertEqual(Dormancy.quarterDistance(Self.quarter(2023, 2), Self.quarter(2025, 2)), 8)
    }

    func testASilenceOfThreeUsualGapsIsOverdue() throws {
        // Events every quarter from 2023-Q1 to 2023-Q3: a rhythm of one quarter.
        let evidence = [Self.evidence(1, "2023-02-01"), Self.evidence(2, "2023-05-01"), Self.evidence(3, "2023-08-01")]
        let quarters = [Self.quarter(2023, 1), Self.quarter(2023, 2), Self.quarter(2023, 3), Self.quarter(2023, 4), Self.quarter(2024, 1),
                        Self.quarter(2024, 2)]
        let coverage = Self.coverage(municipal: quarters)
        // Two quarters later: not yet.
        let early = try assess(evidence, coverage: coverage, asOf: "2024-03-31", quiet: "2y")
        XCTAssertEqual(early.rhythmQuarters, 1)
        XCTAssertFalse(early.overdue)
        XCTAssertEqual(early.status, .active)
        // Three quarters later: overdue, and dormant long before the quiet period ends.
        let late = try assess(evidence, coverage: coverage, asOf: "2024-06-30", quiet: "2y")
        XCTAssertTrue(late.overdue)
        XCTAssertEqual(late.status, .dormant)
        XCTAssertEqual(late.silentQuarters, [Self.quarter(2023, 4), Self.quarter(2024, 1), Self.quarter(2024, 2)])
        // Overdue but with no covered quarter to show it: not judged, and not flagged.
        let uncovered = try assess(evidence, coverage: Self.coverage(municipal: Array(quarters.prefix(3))), asOf: "2024-06-30", quiet: "2y")
        XCTAssertEqual(uncovered.status, .notJudged)
        XCTAssertFalse(uncovered.overdue)
    }

    func testAgreementDatesPreferTheDocumentsOwnDay() throws {
        let evidence = [Self.evidence(1, "2024-03-01", nil, .agreement, document: "2017-02-20"), Self.evidence(2, "2024-05-01", nil, .agreement),
                        Self.evidence(3, "2024-06-01", nil, .agreement, document: "2017-02-20"), Self.evidence(4, "2024-06-02")]
        let row = try assess(evidence, coverage: Self.coverage(municipal: [Self.quarter(2024, 2)]), asOf: "2024-06-30")
        XCTAssertEqual(row.agreementDates, [Self.day("2017-02-20"), Self.day("2024-05-01")])
    }

    func testStatusOrder() {
        XCTAssertEqual([Dormancy.Status.oneOff, .notJudged, .active, .dormant].sorted(), [.dormant, .active, .notJudged, .oneOff])
        XCTAssertEqual(Dormancy.Status.oneOff.rawValue, "one-off")
        XCTAssertEqual(Dormancy.Status.notJudged.rawValue, "not-judged")
    }
}
