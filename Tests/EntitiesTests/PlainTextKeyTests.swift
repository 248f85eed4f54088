import XCTest
@testable import Entities

/// Keys that hash and compare as `String`s do, quickly for plain text.
final class PlainTextKeyTests: XCTestCase {
    /// The hash `String` gives, and the key's.
    private func hashes(_ text: String) -> (string: Int, key: Int) {
        var hasher = Hasher()
        PlainTextKey(text).hash(into: &hasher)
        return (text.hashValue, hasher.finalize())
    }

    func testPlainTextHashesAsAString() {
        for text in ["", "a", "МБОУ «СШ № 40» г. Смоленска", "Ёлка – «Йошкар-Ола» — “x” „y“ …", "Café Zürich", "ОАО\u{00A0}«МАЗ»"] {
            XCTAssertTrue(PlainTextKey(text).isPlain, text)
            let (string, key) = hashes(text)
            XCTAssertEqual(string, key, text)
        }
    }

    func testOtherTextIsNotPlain() {
        // A combining mark, a character U+2000 decomposes to, Greek, a CJK character, an emoji.
        for text in ["и\u{306}", "a\u{2000}b", "Ωμέγα", "東京", "👍", "\u{2126}"] {
            XCTAssertFalse(PlainTextKey(text).isPlain, text)
            let (string, key) = hashes(text)
            XCTAssertEqual(string, key, text)
        }
    }

    func testCanonicallyEquivalentSpellingsAreOneKey() {
        let composed = "Средняя школа «Йошкар-Ола»", decomposed = "Средняя школа «И\u{306}ошкар-Ола»"
        XCTAssertEqual(composed, decomposed, "one String")
        XCTAssertTrue(PlainTextKey(composed).isPlain)
        XCTAssertFalse(PlainTextKey(decomposed).isPlain)
        XCTAssertEqual(PlainTextKey(composed), PlainTextKey(decomposed))
        XCTAssertEqual(hashes(composed).key, hashes(decomposed).key)
        XCTAssertEqual(Set([PlainTextKey(composed), PlainTextKey(decomposed)]).count, 1)
        XCTAssertNotEqual(PlainTextKey("школа № 4"), PlainTextKey("школа № 40"))
    }
}

extension PlainTextKeyTests {
    private static let texts = ["", "a", "b", "ab", "A", "Z", "«", "»", "школа", "Школа", "школ", "школа № 4", "школа № 40", "ёлка", "елка",
                                "Йошкар-Ола", "И\u{306}ошкар-Ола", "и\u{306}", "й", "к", "Café", "Cafe\u{301}", "Ωμέγα", "東京", "👍", "a\u{2000}b",
                                "a\u{2002}b", "№ 5", "N 5", "– —", "x\u{0}y"]

    func testPrecedesIsTheStringOrder() {
        for a in PlainTextKeyTests.texts {
            for b in PlainTextKeyTests.texts {
                XCTAssertEqual(PlainTextKey.precedes(PlainTextKey(a), PlainTextKey(b)), a < b, "«\(a)» < «\(b)»")
            }
        }
    }

    func testSortedUniqueIsASetSorted() {
        let texts = PlainTextKeyTests.texts + PlainTextKeyTests.texts.reversed()
        XCTAssertEqual(PlainTextKey.sortedUnique(texts), Set(texts).sorted())
        XCTAssertEqual(PlainTextKey.sortedUnique(["школ", "средн", "школ"]), ["средн", "школ"])
        XCTAssertEqual(PlainTextKey.sortedUnique([]), [])
    }
}
