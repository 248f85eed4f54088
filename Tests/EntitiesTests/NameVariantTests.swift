import XCTest
@testable import Entities

/// Collecting the organization mentions of linked reports into variants.
final class NameVariantTests: XCTestCase {
    func testCollectsOrganizationMentionsBySpellingAndEntity() throws {
        let gazetteer = try TestGazetteer.shared()
        let linked = try DeduplicatorTests.linkedExamples(gazetteer)
        let variants = NameVariant.collect(linked, gazetteer: gazetteer)
        let organizationMentions = linked.flatMap { $0.mentions.flatMap { $0 } }.filter { gazetteer.entity(id: $0.entityID)?.kind == .org }
        XCTAssertEqual(variants.reduce(0) { $0 + $1.count }, organizationMentions.count, "every organization mention, nothing else")
        XCTAssertTrue(zip(variants, variants.dropFirst()).allSatisfy { ($0.text, $0.entity) < ($1.text, $1.entity) }, "sorted, each once")
        XCTAssertFalse(variants.contains { $0.text.contains("\u{00A0}") || $0.text.contains("\n") || $0.text.contains("  ") }, "white space normalized")
        let administration = try XCTUnwrap(variants.first { $0.text == "Администрации города Смоленска" })
        XCTAssertEqual(administration.entity, "ru-smolensk-administration")
        XCTAssertTrue(administration.known)
        XCTAssertEqual(administration.count, 14)
        XCTAssertEqual(administration.contextPlace, "ru-smolensk", "the place the gazetteer puts it in")
        XCTAssertEqual(administration.occurrences, administration.occurrences.sorted())
        XCTAssertEqual(Set(administration.occurrences).count, administration.occurrences.count, "each item once")
        XCTAssertEqual(administration.occurrences.first, .init(source: ExampleReports.municipal2023Q4.path, item: 1))
        // One spelling linked to two entities is two variants.
        XCTAssertEqual(variants.filter { $0.text == "Клуб золотого возраста" }.map(\.entity), ["ru-rudnya-golden-age-club", "ru-yartsevo-golden-age-club"])
    }

    func testUnknownEntitiesTakeTheLinkersParentAsContext() throws {
        let gazetteer = try DeduplicatorTests.geographyGazetteer()
        let variants = NameVariant.collect(try DeduplicatorTests.linkedExamples(gazetteer), gazetteer: gazetteer)
        XCTAssertTrue(variants.allSatisfy { !$0.known && $0.entity.hasPrefix("x-org-") })
        let school = try XCTUnwrap(variants.first { $0.text == "МБОУ «СШ № 40» г. Смоленска" })
        XCTAssertEqual(school.contextPlace, "ru-smolensk")
        XCTAssertTrue(school.entity.hasSuffix("--ru-smolensk"), school.entity)
    }

    func testOccurrenceOrder() {
        XCTAssertLessThan(NameVariant.Occurrence(source: "a.txt", item: 10), NameVariant.Occurrence(source: "b.txt", item: 1))
        XCTAssertLessThan(NameVariant.Occurrence(source: "a.txt", item: 2), NameVariant.Occurrence(source: "a.txt", item: 10))
    }
}
