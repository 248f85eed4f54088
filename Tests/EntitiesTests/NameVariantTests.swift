import XCTest
@testable import Entities

/// Collecting the organization mentions of linked reports into variants.
final class NameVariantTests: XCTestCase {
    func testCollectsOrganizationMentionsBySpellingAndEntity() throws {
        let gazetteer = try TestGazetteer.shared()
        let linked = try DeduplicatorTests.linkedExamples(gazetteer)
        let variants = NameVariant.collect(linked, gazetteer: gazetteer)
        let organizationMentions = linked.flatMap { report in
            report.mentions.flatMap { $0 }.filter { gazetteer.entity(id: $0.entityID)?.kind == .org || report.unknowns[$0.entityID]?.kind == .org }
        }
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
    }

    func testOneSpellingLinkedToTwoEntitiesIsTwoVariants() throws {
        let gazetteer = try TestGazetteer.shared()
        var linked = try DeduplicatorTests.linkedExamples(gazetteer)
        let item = try XCTUnwrap(linked[0].items.firstIndex { $0.mentions.contains { $0.entityID == "ru-smolensk-administration" } })
        var other = try XCTUnwrap(linked[0].items[item].mentions.first { $0.entityID == "ru-smolensk-administration" })
        other.entityID = "ru-pskov-administration"
        linked[0].items[item].mentions.append(other)
        let variants = NameVariant.collect(linked, gazetteer: gazetteer).filter { $0.text == other.text }
        XCTAssertEqual(variants.map(\.entity), ["ru-pskov-administration", "ru-smolensk-administration"])
        XCTAssertEqual(variants.map(\.count), [1, variants[1].count])
        XCTAssertEqual(variants[0].contextPlace, "ru-pskov")
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

    func testReportsReducedOneByOneAndMergedGiveTheSameVariants() throws {
        let gazetteer = try TestGazetteer.shared()
        let linker = Linker(gazetteer: gazetteer)
        let linked = try DeduplicatorTests.linkedExamples(gazetteer)
        var merged = NameVariantTable(gazetteer: gazetteer)
        for report in linked { merged.add(NameVariantTable(linking: report.report, linker: linker)) }
        let expected = NameVariant.collect(linked, gazetteer: gazetteer)
        XCTAssertGreaterThan(expected.filter { $0.occurrences.map(\.source).count > 1 && Set($0.occurrences.map(\.source)).count > 1 }.count, 0,
                             "some names stand in several reports, so merging is tried")
        XCTAssertEqual(merged.variants, expected)
    }

    func testSpellingsEqualAsStringsAreOneVariant() throws {
        let gazetteer = try TestGazetteer.shared()
        let id = "ru-smolensk-administration"
        func mention(_ text: String) -> Mention {
            Mention(text: text, field: .name, start: 0, end: text.utf8.count, fieldStart: 0, fieldEnd: text.utf8.count, entityID: id)
        }
        let composed = "Администрация «Йошкар-Олы»", decomposed = "Администрация «И\u{306}ошкар-Олы»"
        var first = NameVariantTable(gazetteer: gazetteer)
        first.add(mention(composed), unknown: nil, source: "b.txt", item: 2)
        first.add(mention(decomposed), unknown: nil, source: "b.txt", item: 2)
        first.add(mention(decomposed), unknown: nil, source: "b.txt", item: 1)
        var second = NameVariantTable(gazetteer: gazetteer)
        second.add(mention(decomposed), unknown: nil, source: "a.txt", item: 5)
        second.add(mention(composed), unknown: nil, source: "b.txt", item: 1)
        first.add(second)
        let variants = first.variants
        XCTAssertEqual(variants.count, 1, "one String, one variant")
        XCTAssertTrue(variants[0].text.utf8.elementsEqual(composed.utf8), "spelled as first met")
        XCTAssertEqual(variants[0].count, 5)
        XCTAssertEqual(variants[0].occurrences, [.init(source: "a.txt", item: 5), .init(source: "b.txt", item: 1), .init(source: "b.txt", item: 2)])
    }
}
