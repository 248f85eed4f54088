import XCTest
@testable import Entities

/// `UnknownEntity`: ids made from a name's keys, its shown name, and merging what reports saw.
final class UnknownEntityTests: XCTestCase {
    func testIDsFromKeysAndParent() {
        XCTAssertEqual(UnknownEntity.makeID(kind: .org, keys: ["гимназ", "99"], parent: "by-grodno"), "x-org-gimnaz-99--by-grodno")
        XCTAssertEqual(UnknownEntity.makeID(kind: .city, keys: ["краснобродск"], parent: nil), "x-city-krasnobrodsk")
        XCTAssertEqual(UnknownEntity.makeID(kind: .person, keys: ["щукин", "ю", "э"], parent: nil), "x-person-shchukin-yu-e")
        XCTAssertEqual(UnknownEntity.makeID(kind: .org, keys: ["opera", "ltd"], parent: nil), "x-org-opera-ltd")
    }

    func testKeysWithoutLettersGiveAHash() {
        XCTAssertEqual(UnknownEntity.makeID(kind: .org, keys: [], parent: nil), "x-org-811c9d")
        XCTAssertEqual(UnknownEntity.makeID(kind: .org, keys: ["№"], parent: nil), "x-org-53824d")
    }

    func testALongSlugIsCutAndHashed() {
        let keys = Array(repeating: "исполнительн", count: 8)
        let id = UnknownEntity.makeID(kind: .org, keys: keys, parent: "by")
        XCTAssertTrue(id.hasPrefix("x-org-ispolniteln-ispolniteln-"), id)
        XCTAssertTrue(id.hasSuffix("--by"), id)
        let slug = id.dropFirst("x-org-".count).dropLast("--by".count)
        XCTAssertEqual(slug.count, 60 + 1 + 6, String(slug))
        // Different long names stay apart even when they share the first 60 letters.
        XCTAssertNotEqual(id, UnknownEntity.makeID(kind: .org, keys: keys + ["комитет"], parent: "by"))
    }

    func testIDsAreLowerCaseASCII() {
        let id = UnknownEntity.makeID(kind: .org, keys: ["ёлка", "ўсход", "іван", "ъ", "№", "b2b"], parent: nil)
        XCTAssertEqual(id, "x-org-elka-uskhod-ivan-b2b")
        XCTAssertTrue(id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
    }

    func testTransliteration() {
        XCTAssertEqual(Transliteration.ascii("смоленск"), "smolensk")
        XCTAssertEqual(Transliteration.ascii("жщхцчэюя"), "zhshchkhtscheyuya")
        XCTAssertEqual(Transliteration.ascii("санкт-петербург"), "sankt-peterburg")
        XCTAssertEqual(Transliteration.ascii("«№ 5»"), "-5")
        XCTAssertEqual(Transliteration.shortHash("гимназ 99"), "8695e0")
        XCTAssertEqual(Transliteration.shortHash("гимназ 99"), Transliteration.shortHash("гимназ 99"))
    }

    func testTheNameIsTheShortestSpelling() {
        var entity = UnknownEntity(id: "x-city-krasnobrodsk", kind: .city, spellings: ["г. Краснобродском": 1, "г. Краснобродск": 2],
                                   country: nil, parent: nil)
        XCTAssertEqual(entity.name, "г. Краснобродск")
        entity.spellings = ["Бэ": 1, "Аа": 1]
        XCTAssertEqual(entity.name, "Аа", "then the alphabetically first")
        entity.spellings = [:]
        XCTAssertEqual(entity.name, "x-city-krasnobrodsk")
    }

    func testMergeAddsSpellingsAndFillsWhatIsMissing() {
        var first = UnknownEntity(id: "x", kind: .org, spellings: ["А": 1, "Б": 1], country: nil, parent: "by-grodno")
        let second = UnknownEntity(id: "x", kind: .org, spellings: ["А": 2, "В": 1], country: "BY", parent: "by")
        first.merge(second)
        XCTAssertEqual(first.spellings, ["А": 3, "Б": 1, "В": 1])
        XCTAssertEqual(first.country, "BY")
        XCTAssertEqual(first.parent, "by-grodno", "a known parent is kept")
    }
}
