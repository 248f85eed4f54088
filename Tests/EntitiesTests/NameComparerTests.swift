import XCTest
@testable import Entities

/// Comparing two names: the hard constraints that make different bodies, the key, the score.
final class NameComparerTests: XCTestCase {
    let comparer = NameComparer()

    func normalizer() throws -> OrgNameNormalizer { OrgNameNormalizer(gazetteer: try TestGazetteer.shared()) }

    func verdict(_ a: String, _ b: String, _ normalizer: OrgNameNormalizer) -> NameComparer.Verdict {
        comparer.compare(normalizer.normalize(a), normalizer.normalize(b))
    }

    func score(_ a: String, _ b: String, _ normalizer: OrgNameNormalizer, file: StaticString = #filePath, line: UInt = #line) -> Double? {
        guard case .match(let match) = verdict(a, b, normalizer) else { return nil }
        return match.score
    }

    func conflict(_ a: String, _ b: String, _ normalizer: OrgNameNormalizer) -> String? {
        guard case .conflict(let why) = verdict(a, b, normalizer) else { return nil }
        return why
    }

    func testHardConstraints() throws {
        let normalizer = try normalizer()
        XCTAssertEqual(conflict("СШ № 40", "СШ № 4", normalizer), "numbers differ: № 40 ≠ № 4")
        XCTAssertEqual(conflict("Гимназия № 4", "Гимназия", normalizer), "numbers differ: № 4 ≠ none", "a number on one side only")
        XCTAssertEqual(conflict("Гимназия № 4 г. Смоленска", "Гимназия № 4 г. Витебска", normalizer), "places differ: ru-smolensk ≠ by-vitebsk")
        XCTAssertEqual(conflict("Витебский район", "Витебск", normalizer), "places differ: by-vitebsk-district ≠ by-vitebsk")
        XCTAssertEqual(conflict("Администрации Московского района г. Минска", "Администрации города Минска", normalizer),
                       "places differ: by-minsk-moskovsky-district ≠ by-minsk", "a district of a city is not the city")
        XCTAssertEqual(conflict("Могилевский городской исполнительный комитет", "Могилевский областной исполнительный комитет", normalizer),
                       "levels differ: городской ≠ областной")
        XCTAssertEqual(conflict("Витебский горисполком", "Витебский облисполком", normalizer), "levels differ: городской ≠ областной")
        XCTAssertEqual(conflict("ГК «СТиМ»", "ООО «СТиМ»", normalizer), "legal forms of different kinds: ГК (group) ≠ ООО (company)")
        XCTAssertNil(conflict("ОАО «МАЗ»", "ПАО «МАЗ»", normalizer), "two company forms: a renamed company")
        XCTAssertNil(conflict("Гимназия № 146", "Гимназия № 146 г. Минска", normalizer), "a place on one side only is no conflict")
        XCTAssertNil(conflict("Мстиславского исполнительного комитета", "Мстиславский районный исполнительный комитет", normalizer),
                     "a level on one side only is no conflict")
    }

    func testSameKeyScoresOne() throws {
        let normalizer = try normalizer()
        guard case .match(let match) = verdict("МБОУ «СШ № 40» г. Смоленска", "МБОУ «Средняя школа № 40» г. Смоленска", normalizer) else {
            return XCTFail("no match")
        }
        XCTAssertEqual(match.kind, .key)
        XCTAssertEqual(match.score, 1)
        XCTAssertEqual(match.detail, "same key «средн школ #40 @ru-smolensk»")
    }

    func testUnderspecifiedNamesAreUnrelated() throws {
        let normalizer = try normalizer()
        XCTAssertEqual(verdict("Народный коллектив", "Народный коллектив", normalizer), .unrelated, "the same words, maybe not the same body")
        XCTAssertEqual(verdict("Детской музыкальной школы", "Детская музыкальная школа искусств", normalizer), .unrelated)
        XCTAssertEqual(verdict("Витебский район", "Администрация", normalizer), .unrelated)
    }

    func testPlaceOnOneSideCostsALittle() throws {
        let normalizer = try normalizer()
        XCTAssertEqual(score("Гимназия № 146", "Гимназия № 146 г. Минска", normalizer) ?? 0, NameComparer.onePlacePenalty, accuracy: 1e-9)
        // An adjective made from the place stands for it: no penalty.
        let lyuchenok = score("Могилевской детской школы искусств № 1 имени И.М. Лученка", "Детская школа искусств № 1 имени И.М. Лученка г. Могилева", normalizer)
        XCTAssertEqual(lyuchenok ?? 0, 1, accuracy: 1e-9)
    }

