import Foundation
import XCTest
@testable import Entities

/// Short names a report defines — "(далее – ЭИК)" — name the body for the rest of the report, on a
/// made-up world.
final class TextAliasesTests: XCTestCase {
    private var folders: GazetteerFolders!
    private var linker: Linker!

    /// The folders go when the test ends (XCTest keeps test case objects until the whole run ends).
    override func tearDown() {
        folders = nil
        super.tearDown()
    }

    override func setUpWithError() throws {
        folders = try GazetteerFolders()
        linker = Linker(gazetteer: try folders.load("org zz-ensk-institute = Энский институт культуры\n    in zz-ensk\n"))
    }

    private func mentions(_ rows: [HandReports.Row]) throws -> [[String]] {
        linker.link(try HandReports.report(rows)).mentions.map { $0.map { "\($0.field.key): \($0.text) → \($0.entityID)" } }
    }

    func testNoDefinitionNoAlias() throws {
        XCTAssertEqual(try mentions([HandReports.Row(goal: "ЭИК провел экскурсию")]), [[]])
    }

    func testADefinedShortNameNamesTheBodyInEveryCaseAndLaterItem() throws {
        let found = try mentions([
            HandReports.Row(goal: "Энский институт культуры (далее – ЭИК) принял гостей. ЭИК провел экскурсию.",
                            participants: "Представители ЭИК"),
            HandReports.Row(goal: "Делегация ЭИК"),
        ])
        XCTAssertEqual(found, [
            ["goal: Энский институт культуры → zz-ensk-institute", "goal: ЭИК → zz-ensk-institute", "participants: ЭИК → zz-ensk-institute"],
            ["goal: ЭИК → zz-ensk-institute"],
        ])
    }

    func testAShortNameThatIsAWordIsMatchedInItsCases() throws {
        let found = try mentions([HandReports.Row(goal: "Энский институт культуры (далее - «Институт») открыл выставку. Гости Института посетили музей.")])
        XCTAssertEqual(found, [["goal: Энский институт культуры → zz-ensk-institute", "goal: Института → zz-ensk-institute"]])
    }

    func testATownFoundByItsMarkerIsNamedByItsWordAloneLater() throws {
        let found = try mentions([
            HandReports.Row(goal: "Визит в город Брундол. Жители Брундола встретили гостей."),
            HandReports.Row(goal: "Брундолом подписан договор. Поселок Мир и Мир."),
        ])
        XCTAssertEqual(found, [
            ["goal: город Брундол → x-city-brundol", "goal: Брундола → x-city-brundol"],
            ["goal: Брундолом → x-city-brundol", "goal: Поселок Мир → x-city-mir"],
        ], "a word of three letters is too likely an ordinary one")
        XCTAssertEqual(try mentions([HandReports.Row(goal: "Жители Брундола. Визит в город Брундол.")]),
                       [["goal: Брундола → x-city-brundol", "goal: город Брундол → x-city-brundol"]], "anywhere in the field that names it")
        XCTAssertEqual(try mentions([HandReports.Row(goal: "Жители Брундола.")]), [[]], "never named with its marker")
    }
}
