import XCTest
@testable import Entities

/// `EntityCatalog`: the records of known and unknown entities a run refers to.
final class EntityCatalogTests: XCTestCase {
    private func linked(_ rows: [HandReports.Row], source: String = "hand.txt") throws -> LinkedReport {
        Linker(gazetteer: try TestGazetteer.shared()).link(try HandReports.report(rows, source: source))
    }

    func testAnEmptyCatalogKnowsTheGazetteer() throws {
        let catalog = EntityCatalog(gazetteer: try TestGazetteer.shared())
        XCTAssertTrue(catalog.unknowns.isEmpty)
        XCTAssertEqual(catalog.record("by-vitebsk"),
                       EntityCatalog.Record(id: "by-vitebsk", name: "Витебск", kind: .city, country: "BY", parent: "by-vitebsk-region",
                                            known: true, smolensk: false))
        XCTAssertEqual(catalog.record("ru-velizh-okrug")?.smolensk, true)
        XCTAssertNil(catalog.record("x-org-nothing"))
        XCTAssertEqual(catalog.ancestors(of: "by-vitebsk"), ["by-vitebsk-region", "by"])
        XCTAssertEqual(catalog.ancestors(of: "x-org-nothing"), [])
    }

    func testUnknownEntitiesFromReports() throws {
        let first = try linked([HandReports.Row(place: "онлайн", goal: "ГУО «Гимназия № 99 г. Гродно»", participants: "МБОУ «Школа № 99» г. Смоленска")])
        let second = try linked([HandReports.Row(place: "онлайн", goal: "ГУО «Гимназией № 99 г. Гродно»", participants: "Представители")],
                                source: "second.txt")
        let catalog = EntityCatalog(gazetteer: try TestGazetteer.shared(), reports: [first, second])
        let grodno = try XCTUnwrap(catalog.record("x-org-guo-gimnaz-99-gorod-grodn--by-grodno"))
        XCTAssertEqual(grodno, EntityCatalog.Record(id: grodno.id, name: "ГУО «Гимназия № 99 г. Гродно»", kind: .org, country: "BY",
                                                     parent: "by-grodno", known: false, smolensk: false))
        XCTAssertEqual(catalog.unknowns[grodno.id]?.spellings, ["ГУО «Гимназия № 99 г. Гродно»": 1, "ГУО «Гимназией № 99 г. Гродно»": 1])
        XCTAssertEqual(catalog.ancestors(of: grodno.id), ["by-grodno", "by-grodno-region", "by"])
        // An unknown body under a Smolensk place is Smolensk.
        let school = try XCTUnwrap(catalog.unknowns.keys.first { $0.hasSuffix("--ru-smolensk") })
        XCTAssertEqual(catalog.record(school)?.smolensk, true)
        XCTAssertEqual(catalog.record(school)?.country, "RU")
    }

    func testAddingAReportMergesWhatItSaw() throws {
        let report = try linked([HandReports.Row(place: "онлайн", goal: "г. Краснобродск", participants: "Представители")])
        var catalog = EntityCatalog(gazetteer: try TestGazetteer.shared(), reports: [report])
        catalog.add(report)
        XCTAssertEqual(catalog.unknowns["x-city-krasnobrodsk"]?.spellings, ["г. Краснобродск": 2])
    }

    func testRecordsWithTheirAncestorsSortedByID() throws {
        let catalog = EntityCatalog(gazetteer: try TestGazetteer.shared())
        XCTAssertEqual(catalog.records(for: ["by-vitebsk", "ru-smolensk"]).map(\.id), ["by", "by-vitebsk", "by-vitebsk-region", "ru", "ru-smolensk", "ru-smolensk-region"])
        XCTAssertEqual(catalog.records(for: ["by-vitebsk", "x-unknown"], includingAncestors: false).map(\.id), ["by-vitebsk"])
        XCTAssertEqual(catalog.records(for: []).map(\.id), [])
    }
}
