import Foundation
import XCTest
@testable import Entities

/// Gazetteer lines: which spellings need an `aka`, new blocks, ids by the convention, parents, the file.
final class GazetteerProposalTests: XCTestCase {
    func proposal() throws -> GazetteerProposal { GazetteerProposal(gazetteer: try TestGazetteer.shared()) }

    func testCoveredIsWhatTheLinkerWouldMatch() throws {
        let proposal = try proposal()
        XCTAssertTrue(proposal.isCovered("Гимназии № 146 г. Минска", by: ["Гимназия № 146 г. Минска"]), "case endings")
        XCTAssertTrue(proposal.isCovered("ГУО «Гимназия № 146» г. Минска", by: ["ГУО «Гимназия № 146 г. Минска»"]), "quotes")
        XCTAssertTrue(proposal.isCovered("МБОУ «СШ № 40» г. Смоленска", by: ["МБОУ «Средняя школа № 40» г. Смоленска"]), "a lexicon abbreviation")
        XCTAssertTrue(proposal.isCovered("Администрации г. Смоленска", by: ["Администрация города Смоленска"]), "г. = города")
        XCTAssertFalse(proposal.isCovered("Гимназии № 146 г. Минска", by: ["ГУО «Гимназия № 146 г. Минска»"]), "no legal form")
        XCTAssertFalse(proposal.isCovered("Гимназия № 14 г. Минска", by: ["Гимназия № 146 г. Минска"]))
        XCTAssertFalse(proposal.isCovered("ОАО «МАЗ»", by: []))
        XCTAssertTrue(proposal.isCovered("«»", by: []), "nothing to match")
    }

    func testAliasLinesForAKnownEntity() throws {
        let proposal = try proposal()
        let maz = try XCTUnwrap(proposal.gazetteer.entity(id: "by-maz"))
        XCTAssertEqual(proposal.aliasLines(for: maz, spellings: ["Минского автомобильного завода", "ОАО «МАЗ» г. Минска", "ОАО «МАЗ» г. Минск"]),
                       ["    aka ОАО «МАЗ» г. Минска"])
        XCTAssertEqual(proposal.aliasLines(for: maz, spellings: []), [])
    }

    func testNewEntityLines() throws {
        let proposal = try proposal()
        XCTAssertEqual(proposal.newEntityLines(id: "by-minsk-gimnaziya-146", canonical: "ГУО «Гимназия № 146 г. Минска»", parent: "by-minsk",
                                               spellings: ["ГУО «Гимназия № 146 г. Минска»", "ГУО «Гимназия № 146» г. Минска", "Гимназии № 146 г. Минска", "Гимназия № 146 г. Минска"]),
                       ["org by-minsk-gimnaziya-146 = ГУО «Гимназия № 146 г. Минска»", "    in by-minsk", "    aka Гимназии № 146 г. Минска"])
        XCTAssertEqual(proposal.newEntityLines(id: "org-stim", canonical: "ООО «СТиМ»", parent: nil, spellings: ["ООО «СТиМ»", "СТиМ"], nominative: true),
                       ["# No place is known for it: add 'in PARENT-ID' (the place or body it belongs to) and remove the '# '.",
                        "# org org-stim = ООО «СТиМ»", "#     aka СТиМ"])
        XCTAssertEqual(proposal.newEntityLines(id: "ru-pravitelstva", canonical: "Правительства Смоленской области", parent: "ru-smolensk-region",
                                               spellings: [], nominative: false).first,
                       "# The name is written as the reports have it, not in the nominative: put it in the nominative.")
    }

