import XCTest
@testable import Entities

/// Blocking: which pairs get compared, and that it stays far below all pairs without losing matches.
final class CandidateBlockingTests: XCTestCase {
    func normalizer() throws -> OrgNameNormalizer { OrgNameNormalizer(gazetteer: try TestGazetteer.shared()) }

    func testSmallPartitionsAreComparedWholeAndNumbersNeverCross() throws {
        let normalizer = try normalizer()
        let names = ["СШ № 40", "Средняя школа № 40", "СШ № 4", "Гимназия № 4", "Администрация г. Смоленска", "Правительство Смоленской области"]
            .map { normalizer.normalize($0) }
        let pairs = CandidateBlocking.pairs(names, threshold: 0.85)
        XCTAssertEqual(pairs.map { "\($0.0)-\($0.1)" }, ["0-1", "2-3", "4-5"])
        XCTAssertTrue(CandidateBlocking.pairs([], threshold: 0.85).isEmpty)
        XCTAssertTrue(CandidateBlocking.pairs([names[0]], threshold: 0.85).isEmpty)
    }

    /// Many different bodies with one duplicate each (another case, an abbreviation, initials): the
    /// duplicates are all paired, and far fewer pairs are compared than all of them.
    func testLargeSetIsBlockedWithoutLosingMatches() throws {
        let normalizer = try normalizer()
        let subjects = ["биологии", "химии", "физики", "истории", "географии", "литературы", "музыки", "живописи", "архитектуры", "экономики",
                        "статистики", "медицины", "фармации", "геологии", "экологии", "астрономии", "философии", "лингвистики", "психологии", "права"]
        let kinds = ["Институт", "Музей", "Центр", "Общество", "Фонд", "Библиотека", "Академия", "Лаборатория", "Ассоциация", "Школа"]
        let towns = ["Витебска", "Орши", "Минска", "Смоленска", "Могилева", "Гродно"]
        var texts: [String] = []
        var expected: [(String, String)] = []
        for (k, kind) in kinds.enumerated() {
            for (s, subject) in subjects.enumerated() {
                let town = towns[(k + s) % towns.count]
                let name = "\(kind) \(subject) г. \(town)"
                texts.append(name)
                if s % 5 == 0 {
                    let duplicate = "«\(kind) \(subject)» города \(town)"
                    texts.append(duplicate)
                    expected.append((name, duplicate))
                }
            }
        }
        texts += ["ОАО «Минский автомобильный завод»", "ОАО «МАЗ»", "ООО «Строительная техника и материалы»", "ООО «СТиМ»"]
        expected += [("ОАО «Минский автомобильный завод»", "ОАО «МАЗ»"), ("ООО «Строительная техника и материалы»", "ООО «СТиМ»")]
        let names = texts.map { normalizer.normalize($0) }
        let pairs = CandidateBlocking.pairs(names, threshold: 0.85)
        let all = names.count * (names.count - 1) / 2
        print("blocking: \(pairs.count) of \(all) pairs for \(names.count) names")
        XCTAssertGreaterThan(names.count, CandidateBlocking.smallPartition)
        XCTAssertLessThan(pairs.count, all / 10)
        let found = Set(pairs.map { "\(texts[$0.0])|\(texts[$0.1])" })
        for (a, b) in expected {
            XCTAssertTrue(found.contains("\(a)|\(b)") || found.contains("\(b)|\(a)"), "«\(a)» / «\(b)» not compared")
        }
        XCTAssertEqual(pairs.map { "\($0.0)-\($0.1)" }, CandidateBlocking.pairs(names, threshold: 0.85).map { "\($0.0)-\($0.1)" }, "deterministic")
        for pair in pairs { XCTAssertLessThan(pair.0, pair.1) }
    }

    func testPlaceAdjectivesMeetTheirPlace() throws {
        let normalizer = try normalizer()
        let first = ["Заря", "Радуга", "Ромашка", "Березка", "Родник", "Колос", "Искра", "Сказка"]
        let second = ["Севера", "Юга", "Востока", "Запада", "Полесья", "Поозерья", "Днепра", "Двины"]
        var texts = first.flatMap { a in second.map { b in "Учреждение «\(a) \(b)»" } }
        texts += ["Смоленский педагогический колледж", "Педагогический колледж г. Смоленска"]
        let names = texts.map { normalizer.normalize($0) }
        let pairs = CandidateBlocking.pairs(names, threshold: 0.85)
        XCTAssertTrue(pairs.contains { $0.0 == 64 && $0.1 == 65 })
        XCTAssertLessThan(pairs.count, names.count * (names.count - 1) / 4)
    }
}