    func testWordSimilarity() throws {
        let normalizer = try normalizer()
        // Jaccard over weighted words: 2 of 2.5 words on one side shared.
        let mstislavl = score("Мстиславского исполнительного комитета", "Мстиславский районный исполнительный комитет", normalizer) ?? 0
        XCTAssertEqual(mstislavl, 0.8, accuracy: 1e-9)
        let ministries = score("Министерство культуры и туризма Смоленской области", "Министерство культуры Смоленской области", normalizer) ?? 0
        XCTAssertLessThan(ministries, Deduplicator.defaultThreshold, "a word more is another ministry")
        let centres = score("СОГБУ «Рославльский комплексный центр социального обслуживания населения»",
                            "СОГБУ «Руднянский комплексный центр социального обслуживания населения»", normalizer) ?? 0
        XCTAssertLessThan(centres, 0.7, "the towns make the names")
        XCTAssertEqual(verdict("Министерство культуры", "Министерство спорта", normalizer), .unrelated, "культура is a generic word")
        guard case .match(let match) = verdict("Министерство культуры Смоленской области", "Министерство спорта Смоленской области", normalizer) else {
            return XCTFail()
        }
        XCTAssertEqual(match.kind, .score)
        XCTAssertEqual(match.detail, "similarity \(NameComparer.format(match.score)) (only in the first: культуры; only in the second: спорта)")
    }

    func testAbbreviationsOfInitials() throws {
        let normalizer = try normalizer()
        guard case .match(let maz) = verdict("ОАО «МАЗ»", "ОАО «Минский автомобильный завод»", normalizer) else { return XCTFail() }
        XCTAssertEqual(maz.kind, .abbreviation)
        XCTAssertEqual(maz.score, 1)
        XCTAssertEqual(maz.detail, "similarity 1 (МАЗ = минский автомобильный завод)")
        XCTAssertEqual(score("ООО «СТиМ»", "ООО «СТРОИТЕЛЬНАЯ ТЕХНИКА и МАТЕРИАЛЫ»", normalizer), 1, "initials with the conjunction")
        XCTAssertEqual(score("РАЕН", "Российской академии естественных наук", normalizer), 1)
        XCTAssertEqual(score("МАПГ", "Международная ассоциация «Породненные города»", normalizer), 1)
        XCTAssertEqual(score("АНО «ЦПП Смоленской области»", "АНО «Центр поддержки предпринимательства Смоленской области»", normalizer), 1,
                       "an abbreviation of part of the name")
        XCTAssertLessThan(score("ОАО «МАЗ»", "ОАО «Минский завод колесных тягачей»", normalizer) ?? 0, 0.5)
        XCTAssertLessThan(score("МАПГ", "БОПГ", normalizer) ?? 0, 0.5)
    }

    func testNearSpellings() throws {
        XCTAssertTrue(NameComparer.oneEditApart("лученка", "лучонка"))
        XCTAssertTrue(NameComparer.oneEditApart("могилевлифтмаш", "могилевлифмаш"))
        XCTAssertTrue(NameComparer.oneEditApart("abc", "abcd"))
        XCTAssertFalse(NameComparer.oneEditApart("abc", "abc"))
        XCTAssertFalse(NameComparer.oneEditApart("abcd", "abdc"))
        XCTAssertFalse(NameComparer.oneEditApart("ab", "abcd"))
        let normalizer = try normalizer()
        let typo = score("ОАО «Могилевлифтмаш»", "ОАО «Могилевлифмаш»", normalizer) ?? 0
        XCTAssertEqual(typo, 0.9 / 1.1, accuracy: 1e-9, "one word, 0.9 credit")
    }

    func testSymmetric() throws {
        let normalizer = try normalizer()
        let names = ["ОАО «МАЗ»", "ОАО «Минский автомобильный завод»", "Гимназия № 146", "Гимназия № 146 г. Минска", "Смоленская ТПП",
                     "Торгово-промышленной палаты Республики Перу", "Могилевской детской школы искусств № 1", "Детская школа искусств № 1 г. Могилева"]
        for a in names {
            for b in names {
                let forward = verdict(a, b, normalizer), backward = verdict(b, a, normalizer)
                switch (forward, backward) {
                case (.match(let x), .match(let y)): XCTAssertEqual(x.score, y.score, accuracy: 1e-9, "«\(a)» / «\(b)»")
                case (.conflict, .conflict), (.unrelated, .unrelated): break
                default: XCTFail("«\(a)» / «\(b)»: \(forward) but \(backward)")
                }
            }
        }
    }

    func testFormat() {
        XCTAssertEqual(NameComparer.format(1), "1")
        XCTAssertEqual(NameComparer.format(0.95), "0.95")
        XCTAssertEqual(NameComparer.format(0.8181818), "0.818")
        XCTAssertEqual(NameComparer.format(0), "0")
    }
}
