import XCTest
@testable import Entities
@testable import Graph

/// `GraphBuilder`: the partnership graph of the example reports, at each level, and the roll-ups.
final class GraphBuilderTests: XCTestCase {
    private func graph(_ level: GraphLevel) throws -> PartnershipGraph { try Fixtures.exampleGraph(level) }

    private func edge(_ graph: PartnershipGraph, _ source: String, _ target: String,
                      file: StaticString = #filePath, line: UInt = #line) throws -> GraphEdge {
        try XCTUnwrap(graph.edges.first { $0.source == source && $0.target == target }, "no edge \(source) → \(target)", file: file, line: line)
    }

    /// The evidence of `relation`, as "report #item first" lines.
    private func evidence(_ edge: GraphEdge, _ relation: Relation) -> [String] {
        edge.evidence.filter { $0.relation == relation }.map {
            "\(URL(fileURLWithPath: $0.source).deletingPathExtension().lastPathComponent) #\($0.item) \($0.first?.iso ?? "-")"
        }
    }

    func testNoReportsNoGraph() throws {
        let graph = try Fixtures.builder([]).build([LinkedReport](), level: .org)
        XCTAssertEqual(graph.nodes, [])
        XCTAssertEqual(graph.edges, [])
    }

    func testAnItemWithoutACounterpartGivesNoEdge() throws {
        let linked = try HandReport.linked([HandReport.Row(goal: "Встреча в Администрации города Смоленска")])
        XCTAssertEqual(try Fixtures.builder([linked]).build([linked]).edges, [])
    }

    func testAnEventEdgeFromOneItem() throws {
        let linked = try HandReport.linked([HandReport.Row(dates: "5-6 марта 2025 года", goal: "Визит делегации г. Витебска",
                                                           participants: "Администрация города Смоленска")],
                                           year: 2025, quarter: 1)
        let graph = try Fixtures.builder([linked]).build([linked])
        XCTAssertEqual(graph.edges.count, 1)
        let edge = try graph.edges.at(0)
        XCTAssertEqual(edge.source, "ru-smolensk-administration")
        XCTAssertEqual(edge.target, "by-vitebsk")
        XCTAssertEqual(edge.relations, [.event])
        XCTAssertEqual(edge.events, 1)
        let evidence = try edge.evidence.at(0)
        XCTAssertEqual(evidence.source, "hand.txt")
        XCTAssertEqual(evidence.item, 1)
        XCTAssertEqual(evidence.dates, "5-6 марта 2025 года")
        XCTAssertEqual(evidence.first, CalendarDate(year: 2025, month: 3, day: 5))
        XCTAssertEqual(evidence.last, CalendarDate(year: 2025, month: 3, day: 6))
        XCTAssertEqual(evidence.quote, "Встреча")
        XCTAssertEqual(evidence.period, ReportPeriod(year: 2025, quarter: 1))
        XCTAssertEqual(evidence.level, .municipal)
        XCTAssertEqual(graph.nodes.map(\.id), ["by-vitebsk", "ru-smolensk-administration"])
        XCTAssertEqual(graph.node("by-vitebsk")?.name, "Витебск")
        XCTAssertEqual(graph.node("ru-smolensk-administration")?.smolensk, true)
    }

    func testTheSectionIsTheSmolenskSideOfAMunicipalReportButNotOfARegionalOne() throws {
        let row = HandReport.Row(section: "Муниципальное образование «Велижский район» Смоленской области", goal: "Визит делегации г. Витебска")
        let municipal = try HandReport.linked([row])
        XCTAssertEqual(try Fixtures.builder([municipal]).build([municipal]).edges.map(\.source), ["ru-velizh-okrug"])
        let regional = try HandReport.linked([row], level: .regional, year: 2025, quarter: 2)
        XCTAssertEqual(try Fixtures.builder([regional]).build([regional]).edges.map(\.source), ["ru-smolensk-region"])
    }

