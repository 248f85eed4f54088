import Foundation
import XCTest
@testable import Entities

/// The decisions file: its syntax, its errors with line numbers, and accept/reject/split applied on a
/// later run.
final class DedupDecisionsTests: XCTestCase {
    func testParsesDecisionsCommentsAndBlankLines() throws {
        let text = """
        # a comment
          # an indented comment

        accept g-0123abcd
        reject g-89abcdef   # wrong: two schools
        split g-00000000: Гимназия № 4 |  Гимназия № 4 г. Смоленска  | Гимназии № 4 г. Витебска\r
        """
        let decisions = try DedupDecisions.parse(text, file: "d.txt")
        XCTAssertEqual(decisions.file, "d.txt")
        XCTAssertEqual(decisions.entries, [
            .init(group: "g-0123abcd", action: .accept, line: 4),
            .init(group: "g-89abcdef", action: .reject, line: 5),
            .init(group: "g-00000000", action: .split(["Гимназия № 4", "Гимназия № 4 г. Смоленска", "Гимназии № 4 г. Витебска"]), line: 6),
        ])
        XCTAssertEqual(decisions.entry(for: "g-89abcdef")?.action, .reject)
        XCTAssertNil(decisions.entry(for: "g-11111111"))
        XCTAssertEqual(try DedupDecisions.parse("").entries, [])
        XCTAssertEqual(try DedupDecisions.parse(DedupDecisions.header).entries, [], "the header is all comments")
    }

    func testMalformedLinesAreErrorsWithTheirLine() {
        let cases: [(String, Int, String)] = [
            ("accept", 1, "'accept' needs a group id"),
            ("\n\nreject g-0123abcd g-89abcdef", 3, "'reject' takes one group id, got 'g-0123abcd g-89abcdef'"),
            ("accept 0123abcd", 1, "'0123abcd' is not a group id"),
            ("accept g-0123ABCD", 1, "'g-0123ABCD' is not a group id"),
            ("accept g-0123abc", 1, "'g-0123abc' is not a group id"),
            ("# ok\nAccept g-0123abcd", 2, "unknown decision 'Accept'"),
            ("merge g-0123abcd", 1, "unknown decision 'merge'"),
            (": g-0123abcd", 1, "a line must start with accept, reject or split"),
            ("split g-0123abcd Гимназия | Лицей", 1, "'split' needs a group id, a colon and the names to keep apart"),
            ("split g-0123abcd: Гимназия", 1, "'split' needs at least two names separated by '|'"),
            ("split g-0123abcd: Гимназия || Лицей", 1, "an empty name in 'split' (two '|' together, or one at an end)"),
            ("split g-0123abcd: Гимназия | ", 1, "an empty name in 'split' (two '|' together, or one at an end)"),
            ("split g-0123abcd: Лицей | Лицей", 1, "'split' lists a name twice"),
            ("split : Лицей | Гимназия", 1, "'split' needs a group id"),
            ("split nothing: Лицей | Гимназия", 1, "'nothing' is not a group id"),
            ("accept g-0123abcd\nreject g-0123abcd", 2, "g-0123abcd is already decided on line 1"),
        ]
        for (text, line, message) in cases {
            XCTAssertThrowsError(try DedupDecisions.parse(text, file: "decisions.txt"), text) { error in
                guard let input = error as? InputError else { return XCTFail("\(error)") }
                XCTAssertEqual(input.file, "decisions.txt", text)
                XCTAssertEqual(input.line, line, text)
                XCTAssertEqual(input.message, message, text)
                XCTAssertTrue(input.description.hasPrefix("decisions.txt:\(line): "), input.description)
            }
        }
    }

