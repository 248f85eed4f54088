import Foundation
import XCTest
@testable import Entities

/// Names that share one noun — "Зорянского, Кварцевского и Лумского районов" — are one mention each,
/// on a made-up world.
final class CoordinatedNamesTests: XCTestCase {
    private var world: MadeUpWorld!

    static let world = """
        district zz-zoryan-district = Зорянский район
            in zz-north

        district zz-kvarts-district = Кварцевский район
            in zz-north

        district zz-lum-district = Лумский район
            in zz-north

        region zz-south = Южная область
            in zz

        district zz-dalny-okrug = Дальний муниципальный округ
            in zz-south

        district zz-blizhny-okrug = Ближний муниципальный округ
            in zz-south

        """

    override func setUpWithError() throws { world = try MadeUpWorld(CoordinatedNamesTests.world) }
    override func tearDown() { world = nil }

    private func mentions(_ goal: String) throws -> [String] { try world.mentions(goal) }

    func testEmptyAndSingleNames() throws {
        XCTAssertEqual(try mentions(""), [])
        XCTAssertEqual(try mentions("Представители Лумского района"), ["Лумского района → zz-lum-district"])
    }

    func testTwoAndThreeNamesSharingANoun() throws {
        XCTAssertEqual(try mentions("Представители Кварцевского и Лумского районов"),
                       ["Кварцевского → zz-kvarts-district", "Лумского районов → zz-lum-district"])
        XCTAssertEqual(try mentions("из Зорянского, Кварцевского и Лумского районов"),
                       ["Зорянского → zz-zoryan-district", "Кварцевского → zz-kvarts-district", "Лумского районов → zz-lum-district"])
        XCTAssertEqual(try mentions("гости Северной и Южной областей"), ["Северной → zz-north", "Южной областей → zz-south"])
        XCTAssertEqual(try mentions("Дальний и Ближний муниципальные округа"),
                       ["Дальний → zz-dalny-okrug", "Ближний муниципальные округа → zz-blizhny-okrug"])
    }

    func testAnAdjectiveThatNamesNoSuchPlaceStaysOut() throws {
        // "Соседнего района" is no place of the world; "Новых" is no adjective of a district.
        XCTAssertEqual(try mentions("жители Соседнего и Лумского районов"), ["Лумского районов → zz-lum-district"])
        XCTAssertEqual(try mentions("школы Новых и Лумского районов"), ["Лумского районов → zz-lum-district"])
    }

    func testBodiesSharingPluralWordsKnownAndUnknown() throws {
        let lines = CoordinatedNamesTests.world + """

            org zz-zoryan-council = Зорянский районный Совет
                in zz-zoryan-district

            org zz-lum-council = Лумский районный Совет
                in zz-lum-district

            """
        let lexicon = ["org-heads.txt": "районный Совет\nСовет\nуниверситет\n"]
        world = try MadeUpWorld(lines, lexicon: lexicon)
        XCTAssertEqual(try mentions("встреча Зорянского и Лумского районных Советов"),
                       ["Зорянского → zz-zoryan-council", "Лумского районных Советов → zz-lum-council"])
        XCTAssertEqual(try mentions("встреча Зорянского и Лумского районного Совета"), ["Лумского районного Совета → zz-lum-council"],
                       "in the singular the adjective before names no body")
        // Bodies the gazetteer lacks: each adjective names one, made with the shared words.
        world = try MadeUpWorld(CoordinatedNamesTests.world, lexicon: lexicon)
        XCTAssertEqual(try mentions("между Кварцевским и Лумским районными Советами"),
                       ["Кварцевским → x-org-kvartsevsk-rayonn-sovet--zz-kvarts-district",
                        "Лумским районными Советами → x-org-lumsk-rayonn-sovet--zz-lum-district"])
        XCTAssertEqual(try mentions("посетили Кварцевский и Заречанский университеты."),
                       ["Кварцевский → x-org-kvartsevsk-universitet--zz-kvarts-district", "Заречанский университеты → x-org-zarechansk-universitet"],
                       "a masculine head's plural in -ы")
        XCTAssertEqual(try mentions("посетили Кварцевский и Заречанский университет."), ["Заречанский университет → x-org-zarechansk-universitet"])
        XCTAssertEqual(try mentions("между Новым и Лумским районными Советами"),
                       ["Лумским районными Советами → x-org-lumsk-rayonn-sovet--zz-lum-district"], "not a place's adjective")
    }
}
