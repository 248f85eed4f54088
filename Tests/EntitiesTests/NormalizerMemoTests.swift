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

    /// An entry serves tokens of its spelling made from the same tokenizer word only.
    func testAnEntryServesItsSpellingAndWordOnly() throws {
        let original = "СШ"
        let token = try XCTUnwrap(Tokenizer.tokenize(original).first)
        var memo = NormalizerMemo()
        memo.keep(NormalizerMemo.Entry(source: token.word, isAllCaps: token.isAllCaps, word: nil, abbreviation: .some(nil)), for: original)
        XCTAssertNotNil(memo.entry(original, token))
        let vocabulary = Vocabulary()
        let other = try XCTUnwrap(withExtendedLifetime(vocabulary) { Tokenizer.tokenize(original, cache: WordCache(vocabulary: vocabulary)).first })
        XCTAssertFalse(other.word === token.word)
        XCTAssertNil(memo.entry(original, other), "made from another Word")
        XCTAssertNil(memo.entry("сш", token), "another spelling")
    }
}