    func testLoadReadsAFileAndReportsAMissingOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dedup-decisions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("d.txt").path
        try "accept g-0123abcd\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try DedupDecisions.load(path: path).entries.map(\.group), ["g-0123abcd"])
        XCTAssertEqual(try DedupDecisions.load(path: path).file, path)
        XCTAssertThrowsError(try DedupDecisions.load(path: folder.appendingPathComponent("none.txt").path))
        try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try DedupDecisions.load(path: path)) { error in
            XCTAssertEqual((error as? InputError)?.message, "the decisions file is not UTF-8 text")
        }
    }

    func testGroupIDs() {
        XCTAssertTrue(DedupDecisions.isGroupID("g-0123abcd"))
        XCTAssertFalse(DedupDecisions.isGroupID("g-0123abcg"))
        XCTAssertFalse(DedupDecisions.isGroupID("G-0123abcd"))
        XCTAssertFalse(DedupDecisions.isGroupID("g-0123abcd0"))
    }

    // MARK: Round trip

    static let names = [
        "Администрация г. Смоленска", "Администрации города Смоленска",
        "МБОУ «СШ № 40» г. Смоленска", "МБОУ «Средняя школа № 40» г. Смоленска",
        "Гимназия № 146 г. Минска", "ГУО «Гимназия № 146 г. Минска»", "ГУО «Гимназия № 146» г. Минска",
        "ОАО «МАЗ»", "ОАО «Минский автомобильный завод»",
    ]

    func variants() -> [NameVariant] {
        Self.names.enumerated().map { NameVariant(text: $1, entity: "x-org-\($0)", known: false, count: 1,
                                                  occurrences: [.init(source: "r.txt", item: $0 + 1)]) }
    }

    func testAcceptRejectSplitRoundTrip() throws {
        let deduplicator = Deduplicator(gazetteer: try TestGazetteer.shared())
        let first = deduplicator.run(variants: variants())
        XCTAssertEqual(first.groups.count, 4)
        XCTAssertTrue(first.groups.allSatisfy { $0.status == .proposed })
        func group(_ name: String, in result: DedupResult) throws -> DedupGroup {
            try XCTUnwrap(result.groups.first { $0.variants.contains { $0.text == name } }, name)
        }
        let administration = try group("Администрация г. Смоленска", in: first)
        let school = try group("МБОУ «СШ № 40» г. Смоленска", in: first)
        let gymnasium = try group("Гимназия № 146 г. Минска", in: first)
        let maz = try group("ОАО «МАЗ»", in: first)

        // A new file lists every proposed group, commented out, under the syntax.
        let template = DedupDecisions.template(for: first.groups)
        XCTAssertTrue(template.hasPrefix(DedupDecisions.header))
        XCTAssertTrue(template.contains("# accept \(school.id)  # МБОУ «Средняя школа № 40» г. Смоленска (2 spellings)"), template)
        XCTAssertEqual(try DedupDecisions.parse(template).entries, [], "nothing decided until a line is uncommented")

        // People decide: accept the school, reject the company, split the gymnasium.
        var edited = template.replacingOccurrences(of: "# accept \(school.id)", with: "accept \(school.id)")
        edited = edited.replacingOccurrences(of: "# accept \(maz.id)", with: "reject \(maz.id)")
        edited += "split \(gymnasium.id): Гимназии № 146 г. Минска | ГУО «Гимназия № 146» г. Минска\n"
        edited += "accept g-00000000\n"
        let decisions = try DedupDecisions.parse(edited, file: "decisions.txt")
        XCTAssertEqual(decisions.entries.count, 4)

        let second = deduplicator.run(variants: variants(), decisions: decisions)
        XCTAssertEqual(second.decisionsFile, "decisions.txt")
        XCTAssertEqual(try group("МБОУ «СШ № 40» г. Смоленска", in: second).status, .accepted)
        XCTAssertEqual(try group("МБОУ «СШ № 40» г. Смоленска", in: second).id, school.id, "ids survive re-runs")
        XCTAssertEqual(try group("Администрация г. Смоленска", in: second).status, .proposed)
        XCTAssertEqual(try group("Администрация г. Смоленска", in: second).id, administration.id)
        XCTAssertFalse(second.groups.contains { $0.variants.contains { $0.text == "ОАО «МАЗ»" } }, "rejected: not proposed again")
        XCTAssertEqual(second.rejected, [maz.id])
        XCTAssertEqual(second.accepted, [school.id])
        XCTAssertEqual(second.split, [gymnasium.id])
        // The split: "Гимназии …" (any case of a spelling) names the spellings with its key but the one
        // listed on the other side; that one is left alone.
        let parts = second.groups.filter { $0.splitFrom == gymnasium.id }
        XCTAssertEqual(parts.map { $0.variants.map(\.text).sorted() }, [["ГУО «Гимназия № 146 г. Минска»", "Гимназия № 146 г. Минска"]])
        XCTAssertFalse(second.groups.contains { $0.variants.contains { $0.text == "ГУО «Гимназия № 146» г. Минска" } })
        XCTAssertEqual(second.warnings.map(\.description),
                       ["decisions.txt:\(edited.split(separator: "\n", omittingEmptySubsequences: false).count - 1): no group g-00000000 in this run: its names changed, or it is gone (the line is ignored; decide the group under its new id)"])

        // The same decisions give the same result again.
        let third = deduplicator.run(variants: variants().reversed(), decisions: decisions)
        XCTAssertEqual(third.groups, second.groups)
        XCTAssertEqual(DedupTable.render(third), DedupTable.render(second))
    }

    func testSplitKeepsEachSideWithItsEvidence() throws {
        let deduplicator = Deduplicator(gazetteer: try TestGazetteer.shared())
        let texts = ["Совет Федерации", "Совета Федерации", "Совет Республики", "Совета Республики"]
        // Known to the gazetteer as one entity (made up here): the gazetteer joins all four.
        let variants = texts.map { NameVariant(text: $0, entity: "by-council-of-republic", known: true) }
        let joined = deduplicator.run(variants: variants)
        XCTAssertEqual(joined.groups.count, 1)
        let decisions = try DedupDecisions.parse("split \(joined.groups[0].id): Совет Федерации | Совет Республики")
        let split = deduplicator.run(variants: variants, decisions: decisions)
        XCTAssertEqual(split.groups.map { $0.variants.map(\.text).sorted() }.sorted { $0[0] < $1[0] },
                       [["Совет Республики", "Совета Республики"], ["Совет Федерации", "Совета Федерации"]])
        XCTAssertTrue(split.groups.allSatisfy { $0.splitFrom == joined.groups[0].id })
        XCTAssertEqual(split.split, [joined.groups[0].id])
        XCTAssertTrue(split.warnings.isEmpty)
        // Decisions on the parts apply after the split.
        let partID = split.groups[0].id
        let more = try DedupDecisions.parse("split \(joined.groups[0].id): Совет Федерации | Совет Республики\naccept \(partID)")
        XCTAssertEqual(deduplicator.run(variants: variants, decisions: more).groups.first { $0.id == partID }?.status, .accepted)
    }

    func testSplitNamingNoVariantWarnsAndKeepsTheGroup() throws {
        let deduplicator = Deduplicator(gazetteer: try TestGazetteer.shared())
        let variants = ["Администрация г. Смоленска", "Администрации города Смоленска"].map { NameVariant(text: $0, entity: "x-\($0.count)", known: false) }
        let id = deduplicator.run(variants: variants).groups[0].id
        let decisions = try DedupDecisions.parse("\nsplit \(id): Администрация г. Смоленска | Лицей № 1", file: "d.txt")
        let result = deduplicator.run(variants: variants, decisions: decisions)
        XCTAssertEqual(result.groups.count, 1)
        XCTAssertEqual(result.groups[0].status, .proposed)
        XCTAssertEqual(result.warnings.map(\.description), ["d.txt:2: «Лицей № 1» is not a name of group \(id) (the group is shown unsplit)"])
    }
}