    func testADistrictSignsWithTheDistrictOfTheTownItVisits() throws {
        func agreements(section: String, name: String) throws -> [String] {
            let row = HandReport.Row(section: section, name: name, place: "пгт. Лиозно (Витебская область, Республика Беларусь)",
                                     goal: "Подписан договор о сотрудничестве")
            let linked = try HandReport.linked([row])
            return try Fixtures.builder([linked]).build([linked]).edges.filter { $0.relations.contains(.agreement) }.map { "\($0.source) – \($0.target)" }
        }
        let district = "Муниципальное образование «Велижский район» Смоленской области"
        XCTAssertEqual(try agreements(section: district, name: "Праздник пгт. Лиозно и Лиозненского района"), ["ru-velizh-okrug – by-liozno-district"])
        XCTAssertEqual(try agreements(section: district, name: "Праздник пгт. Лиозно"), ["ru-velizh-okrug – by-liozno"], "the district is not named")
        XCTAssertEqual(try agreements(section: "Город Смоленск", name: "Праздник пгт. Лиозно и Лиозненского района"), ["ru-smolensk – by-liozno"],
                       "a city signs with the town")
    }

    // MARK: The example reports at the place level

    func testSmolenskAndVitebsk() throws {
        let vitebsk = try edge(try graph(.place), "ru-smolensk", "by-vitebsk")
        XCTAssertEqual(vitebsk.relations, [.agreement, .twinning, .event])
        XCTAssertEqual(evidence(vitebsk, .twinning), ["smolensk-municipal-2023-q4 #2 2023-09-25"])
        XCTAssertTrue(evidence(vitebsk, .agreement).contains("smolensk-municipal-2025-q1 #10 2025-02-19"), "\(evidence(vitebsk, .agreement))")
        XCTAssertGreaterThanOrEqual(vitebsk.events, 15)
        XCTAssertEqual(vitebsk.first, CalendarDate(year: 2023, month: 9, day: 25))
    }

    func testSmolenskAndTheOrshaDistrict() throws {
        let orsha = try edge(try graph(.place), "ru-smolensk", "by-orsha-district")
        XCTAssertEqual(orsha.relations, [.agreement, .twinning, .event])
        XCTAssertEqual(evidence(orsha, .twinning), ["smolensk-municipal-2023-q4 #3 2023-09-28"])
        XCTAssertEqual(evidence(orsha, .agreement), ["smolensk-municipal-2023-q4 #2 2023-09-25", "smolensk-municipal-2023-q4 #3 2023-09-28"])
        XCTAssertTrue(orsha.agreements.allSatisfy { $0.quote.contains("Оршанским районом") })
    }

    func testSmolenskAndTheMoscowDistrictOfMinsk() throws {
        let place = try graph(.place)
        let moskovsky = try edge(place, "ru-smolensk", "by-minsk-moskovsky-district")
        XCTAssertEqual(moskovsky.relations, [.agreement, .twinning, .event])
        XCTAssertEqual(evidence(moskovsky, .twinning), ["smolensk-municipal-2024-q4 #2 2024-09-28"])
        XCTAssertTrue(evidence(moskovsky, .agreement).contains("smolensk-municipal-2024-q4 #2 2024-09-28"))
        let twinning = try XCTUnwrap(moskovsky.evidence.first { $0.relation == .twinning })
        XCTAssertTrue(twinning.quote.hasPrefix("Соглашение об установлении побратимских связей между городом Смоленском"), twinning.quote)
        // Never Brest's Moscow district.
        XCTAssertNil(place.edges.first { $0.target == "by-brest-moskovsky-district" })
    }

    func testSmolenskAndMogilev() throws {
        let mogilev = try edge(try graph(.place), "ru-smolensk", "by-mogilev")
        XCTAssertEqual(mogilev.relations, [.agreement, .twinning, .event])
        XCTAssertEqual(evidence(mogilev, .twinning), ["smolensk-municipal-2023-q4 #2 2023-09-25"], "the partner city")
        XCTAssertEqual(evidence(mogilev, .agreement), ["smolensk-regional-2025-q2 #4 2025-05-28"])
        XCTAssertEqual(mogilev.first, CalendarDate(year: 2023, month: 9, day: 25))
        XCTAssertEqual(mogilev.last, CalendarDate(year: 2025, month: 5, day: 31))
    }

    func testSmolenskAndSamarkandOnce() throws {
        let samarkand = try edge(try graph(.place), "ru-smolensk", "uz-samarkand")
        XCTAssertEqual(samarkand.relations, [.event])
        XCTAssertEqual(samarkand.events, 1)
        XCTAssertEqual(evidence(samarkand, .event), ["smolensk-municipal-2023-q4 #16 2023-12-19"])
    }

    func testAGeneralReferenceToAgreementsIsNoAgreement() throws {
        // Regional item 76: "реализации соглашений … регионов Беларуси и России".
        let org = try graph(.org)
        let item76 = org.edges.flatMap(\.evidence).filter { $0.source.hasSuffix("smolensk-regional-2025-q2.txt") && $0.item == 76 }
        XCTAssertFalse(item76.isEmpty)
        XCTAssertEqual(Set(item76.map(\.relation)), [.event])
    }

