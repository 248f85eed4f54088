import Foundation
import XCTest
@testable import Entities

/// The whole `dedup` run: variants from linked reports, the labelled pairs' precision and recall,
/// decisions, canonical names and gazetteer lines.
final class DeduplicatorTests: XCTestCase {
    // MARK: Gazetteers

    /// The shipped gazetteer's geography and lexicon without its organizations and people: every
    /// organization of the examples is then unknown, as in reports the gazetteer has not caught up with.
    static func geographyGazetteer() throws -> Gazetteer {
        try geography.withLock { cached in
            if let cached { return cached }
            let gazetteer = try GazetteerSubset.load(from: TestPaths.gazetteer, dropping: GazetteerSubset.organizationsAndPeople)
            cached = gazetteer
            return gazetteer
        }
    }

    private static let geography = Locked<Gazetteer?>(nil)

    /// The four example reports linked with `gazetteer`.
    static func linkedExamples(_ gazetteer: Gazetteer) throws -> [LinkedReport] {
        let linker = Linker(gazetteer: gazetteer)
        return try ExampleReports.all.map { linker.link(try ExampleReports.read($0)) }
    }

    // MARK: Labelled pairs

    struct LabelledPair {
        let first: String
        let second: String
        let same: Bool
        let line: Int
    }

