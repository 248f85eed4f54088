import XCTest
@testable import Entities

/// Blocking: which pairs get compared, and that it stays far below all pairs without losing matches.
final class CandidateBlockingTests: XCTestCase {
    func normalizer() throws -> OrgNameNormalizer { try TestNormalizer.shared() }

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

    /// The pairs are exactly those of enumerating every block, abbreviation and place adjective pair by
    /// pair (blocking as it was before candidates were walked from each name), on the examples' names and
    /// a large made-up set: one partition large enough to be blocked.
    func testPairsAreThoseOfEnumeratingEveryBlock() throws {
        let gazetteer = try TestGazetteer.shared()
        let normalizer = OrgNameNormalizer(gazetteer: gazetteer)
        var texts = NameVariant.collect(try DeduplicatorTests.linkedExamples(gazetteer), gazetteer: gazetteer).map(\.text)
        let kinds = ["Институт", "Музей", "Центр", "Фонд", "Библиотека", "Смоленский центр", "Могилевский музей"]
        let subjects = ["биологии", "химии", "физики", "истории", "музыки", "экологии", "права", "ремесел"]
        for kind in kinds {
            for subject in subjects {
                texts += ["\(kind) \(subject)", "\(kind) \(subject) г. Смоленска", "\(kind) \(subject) г. Могилева", "ЦИФ"]
            }
        }
        texts += ["ОАО «Минский автомобильный завод»", "ОАО «МАЗ»", "Минский автомобильный завод", "МАЗ", "Центр истории физики"]
        let names = texts.map { normalizer.normalize($0) }
        XCTAssertGreaterThan(names.count, 2 * CandidateBlocking.smallPartition)
        for threshold in [0.5, 0.85, 1] {
            let pairs = CandidateBlocking.pairs(names, threshold: threshold).map { UnitPair($0.0, $0.1) }
            XCTAssertEqual(pairs.count, Set(pairs).count, "each pair once")
            XCTAssertEqual(Set(pairs), Self.enumeratedPairs(names, threshold: threshold), "at \(threshold)")
        }
    }

    /// Blocking's pairs found by enumerating each block (the reference).
    static func enumeratedPairs(_ names: [OrgName], threshold: Double) -> Set<UnitPair> {
        let sketches = NameSketches(names)
        var result = Set<UnitPair>()
        var partitions: [String: [Int]] = [:]
        for (index, name) in names.enumerated() { partitions[name.numbers.joined(separator: ","), default: []].append(index) }
        for members in partitions.values {
            func pairAll(_ block: [Int], limit: Int = CandidateBlocking.largestBlock) {
                guard block.count <= limit else { return }
                for i in block { for j in block where i != j { result.insert(UnitPair(i, j)) } }
            }
            if members.count <= CandidateBlocking.smallPartition { pairAll(members, limit: .max); continue }
            var byKey: [Int32: [Int]] = [:]
            for index in members { byKey[sketches.key(of: index), default: []].append(index) }
            byKey.values.forEach { pairAll($0) }
            var frequency: [Int32: Int] = [:]
            for index in members { for key in sketches.contentKeys(of: index) { frequency[key, default: 0] += 1 } }
            var prefixBlocks: [Int32: [Int]] = [:]
            for index in members {
                let keys = sketches.contentKeys(of: index).sorted { (frequency[$0]!, sketches.rank($0)) < (frequency[$1]!, sketches.rank($1)) }
                guard !keys.isEmpty else { continue }
                let needed = Int((min(max(threshold - CandidateBlocking.prefixMargin, 0), 1) * Double(keys.count)).rounded(.up))
                for key in keys.prefix(min(keys.count, max(1, keys.count - needed + 1))) { prefixBlocks[key, default: []].append(index) }
            }
            prefixBlocks.values.forEach { pairAll($0) }
            var acronyms: [String: [Int]] = [:], byHint: [String: [Int]] = [:]
            for index in members {
                for word in names[index].words where word.isAcronym { acronyms[word.text, default: []].append(index) }
                for place in Set(names[index].words.flatMap(\.placeHints)) { byHint[place, default: []].append(index) }
            }
            for index in members {
                let words = names[index].words
                for start in words.indices where !words[start].isStopWord {
                    var withStops = "", without = ""
                    for end in start..<min(words.count, start + 12) {
                        withStops += words[end].initials
                        if !words[end].isStopWord { without += words[end].initials }
                        for letters in [withStops, without] {
                            for other in acronyms[letters] ?? [] where other != index { result.insert(UnitPair(index, other)) }
                        }
                    }
                }
                for place in names[index].places {
                    for other in byHint[place] ?? [] where other != index && sketches.shareContentKey(index, other) {
                        result.insert(UnitPair(index, other))
                    }
                }
            }
        }
        return result
    }
}