    // MARK: Levels

    func testEveryEdgeRunsFromSmolenskToAbroad() throws {
        let catalog = try Fixtures.catalog(try Fixtures.examples())
        for level in GraphLevel.allCases {
            let graph = try graph(level)
            XCTAssertFalse(graph.edges.isEmpty)
            for edge in graph.edges {
                XCTAssertEqual(catalog.record(edge.source)?.smolensk, true, "\(level): \(edge.source)")
                let target = try XCTUnwrap(catalog.record(edge.target), "\(level): \(edge.target)")
                XCTAssertFalse(target.smolensk)
                XCTAssertNotEqual(target.country, "RU", "\(level): \(edge.target)")
                XCTAssertFalse(edge.evidence.isEmpty)
            }
            XCTAssertEqual(Set(graph.nodes.map(\.id)), Set(graph.edges.flatMap { [$0.source, $0.target] }), "\(level)")
        }
    }

    func testTheLevelsRollUpAsDocumented() throws {
        let catalog = try Fixtures.catalog(try Fixtures.examples())
        let place = try graph(.place), country = try graph(.country)
        for node in place.nodes {
            XCTAssertTrue(node.kind.isPlace, "place level: \(node.id) is a \(node.kind)")
        }
        for edge in country.edges {
            XCTAssertEqual(edge.source, "ru-smolensk-region")
            XCTAssertEqual(catalog.record(edge.target)?.kind, .country, edge.target)
        }
        XCTAssertEqual(Set(country.edges.map(\.target)).count, country.edges.count)
        XCTAssertNotNil(country.edges.first { $0.target == "by" })
        XCTAssertNotNil(country.edges.first { $0.target == "uz" })
    }

    func testRollingUpKeepsEveryPieceOfEvidence() throws {
        let builder = try Fixtures.builder(try Fixtures.examples())
        let org = try graph(.org)
        for level in [GraphLevel.place, .country] {
            let rolled = try graph(level)
            var expected: [String: Set<Evidence>] = [:]
            for edge in org.edges {
                let source = builder.rolledID(edge.source, level: level, smolensk: true)
                let target = builder.rolledID(edge.target, level: level, smolensk: false)
                guard source != target else { continue }
                expected["\(source) → \(target)", default: []].formUnion(edge.evidence)
            }
            let actual = Dictionary(uniqueKeysWithValues: rolled.edges.map { ("\($0.source) → \($0.target)", Set($0.evidence)) })
            XCTAssertEqual(actual, expected, "\(level)")
        }
    }

    func testRolledIDs() throws {
        let hand = try HandReport.linked([HandReport.Row(goal: "ГУО «Гимназия № 99 г. Гродно»")])
        let builder = try Fixtures.builder([hand])
        let cases: [(String, GraphLevel, Bool, String)] = [
            ("ru-smolensk-administration", .org, true, "ru-smolensk-administration"),
            ("ru-smolensk-administration", .place, true, "ru-smolensk"),
            ("ru-smolensk-administration", .country, true, "ru-smolensk-region"),
            ("person-anokhin-vn", .place, true, "ru-smolensk-region"),
            ("ru-velizh-okrug", .place, true, "ru-velizh-okrug"),
            ("by-vitebsk-city-executive-committee", .place, false, "by-vitebsk"),
            ("by-vitebsk-city-executive-committee", .country, false, "by"),
            ("by-minsk-moskovsky-administration", .place, false, "by-minsk-moskovsky-district"),
            ("by-council-of-republic", .place, false, "by"),
            ("by", .place, false, "by"),
            // A German chamber seated in Moscow is German at every level above its own.
            ("de-ahk-russia", .place, false, "de"),
            ("de-ahk-russia", .country, false, "de"),
            ("x-org-guo-gimnaz-99-gorod-grodn--by-grodno", .place, false, "by-grodno"),
            ("x-org-guo-gimnaz-99-gorod-grodn--by-grodno", .country, false, "by"),
        ]
        for (id, level, smolensk, expected) in cases {
            XCTAssertEqual(builder.rolledID(id, level: level, smolensk: smolensk), expected, "\(id) at \(level)")
        }
        XCTAssertEqual(GraphLevel.allCases.map(\.rawValue), ["org", "place", "country"])
    }
}
