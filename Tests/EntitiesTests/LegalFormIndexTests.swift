import XCTest
@testable import Entities

/// `LegalFormIndex`: finds the same legal form as trying every form of the list in order.
final class LegalFormIndexTests: XCTestCase {
    private func describe(_ form: OrgNameNormalizer.LegalFormPattern?) -> String {
        form.map { "\($0.abbreviation): " + $0.tokens.map(\.folded).joined(separator: " ") } ?? "none"
    }

    func testNothingToFind() throws {
        let normalizer = try TestNormalizer.shared()
        XCTAssertNil(normalizer.legalFormIndex.first(at: 0, [], []))
        let tokens = Tokenizer.tokenize("Ромашка")
        XCTAssertNil(normalizer.legalFormIndex.first(at: 0, [0], tokens))
        XCTAssertNil(normalizer.legalFormIndex.first(at: 1, [0], tokens), "past the end")
        XCTAssertNil(normalizer.legalFormIndex.first(at: -1, [0], tokens))
        XCTAssertNil(LegalFormIndex([]).first(at: 0, [0], tokens))
    }

    func testFindsTheFirstFormInTheListsOrder() throws {
        let normalizer = try TestNormalizer.shared()
        let tokens = Tokenizer.tokenize("МБОУ ДОД «Ромашка»")
        let remaining = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
        let found = normalizer.legalFormIndex.first(at: 0, remaining, tokens)
        XCTAssertEqual(describe(found), describe(normalizer.legalForm(at: 0, remaining, tokens, among: normalizer.legalForms)))
        XCTAssertNotNil(found)
    }

    /// Every position of many names, both lists: the index and the plain search agree.
    func testAgreesWithTryingEveryForm() throws {
        let gazetteer = try TestGazetteer.shared()
        let normalizer = OrgNameNormalizer(gazetteer: gazetteer)
        var texts = ["МБОУ «СШ № 40» г. Смоленска", "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 2»",
                     "ООО «Ромашка»", "Общество с ограниченной ответственностью «Ромашка»", "ГУО «Гимназия № 146 г. Минска»",
                     "Xstrike LLC", "ОАО «МАЗ»", "публичного акционерного общества «Газпром»", "СПб ГБУК «Музей»",
                     "Управление культуры ГУ «Центр» ОАО", "", "«»", "№ 5", "ИП Иванов", "ЗАО ЗАО ЗАО"]
        let variants = NameVariant.collect(try DeduplicatorTests.linkedExamples(gazetteer), gazetteer: gazetteer)
        texts += variants.map(\.text)
        var found = 0
        for text in texts {
            let tokens = Tokenizer.tokenize(text)
            let remaining = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
            for position in -1...remaining.count {
                for (index, list) in [(normalizer.legalFormIndex, normalizer.legalForms), (normalizer.shortLegalFormIndex, normalizer.shortLegalForms)] {
                    let quick = index.first(at: position, remaining, tokens)
                    XCTAssertEqual(describe(quick), describe(normalizer.legalForm(at: position, remaining, tokens, among: list)), "«\(text)» at \(position)")
                    if quick != nil { found += 1 }
                }
            }
        }
        XCTAssertGreaterThan(found, 20, "the names have legal forms to find")
    }
}
