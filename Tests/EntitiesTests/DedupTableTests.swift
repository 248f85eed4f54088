import XCTest
@testable import Entities

/// The table people read.
final class DedupTableTests: XCTestCase {
    static func sample() -> DedupResult {
        let gymnasium = DedupGroup(
            id: "g-0123abcd", status: .proposed, splitFrom: nil, canonical: "ГУО «Гимназия № 146 г. Минска»", entity: nil,
            proposedID: "by-minsk-gimnaziya-146", legalForms: ["ГУО"], numbers: ["146"], places: ["by-minsk"],
            variants: [
                .init(text: "Гимназии № 146 г. Минска", entities: ["x-org-gimnaz-146--by-minsk"], known: false, key: "гимназ #146 @by-minsk",
                      legalForm: nil, count: 3, occurrences: [.init(source: "q4.txt", item: 18), .init(source: "q4.txt", item: 22), .init(source: "q1.txt", item: 3)]),
                .init(text: "ГУО «Гимназия № 146» г. Минска", entities: ["x-org-a", "x-org-b"], known: false, key: "гимназ #146 @by-minsk",
                      legalForm: "ГУО", count: 1, occurrences: [.init(source: "q1.txt", item: 3)]),
            ],
            reasons: [.init(kind: .key, variants: ["ГУО «Гимназия № 146» г. Минска", "Гимназии № 146 г. Минска"], score: 1,
                            detail: "same key «гимназ #146 @by-minsk» after: legal form ГУО set apart; case endings")],
            gazetteerLines: ["org by-minsk-gimnaziya-146 = ГУО «Гимназия № 146» г. Минска", "    in by-minsk", "    aka Гимназии № 146 г. Минска"])
        let maz = DedupGroup(
            id: "g-89abcdef", status: .accepted, splitFrom: "g-00000000", canonical: "ОАО «Минский автомобильный завод»", entity: "by-maz",
            proposedID: nil, legalForms: ["ОАО"], numbers: [], places: ["by-minsk"],
            variants: [
                .init(text: "ОАО «МАЗ»", entities: ["by-maz"], known: true, key: "маз @by-minsk", legalForm: "ОАО", count: 2, occurrences: [.init(source: "q2.txt", item: 2)]),
                .init(text: "МАЗ г. Минска", entities: ["x-org-maz--by-minsk"], known: false, key: "маз @by-minsk", legalForm: nil, count: 1,
                      occurrences: [.init(source: "q2.txt", item: 81)]),
            ],
            reasons: [.init(kind: .gazetteer, variants: ["ОАО «МАЗ»"], score: 1, detail: "1 of 2 variants are linked to by-maz by the gazetteer"),
                      .init(kind: .abbreviation, variants: ["ОАО «МАЗ»", "МАЗ г. Минска"], score: 0.95, detail: "similarity 0.95")],
            gazetteerLines: ["    aka МАЗ г. Минска"])
        return DedupResult(threshold: 0.85, sources: ["q4.txt", "q1.txt", "q2.txt"], mentionCount: 7, variantCount: 4, comparedPairs: 5,
                           groups: [gymnasium, maz], decisionsFile: "decisions.txt", accepted: ["g-89abcdef"], rejected: ["g-11111111"], split: ["g-00000000"],
                           warnings: [InputError(file: "decisions.txt", line: 4, message: "no group g-22222222 in this run")])
    }

    func testRendersGroupsVariantsReasonsAndLines() {
        let expected = """
        linkgraph dedup: 2 groups (1 proposed, 1 accepted) among 4 spellings of 7 organization mentions in 3 reports; threshold 0.85, 5 pairs compared
        decisions: decisions.txt: 1 accepted, 1 rejected (not shown), 1 split
        warning: decisions.txt:4: no group g-22222222 in this run

        g-0123abcd  proposed  ГУО «Гимназия № 146 г. Минска»  → new: by-minsk-gimnaziya-146
          3  Гимназии № 146 г. Минска        q1.txt 3; q4.txt 18, 22
          1  ГУО «Гимназия № 146» г. Минска  q1.txt 3  [x-org-a, x-org-b]
          why
            key               «ГУО «Гимназия № 146» г. Минска» = «Гимназии № 146 г. Минска»: same key «гимназ #146 @by-minsk» after: legal form ГУО set apart; case endings
          gazetteer: a new entity
          org by-minsk-gimnaziya-146 = ГУО «Гимназия № 146» г. Минска
              in by-minsk
              aka Гимназии № 146 г. Минска

        g-89abcdef  accepted  ОАО «Минский автомобильный завод»  → by-maz  (split from g-00000000)
          2  ОАО «МАЗ»      q2.txt 2
          1  МАЗ г. Минска  q2.txt 81  [not in the gazetteer: x-org-maz--by-minsk]
          why
            gazetteer         1 of 2 variants are linked to by-maz by the gazetteer
            abbreviation 0.95 «ОАО «МАЗ»» ~ «МАЗ г. Минска»: similarity 0.95
          gazetteer: add under by-maz
              aka МАЗ г. Минска

        """
        var result = Self.sample()
        result.groups[0].variants[0].occurrences.sort()
        XCTAssertEqual(DedupTable.render(result), expected)
    }

    func testNothingToAddAndNoDecisions() {
        var result = Self.sample()
        result.decisionsFile = nil
        result.warnings = []
        result.groups[1].gazetteerLines = []
        result.groups.removeFirst()
        let table = DedupTable.render(result)
        XCTAssertFalse(table.contains("decisions:"))
        XCTAssertTrue(table.contains("\n  gazetteer: nothing to add (every variant is linked to by-maz)\n"), table)
        XCTAssertTrue(DedupTable.render(DedupResult(threshold: 1, sources: ["a.txt"])).hasPrefix(
            "linkgraph dedup: 0 groups (0 proposed, 0 accepted) among 0 spellings of 0 organization mentions in 1 report; threshold 1, 0 pairs compared\n"))
    }
}
