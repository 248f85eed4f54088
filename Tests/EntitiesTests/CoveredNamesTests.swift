import XCTest
@testable import Entities

/// `CoveredNames`: whether the linker would find a spelling by one of the names so far, however many
/// names there are.
final class CoveredNamesTests: XCTestCase {
    func names(_ texts: [String]) throws -> CoveredNames {
        GazetteerProposal(gazetteer: try TestGazetteer.shared()).covered(texts)
    }

    func testNoNames() throws {
        let none = try names([])
        XCTAssertFalse(none.covers("ООО «Зорька»"))
        XCTAssertTrue(none.covers("«»"), "nothing to match")
    }

    func testCasesQuotesAndSwapsAtAnyPlace() throws {
        let covered = try names(["МБУДО «Зорянская детская музыкальная школа имени П.П. Пупкинова»"])
        XCTAssertTrue(covered.covers("МБУДО «Зорянская ДМШ имени П.П. Пупкинова»"), "a lexicon abbreviation")
        XCTAssertTrue(covered.covers("МБУДО Зорянской детской музыкальной школы имени П.П. Пупкинова"), "another case, no quotes")
        XCTAssertFalse(covered.covers("МБУДО «Зорянская ДМШ имени П.П. Пупкиновского»"), "another last word")
        XCTAssertFalse(covered.covers("«Зорянская ДМШ имени П.П. Пупкинова»"), "a token fewer")
    }

    /// A thousand names that differ in their last word only: each is found, a new one is not.
    func testManyNamesDifferingInOneWord() throws {
        let surnames = (0..<1000).map { "Ку" + String(repeating: "ш", count: $0 % 7 + 1) + "ин" + String($0) }
        var covered = try names([])
        for surname in surnames { covered.add("Фонд поддержки кедров имени \(surname)") }
        XCTAssertTrue(covered.covers("Фонда поддержки кедров имени \(surnames[0])"))
        XCTAssertTrue(covered.covers("Фонд поддержки кедров имени \(surnames[999])"))
        XCTAssertFalse(covered.covers("Фонд поддержки кедров имени Кушин1000"))
    }
}