    func testIDsFollowTheConvention() throws {
        let proposal = try proposal()
        let normalizer = OrgNameNormalizer(gazetteer: proposal.gazetteer)
        XCTAssertEqual(proposal.makeID(name: normalizer.normalize("ГУО «Гимназия № 146 г. Минска»"), parent: "by-minsk", taken: []), "by-minsk-gimnaziya-146")
        XCTAssertEqual(proposal.makeID(name: normalizer.normalize("ГУО «Гимназия № 146 г. Минска»"), parent: "by-minsk", taken: ["by-minsk-gimnaziya-146"]),
                       "by-minsk-gimnaziya-146-2", "unique among the proposals")
        XCTAssertEqual(proposal.makeID(name: normalizer.normalize("Витебского областного исполнительного комитета"), parent: "by-vitebsk-region", taken: []),
                       "by-vitebsk-oblastnogo-ispolnitelnogo-komiteta", "the region suffix and the place's adjective go")
        XCTAssertEqual(proposal.makeID(name: normalizer.normalize("Совет Республики"), parent: "by", taken: []), "by-sovet-respubliki")
        XCTAssertEqual(proposal.makeID(name: normalizer.normalize("ООО «Триада»"), parent: nil, taken: []), "org-triada", "no country known")
        XCTAssertEqual(proposal.makeID(name: normalizer.normalize("МАЗ"), parent: "by-minsk", taken: []), "by-minsk-maz")
        let long = proposal.makeID(name: normalizer.normalize("Межпарламентская комиссия Совета Федерации Федерального Собрания по межрегиональному сотрудничеству"),
                                   parent: "ru", taken: [])
        XCTAssertLessThanOrEqual(long.count, 48, long)
        XCTAssertTrue(GazetteerParser.isValidID(long), long)
        // An id the gazetteer has is never proposed.
        XCTAssertNotEqual(proposal.makeID(name: normalizer.normalize("ОАО «МАЗ»"), parent: nil, taken: []), "by-maz")
    }

    func testParentFromPlacesLevelsAndContext() throws {
        let proposal = try proposal()
        let normalizer = OrgNameNormalizer(gazetteer: proposal.gazetteer)
        XCTAssertEqual(proposal.parent(of: [normalizer.normalize("Администрации Московского района г. Минска")]), "by-minsk-moskovsky-district",
                       "the deepest place")
        XCTAssertEqual(proposal.parent(of: [normalizer.normalize("Витебского областного исполнительного комитета", contextPlace: "by")]), "by-vitebsk-region",
                       "an adjective and a level word beat the context")
        XCTAssertEqual(proposal.parent(of: [normalizer.normalize("Мядельского районного исполнительного комитета")]), "by-myadel-district")
        XCTAssertEqual(proposal.parent(of: [normalizer.normalize("ГУ «Витебский социальный пансионат «На Двине»")]), "by-vitebsk", "no level: the city")
        XCTAssertEqual(proposal.parent(of: [normalizer.normalize("ООО «Лазертаг»", contextPlace: "ru-smolensk")]), "ru-smolensk", "the context")
        XCTAssertNil(proposal.parent(of: [normalizer.normalize("ООО «Лазертаг»")]))
    }

    func testFileLoadsAsAGazetteerFolder() throws {
        let gazetteer = try DeduplicatorTests.geographyGazetteer()
        let proposal = GazetteerProposal(gazetteer: gazetteer)
        let variants = ["МБОУ «СШ № 40» г. Смоленска", "МБОУ «Средняя школа № 40» г. Смоленска", "ООО «СТиМ»", "СТиМ",
                        "Правительства Смоленской области", "Правительством Смоленской области"]
            .enumerated().map { NameVariant(text: $1, entity: "x-org-\($0)", known: false) }
        let result = Deduplicator(gazetteer: gazetteer).run(variants: variants)
        XCTAssertEqual(result.groups.count, 3)
        let file = proposal.file(for: result.groups)
        XCTAssertTrue(file.hasPrefix("# Gazetteer lines proposed by 'linkgraph dedup'"))
        XCTAssertTrue(file.contains("\norg ru-smolensk-srednyaya-shkola-40 = МБОУ «Средняя школа № 40» г. Смоленска\n    in ru-smolensk\n"), file)
        XCTAssertTrue(file.contains("\n# org org-stim = ООО «СТиМ»\n"), file)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dedup-proposal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try file.write(to: folder.appendingPathComponent("dedup.txt"), atomically: true, encoding: .utf8)
        let loaded = try DeduplicatorTests.geographyGazetteer(with: folder.path)
        XCTAssertEqual(Set(loaded.entities.filter { $0.kind == .org }.map(\.id)), ["ru-smolensk-srednyaya-shkola-40", "ru-smolensk-pravitelstva"])
        XCTAssertTrue(proposal.file(for: []).contains("# Nothing to add"))
    }
}
