import XCTest
@testable import Entities

/// `NormalizerMemo`: names normalized with what was worked out for earlier names come out as they do alone.
final class NormalizerMemoTests: XCTestCase {
    func testNamesComeOutAsWithoutTheMemo() throws {
        let gazetteer = try TestGazetteer.shared()
        let normalizer = try TestNormalizer.shared()
        var texts = ["МБОУ «СШ № 40» г. Смоленска", "МБОУ «Средняя школа № 40» г. Смоленска", "Средней школы № 40 г. Смоленска",
                     "СШ", "сш", "«СШ»", "горисполкома", "Горисполком", "ГОРИСПОЛКОМ", "МАЗ", "маз", "ОАО «МАЗ»", "Оао маз",
                     "ГУО «Гимназия № 146 г. Минска»", "гимназия-интернат", "Гимназия-Интернат № 1", "Xstrike LLC", "ЗАО ЗАО ЗАО",
                     "Управление культуры ГУ «Центр» ОАО", "«Витебск»", "г. Витебск", "Витебская область", ""]
        texts += NameVariant.collect(try DeduplicatorTests.linkedExamples(gazetteer), gazetteer: gazetteer).map(\.text)
        // Twice over, so that the second time every word is remembered.
        var memo = NormalizerMemo()
        for text in texts + texts {
            XCTAssertEqual(normalizer.normalize(text, contextPlace: "ru-smolensk", memo: &memo),
                           normalizer.normalize(text, contextPlace: "ru-smolensk"), text)
        }
        XCTAssertGreaterThan(texts.count, 100)
    }

    /// An entry serves tokens of its spelling tokenized the same only.
    func testAnEntryServesItsSpellingTokenizedTheSameOnly() throws {
        let original = "СШ"
        let token = try XCTUnwrap(Tokenizer.tokenize(original).first)
        var memo = NormalizerMemo()
        var entry = memo.entry(original, token)
        XCTAssertNil(entry.abbreviation, "nothing known yet")
        entry.abbreviation = .some(nil)
        memo.keep(entry, for: original)
        XCTAssertNotNil(memo.entry(original, token).abbreviation)
        let vocabulary = Vocabulary()
        let other = try XCTUnwrap(withExtendedLifetime(vocabulary) { Tokenizer.tokenize(original, cache: WordCache(vocabulary: vocabulary)).first })
        XCTAssertFalse(other.word === token.word)
        XCTAssertNotNil(memo.entry(original, other).abbreviation, "tokenized the same by another cache")
        XCTAssertNil(memo.entry("сш", try XCTUnwrap(Tokenizer.tokenize("сш").first)).abbreviation, "another spelling")
        var lower = token
        lower.isAllCaps = false
        XCTAssertNil(memo.entry(original, lower).abbreviation, "other capitals")
    }

    func testHoldsAtMostItsCapacity() throws {
        var memo = NormalizerMemo()
        let token = try XCTUnwrap(Tokenizer.tokenize("школа").first)
        for number in 0..<(NormalizerMemo.capacity + 10) { memo.keep(memo.entry("школа\(number)", token), for: "школа\(number)") }
        XCTAssertEqual(memo.count, 10, "started afresh when full")
        memo.keep(memo.entry("школа\(NormalizerMemo.capacity + 5)", token), for: "школа\(NormalizerMemo.capacity + 5)")
        XCTAssertEqual(memo.count, 10, "a spelling held is replaced")
    }
}
