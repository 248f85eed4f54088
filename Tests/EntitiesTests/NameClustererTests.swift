import XCTest
@testable import Entities

/// Clustering: what must merge, what must never, ambiguous names, the gazetteer's say, and that the
/// groups do not depend on input order.
final class NameClustererTests: XCTestCase {
    func normalizer() throws -> OrgNameNormalizer { try TestNormalizer.shared() }

    func units(_ texts: [String], known: [String: String] = [:], _ normalizer: OrgNameNormalizer) -> [NameClusterer.Unit] {
        texts.map { NameClusterer.Unit(name: normalizer.normalize($0), entity: known[$0]) }
    }

    /// The groups as sets of texts, sorted: comparable whatever the order of the units.
    func groups(_ texts: [String], known: [String: String] = [:], threshold: Double = Deduplicator.defaultThreshold,
                _ normalizer: OrgNameNormalizer) -> [[String]] {
        let units = units(texts, known: known, normalizer)
        let outcome = NameClusterer(threshold: threshold).run(units)
        return outcome.groups.map { $0.map { texts[$0] }.sorted() }.sorted { $0.joined(separator: "|") < $1.joined(separator: "|") }
    }

    func together(_ groups: [[String]], _ a: String, _ b: String) -> Bool { groups.contains { $0.contains(a) && $0.contains(b) } }

    func testMustMergeAndMustNotMerge() throws {
        let normalizer = try normalizer()
        let texts = [
            "МБОУ «СШ № 40» г. Смоленска", "МБОУ «Средняя школа № 40» г. Смоленска", "СШ № 4",
            "Гимназия № 146 г. Минска", "ГУО «Гимназия № 146 г. Минска»", "ГУО «Гимназия № 146» г. Минска",
            "Администрация г. Смоленска", "Администрация города Смоленска",
            "ОАО «МАЗ»", "ОАО «Минский автомобильный завод»",
            "ДМШ № 1 им. М.И. Глинки г. Смоленска", "МБУДО «ДМШ № 1 имени М.И. Глинки» г. Смоленска",
            "Гимназия № 4 г. Смоленска", "Гимназия № 4 г. Витебска",
            "Витебский район", "Витебск",
            "Могилевский городской исполнительный комитет", "Могилевский областной исполнительный комитет",
        ]
        let found = groups(texts, normalizer)
        XCTAssertTrue(together(found, texts[0], texts[1]))
        XCTAssertTrue(together(found, texts[3], texts[4]) && together(found, texts[4], texts[5]))
        XCTAssertTrue(together(found, texts[6], texts[7]))
        XCTAssertTrue(together(found, texts[8], texts[9]))
        XCTAssertTrue(together(found, texts[10], texts[11]))
        XCTAssertFalse(together(found, texts[0], texts[2]), "СШ № 40 / СШ № 4")
        XCTAssertFalse(together(found, texts[12], texts[13]), "Smolensk / Vitebsk")
        XCTAssertFalse(together(found, texts[14], texts[15]), "district / city")
        XCTAssertFalse(together(found, texts[16], texts[17]), "city / region committee")
        XCTAssertEqual(found.count, 12, "\(found)")
    }

    func testAmbiguousNameStaysAlone() throws {
        let normalizer = try normalizer()
        let texts = ["Гимназия № 4", "МБОУ «Гимназия № 4» г. Смоленска", "ГУО «Гимназия № 4 г. Витебска»"]
        let units = units(texts, normalizer)
        let outcome = NameClusterer(threshold: 0.85).run(units)
        XCTAssertEqual(outcome.groups.count, 3, "\(outcome.groups)")
        XCTAssertEqual(outcome.ambiguous, [0])
        // With only one of the cities, it joins it.
        XCTAssertEqual(groups(Array(texts.prefix(2)), normalizer).count, 1)
    }

    func testNoChainJoinsIncompatibleNames() throws {
        let normalizer = try normalizer()
        // A ~ B and B ~ C, but A and C are different bodies: B cannot bridge them.
        let texts = ["Гимназия № 4", "Гимназия № 4 г. Смоленска", "Гимназия № 4 г. Витебска", "Гимназии № 4 г. Витебска"]
        let found = groups(texts, normalizer)
        XCTAssertFalse(together(found, texts[1], texts[2]))
        XCTAssertTrue(together(found, texts[2], texts[3]))
    }