    static func labelledPairs() throws -> [LabelledPair] {
        let url = TestPaths.root.appendingPathComponent("Tests/Dedup/pairs.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var pairs: [LabelledPair] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, fields[2] == "same" || fields[2] == "different" else {
                XCTFail("pairs.tsv:\(offset + 1): expected name1<TAB>name2<TAB>same|different, got «\(line)»")
                continue
            }
            pairs.append(LabelledPair(first: fields[0], second: fields[1], same: fields[2] == "same", line: offset + 1))
        }
        return pairs
    }

    /// Precision and recall of "same body" over the pairs, given which names ended in one group.
    static func measure(_ pairs: [LabelledPair], together: (String, String) -> Bool, label: String) -> (precision: Double, recall: Double) {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for pair in pairs {
            let predicted = together(pair.first, pair.second)
            switch (predicted, pair.same) {
            case (true, true): truePositives += 1
            case (true, false):
                falsePositives += 1
                print("  \(label): false merge (pairs.tsv:\(pair.line)): «\(pair.first)» / «\(pair.second)»")
            case (false, true):
                falseNegatives += 1
                print("  \(label): missed (pairs.tsv:\(pair.line)): «\(pair.first)» / «\(pair.second)»")
            case (false, false): break
            }
        }
        let precision = truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        let recall = truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        print(String(format: "dedup on %d labelled pairs (%@): precision %.3f, recall %.3f (%d merged right, %d merged wrong, %d missed)",
                     pairs.count, label, precision, recall, truePositives, falsePositives, falseNegatives))
        return (precision, recall)
    }

    /// Every name of the pairs clustered at once, as `dedup` would; which names ended in one group.
    static func groupOf(_ variants: [NameVariant], gazetteer: Gazetteer) -> [String: String] {
        let result = Deduplicator(gazetteer: gazetteer).run(variants: variants)
        var group: [String: String] = [:]
        for found in result.groups { for variant in found.variants { group[variant.text] = found.id } }
        return group
    }

    func testLabelledPairsPrecisionAndRecallFromNamesAlone() throws {
        let pairs = try Self.labelledPairs()
        XCTAssertGreaterThanOrEqual(pairs.count, 80)
        XCTAssertGreaterThanOrEqual(pairs.filter(\.same).count, 30)
        XCTAssertGreaterThanOrEqual(pairs.filter { !$0.same }.count, 30)
        let gazetteer = try TestGazetteer.shared()
        // Names alone: the gazetteer gives places and the lexicon, never an organization's identity.
        let names = Set(pairs.flatMap { [$0.first, $0.second] }).sorted()
        let variants = names.enumerated().map { NameVariant(text: $1, entity: "x-org-\($0)", known: false) }
        let group = Self.groupOf(variants, gazetteer: gazetteer)
        let score = Self.measure(pairs, together: { a, b in group[a] != nil && group[a] == group[b] }, label: "names alone")
        XCTAssertGreaterThanOrEqual(score.precision, 0.95)
        XCTAssertGreaterThanOrEqual(score.recall, 0.95)
    }

    func testLabelledPairsPrecisionAndRecallWithTheGazetteer() throws {
        let pairs = try Self.labelledPairs()
        let gazetteer = try TestGazetteer.shared()
        let linker = Linker(gazetteer: gazetteer)
        // Each name linked as the linker would in a report: a known organization when one covers it whole.
        let names = Set(pairs.flatMap { [$0.first, $0.second] }).sorted()
        let variants = names.enumerated().map { index, name -> NameVariant in
            if let entity = Self.wholeNameEntity(name, linker: linker) { return NameVariant(text: name, entity: entity, known: true) }
            return NameVariant(text: name, entity: "x-org-\(index)", known: false)
        }
        XCTAssertGreaterThan(variants.filter(\.known).count, names.count / 2, "most names of the pairs are in the gazetteer")
        let group = Self.groupOf(variants, gazetteer: gazetteer)
        let score = Self.measure(pairs, together: { a, b in group[a] != nil && group[a] == group[b] }, label: "with the gazetteer")
        XCTAssertGreaterThanOrEqual(score.precision, 0.95)
        XCTAssertGreaterThanOrEqual(score.recall, 0.95)
    }

    /// The known organization the linker finds over the whole name, if exactly one.
    static func wholeNameEntity(_ name: String, linker: Linker) -> String? {
        let tokens = Tokenizer.tokenize(name)
        let content = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
        guard let first = content.first, let last = content.last else { return nil }
        let spans = linker.spansIn(tokens)
        guard spans.count == 1, let span = spans.first, span.source == .gazetteer, span.entities.count == 1,
              span.start <= first, span.end > last else { return nil }
        let entity = linker.gazetteer.entities[span.entities[0]]
        return entity.kind == .org ? entity.id : nil
    }

    // MARK: The example reports

    func group(_ spelling: String, in result: DedupResult, file: StaticString = #filePath, line: UInt = #line) throws -> DedupGroup {
        try XCTUnwrap(result.groups.first { $0.variants.contains { $0.text == spelling } }, "no group has «\(spelling)»", file: file, line: line)
    }

    func testExamplesWithTheShippedGazetteer() throws {
        let gazetteer = try TestGazetteer.shared()
        let result = Deduplicator(gazetteer: gazetteer).run(try Self.linkedExamples(gazetteer))
        print("dedup on the examples (shipped gazetteer): \(result.groups.count) groups, \(result.variantCount) spellings, \(result.comparedPairs) pairs compared")
        XCTAssertEqual(result.sources.count, 4)
        XCTAssertGreaterThanOrEqual(result.groups.count, 25, "31 when written; the linker decides the spellings")
        XCTAssertLessThan(result.comparedPairs, result.variantCount * (result.variantCount - 1) / 20, "blocking")
        XCTAssertTrue(result.groups.allSatisfy { $0.variants.count >= 2 || $0.variants.contains { $0.entities.count >= 2 } })
        XCTAssertEqual(Set(result.groups.map(\.id)).count, result.groups.count, "ids are unique")
        XCTAssertEqual(result.groups.map { $0.canonical.lowercased() }, result.groups.map { $0.canonical.lowercased() }.sorted(), "sorted")

        let administration = try group("Администрации г. Смоленска", in: result)
        XCTAssertEqual(administration.entity, "ru-smolensk-administration")
        XCTAssertEqual(administration.canonical, "Администрация города Смоленска", "the gazetteer's name")
        XCTAssertEqual(Set(administration.variants.map(\.text)), ["Администрации г. Смоленска", "Администрации города Смоленска",
                                                                   "Администрация города Смоленска", "Администрацией города Смоленска"])
        XCTAssertEqual(administration.variants.first?.text, "Администрации города Смоленска", "most mentioned first")
        XCTAssertEqual(administration.variants.first?.count, 14)
        XCTAssertEqual(administration.reasons.map(\.kind), [.gazetteer, .key])
        XCTAssertTrue(administration.gazetteerLines.isEmpty, "every variant is linked already")

        let gymnasium = try group("Гимназии № 146 г. Минска", in: result)
        XCTAssertEqual(Set(gymnasium.variants.map(\.text)), ["Гимназии № 146 г. Минска", "ГУО «Гимназия № 146 г. Минска»", "ГУО «Гимназия № 146» г. Минска"])
        XCTAssertEqual(gymnasium.numbers, ["146"])
        XCTAssertEqual(gymnasium.places, ["by-minsk"])
        XCTAssertEqual(gymnasium.legalForms, ["ГУО"])
        let maz = try group("ОАО «МАЗ»", in: result)
        XCTAssertEqual(maz.entity, "by-maz")
        XCTAssertTrue(maz.reasons.contains { $0.kind == .abbreviation && $0.detail.contains("МАЗ = минский автомобильный завод") }, "\(maz.reasons)")
        let school = try group("МБОУ «СШ № 40» г. Смоленска", in: result)
        XCTAssertTrue(school.variants.contains { $0.text == "МБОУ «Средняя школа № 40» г. Смоленска" })
        XCTAssertTrue(school.reasons.contains { $0.kind == .key && $0.detail.contains("СШ = средняя школа") }, "\(school.reasons)")
        let music = try group("ДМШ № 1 им. М.И. Глинки г. Смоленска", in: result)
        XCTAssertTrue(music.variants.contains { $0.text == "МБУДО «ДМШ № 1 имени М.И. Глинки» г. Смоленска" })
        // Different bodies that look alike stay apart.
        XCTAssertNil(result.groups.first { $0.variants.contains { $0.text.contains("Гимназия № 4 г. Витебска") } })
        XCTAssertNil(result.groups.first { group in group.variants.contains { $0.text.hasPrefix("Могилевского городского") } })
    }

    func testExamplesWithoutTheGazetteersOrganizations() throws {
        let gazetteer = try Self.geographyGazetteer()
        let linked = try Self.linkedExamples(gazetteer)
        let result = Deduplicator(gazetteer: gazetteer).run(linked)
        print("dedup on the examples (geography only): \(result.groups.count) groups, \(result.variantCount) spellings")
        XCTAssertTrue(result.groups.allSatisfy { $0.entity == nil })
        let school = try group("МБОУ «СШ № 40» г. Смоленска", in: result)
        XCTAssertEqual(Set(school.variants.map(\.text)), ["МБОУ «СШ № 40» г. Смоленска", "МБОУ «Средняя школа № 40» г. Смоленска"])
        XCTAssertEqual(school.canonical, "МБОУ «Средняя школа № 40» г. Смоленска", "the most complete spelling")
        XCTAssertEqual(school.gazetteerLines, ["org ru-smolensk-srednyaya-shkola-40 = МБОУ «Средняя школа № 40» г. Смоленска", "    in ru-smolensk"],
                       "the abbreviation is matched without an aka")
        let gymnasium = try group("Гимназии № 146 г. Минска", in: result)
        XCTAssertEqual(Set(gymnasium.variants.map(\.text)), ["Гимназии № 146 г. Минска", "ГУО «Гимназия № 146 г. Минска»", "ГУО «Гимназия № 146» г. Минска"])
        XCTAssertEqual(gymnasium.gazetteerLines, ["org by-minsk-gimnaziya-146 = ГУО «Гимназия № 146 г. Минска»", "    in by-minsk",
                                                  "    aka Гимназии № 146 г. Минска"])
        let administration = try group("Администрации г. Смоленска", in: result)
        XCTAssertEqual(administration.canonical, "Администрация города Смоленска", "a nominative first")
        let maz = try group("ОАО «МАЗ»", in: result)
        XCTAssertTrue(maz.variants.contains { $0.text == "ОАО «Минский автомобильный завод»" })

        // No group holds two names with a hard constraint between them.
        let normalizer = OrgNameNormalizer(gazetteer: gazetteer)
        for found in result.groups {
            let names = found.variants.map { normalizer.normalize($0.text) }
            for a in names { for b in names { XCTAssertNil(NameComparer().conflict(a, b), "\(found.id): «\(a.text)» / «\(b.text)»") } }
        }
        // The gazetteer lines load, on top of the geography.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dedup-emitted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try GazetteerProposal(gazetteer: gazetteer).file(for: result.groups).write(to: folder.appendingPathComponent("dedup.txt"), atomically: true, encoding: .utf8)
        let extended = try Self.geographyGazetteer(with: folder.path)
        XCTAssertEqual(extended.entities.filter { $0.kind == .org }.count, result.groups.filter { $0.gazetteerLines.contains { $0.hasPrefix("org ") } }.count)
        // Linked again with them, the grouped names are known.
        let relinked = Deduplicator(gazetteer: extended).run(try Self.linkedExamples(extended))
        XCTAssertEqual(try group("МБОУ «СШ № 40» г. Смоленска", in: relinked).entity, "ru-smolensk-srednyaya-shkola-40")
        XCTAssertEqual(try group("Гимназии № 146 г. Минска", in: relinked).entity, "by-minsk-gimnaziya-146")
    }

    /// The geography gazetteer loaded together with the folder `extra`.
    static func geographyGazetteer(with extra: String) throws -> Gazetteer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dedup-geography-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try GazetteerSubset.write(from: TestPaths.gazetteer, to: folder.path, dropping: GazetteerSubset.organizationsAndPeople)
        return try Gazetteer.load(directories: [folder.path, extra])
    }

    func testDeterministicAndIndependentOfInputOrder() throws {
        let gazetteer = try Self.geographyGazetteer()
        let linked = try Self.linkedExamples(gazetteer)
        let deduplicator = Deduplicator(gazetteer: gazetteer)
        let forward = deduplicator.run(linked)
        let again = deduplicator.run(linked)
        XCTAssertEqual(DedupJSON.document(forward).serialized(indent: 2), DedupJSON.document(again).serialized(indent: 2))
        let variants = NameVariant.collect(linked, gazetteer: gazetteer)
        var generator = SeededGenerator(seed: 7)
        let shuffled = deduplicator.run(variants: variants.shuffled(using: &generator))
        XCTAssertEqual(shuffled.groups, forward.groups)
        let reversedReports = deduplicator.run(linked.reversed())
        XCTAssertEqual(reversedReports.groups, forward.groups, "report order does not matter either")
        for jobs in [2, 3] {
            let parallel = Deduplicator(gazetteer: gazetteer, jobs: jobs).run(linked)
            XCTAssertEqual(DedupJSON.document(parallel).serialized(indent: 2), DedupJSON.document(forward).serialized(indent: 2),
                           "the same with \(jobs) jobs")
        }
    }

    func testKnownEntityGetsAliasesForUnknownNamesItJoins() throws {
        let gazetteer = try TestGazetteer.shared()
        let variants = [
            NameVariant(text: "ОАО «МАЗ»", entity: "by-maz", known: true, contextPlace: "by-minsk", count: 3),
            NameVariant(text: "ОАО «Минский автомобильный завод»", entity: "by-maz", known: true, contextPlace: "by-minsk"),
            NameVariant(text: "ОАО «МАЗ» г. Минска", entity: "x-org-maz--by-minsk", known: false, contextPlace: "by-minsk", count: 2),
            NameVariant(text: "ОАО «МАЗ» г. Минск", entity: "x-org-maz-2--by-minsk", known: false, contextPlace: "by-minsk"),
            NameVariant(text: "Минского автомобильного завода", entity: "x-org-minsk-avto-zavod", known: false),
        ]
        let result = Deduplicator(gazetteer: gazetteer).run(variants: variants)
        XCTAssertEqual(result.groups.count, 1)
        let maz = result.groups[0]
        XCTAssertEqual(maz.entity, "by-maz")
        XCTAssertEqual(maz.canonical, "ОАО «Минский автомобильный завод»")
        XCTAssertEqual(maz.gazetteerLines, ["    aka ОАО «МАЗ» г. Минска"],
                       "one line covers both cases of the new spelling; the gazetteer already has «Минский автомобильный завод»")
        XCTAssertEqual(maz.reasons.first?.detail, "2 of 5 variants are linked to by-maz by the gazetteer")
        let file = GazetteerProposal(gazetteer: gazetteer).file(for: result.groups)
        XCTAssertTrue(file.contains("names for by-maz «ОАО «Минский автомобильный завод»» (organizations-foreign.txt:"), file)
        XCTAssertTrue(file.contains("\n#    aka ОАО «МАЗ» г. Минска\n"), file)
    }

    func testEmptyInput() throws {
        let result = Deduplicator(gazetteer: try TestGazetteer.shared()).run([])
        XCTAssertTrue(result.groups.isEmpty)
        XCTAssertEqual(result.mentionCount, 0)
        XCTAssertEqual(result.comparedPairs, 0)
        XCTAssertEqual(Deduplicator.defaultThreshold, 0.85)
    }
}