    func testTheGazetteerDecidesBetweenKnownNames() throws {
        let normalizer = try normalizer()
        // Two known clubs with one name: never one group.
        let clubs = ["Клуб золотого возраста", "Клуб золотого возраста "]
        let units = [NameClusterer.Unit(name: normalizer.normalize(clubs[0]), entity: "ru-rudnya-golden-age-club"),
                     NameClusterer.Unit(name: normalizer.normalize(clubs[1]), entity: "ru-yartsevo-golden-age-club")]
        XCTAssertEqual(NameClusterer(threshold: 0.85).run(units).groups.count, 2)
        // Names the gazetteer links to one entity group whatever their words.
        let maz = ["МАЗ", "ОАО «МАЗ» – управляющая компания холдинга «БЕЛАВТОМАЗ»"]
        let known = Dictionary(uniqueKeysWithValues: maz.map { ($0, "by-maz") })
        XCTAssertEqual(groups(maz, known: known, normalizer).count, 1)
        // An unknown name joins a known one by its words.
        XCTAssertEqual(groups(["ОАО «Минский автомобильный завод»", "Минского автомобильного завода"],
                              known: ["ОАО «Минский автомобильный завод»": "by-maz"], normalizer).count, 1)
    }

    func testCannotLinkKeepsNamesApart() throws {
        let normalizer = try normalizer()
        let texts = ["Администрация г. Смоленска", "Администрация города Смоленска", "Администрации г. Смоленска"]
        let units = units(texts, normalizer)
        XCTAssertEqual(NameClusterer(threshold: 0.85).run(units).groups, [[0, 1, 2]])
        let apart = NameClusterer(threshold: 0.85).run(units, cannotLink: [UnitPair(0, 1)])
        XCTAssertEqual(apart.groups, [[0], [1], [2]], "the third fits both sides equally: it stays alone")
        XCTAssertEqual(apart.ambiguous, [2])
        let sided = NameClusterer(threshold: 0.85).run(units, cannotLink: [UnitPair(0, 1), UnitPair(0, 2)])
        XCTAssertEqual(sided.groups, [[0], [1, 2]])
    }

    func testThresholdDecidesNearNames() throws {
        let normalizer = try normalizer()
        let texts = ["Мстиславского исполнительного комитета", "Мстиславский районный исполнительный комитет"]
        XCTAssertEqual(groups(texts, threshold: 0.85, normalizer).count, 2, "score 0.8")
        XCTAssertEqual(groups(texts, threshold: 0.8, normalizer).count, 1)
        XCTAssertEqual(groups(["МБОУ «СШ № 40» г. Смоленска", "Средняя школа № 40 г. Смоленска"], threshold: 1, normalizer).count, 1,
                       "the same key passes any threshold")
    }

    func testOrderIndependentAndDeterministic() throws {
        let normalizer = try normalizer()
        let pairs = try DeduplicatorTests.labelledPairs()
        let texts = Array(Set(pairs.flatMap { [$0.first, $0.second] })).sorted()
        let expected = groups(texts, normalizer)
        XCTAssertEqual(groups(texts, normalizer), expected, "the same input twice")
        var generator = SeededGenerator(seed: 2025)
        for round in 0..<5 {
            let shuffled = texts.shuffled(using: &generator)
            XCTAssertEqual(groups(shuffled, normalizer), expected, "shuffle \(round)")
        }
        XCTAssertEqual(groups(texts.reversed(), normalizer), expected, "reversed")
    }

    func testLinksAndUsedLinks() throws {
        let normalizer = try normalizer()
        let texts = ["ОАО «МАЗ»", "ОАО «Минский автомобильный завод»", "Гимназия № 146", "Гимназия № 146 г. Минска"]
        let clusterer = NameClusterer(threshold: 0.85)
        let (links, compared) = clusterer.links(units(texts, normalizer))
        XCTAssertEqual(compared, 2, "two number partitions of two names each")
        XCTAssertEqual(links.map(\.kind), [.abbreviation, .score])
        let outcome = clusterer.cluster(units(texts, normalizer), links: links)
        XCTAssertEqual(outcome.used.count, 2)
        XCTAssertEqual(outcome.groups, [[0, 1], [2, 3]])
    }
}

