import XCTest
@testable import Entities

/// `PlaceAdjectives`: the place an adjective names — a region's or district's from its name, a town's made
/// with the usual suffixes (tried at lookup, never stored), a country's from its `adjective` lines.
final class PlaceAdjectivesTests: XCTestCase {
    private var folders: GazetteerFolders!

    override func setUpWithError() throws { folders = try GazetteerFolders() }
    override func tearDown() { folders = nil }

    private static let places = """
        city zz-orsha = Орша
            in zz-north

        city zz-polotsk = Полоцк
            in zz-north

        city zz-lida = Лида
            in zz-north

        city zz-osh = Ош
            in zz-north

        district zz-velsk-district = Вельский район
            in zz-north

        city zz-velsk = Вельск
            in zz-velsk-district

        country yy = Игрекия
            adjective игрекский
        """

    /// The id of the place the adjectives of `text` name, if any.
    private func place(_ text: String, _ linker: Linker) -> String? {
        let tokens = linker.tokenize(text)
        return linker.placeAdjectives.place(in: tokens, 0..<tokens.count, gazetteer: linker.gazetteer).map { linker.gazetteer.entities[$0].id }
    }

    func testTownsByTheirSuffixes() throws {
        let linker = Linker(gazetteer: try folders.load(PlaceAdjectivesTests.places))
        XCTAssertEqual(place("Оршанская городская библиотека", linker), "zz-orsha", "Орша + анск")
        XCTAssertEqual(place("Полоцкого дома культуры", linker), "zz-polotsk", "Полоцк + nothing")
        XCTAssertEqual(place("Лидский колледж", linker), "zz-lida", "Лида + ск")
        XCTAssertEqual(place("Энского музея", linker), "zz-ensk")
        XCTAssertNil(place("Ошская школа", linker), "a town's key of two letters makes no adjective")
        XCTAssertNil(place("Красивый дом", linker))
        XCTAssertNil(place("оршанская библиотека", linker), "only a capitalized adjective")
    }

    func testDistrictsRegionsAndTheLevelWord() throws {
        let linker = Linker(gazetteer: try folders.load(PlaceAdjectivesTests.places))
        XCTAssertEqual(place("Северный университет", linker), "zz-north")
        XCTAssertEqual(place("Вельская районная больница", linker), "zz-velsk-district")
        XCTAssertEqual(place("Вельская городская больница", linker), "zz-velsk")
        XCTAssertEqual(place("Вельская больница", linker), "zz-velsk-district", "the town and the district: the district holds both")
    }

    func testCountries() throws {
        let linker = Linker(gazetteer: try folders.load(PlaceAdjectivesTests.places))
        let tokens = linker.tokenize("игрекских Оршанских")
        XCTAssertEqual(linker.placeAdjectives.country(of: tokens[0], gazetteer: linker.gazetteer).map { linker.gazetteer.entities[$0].id }, "yy")
        XCTAssertNil(linker.placeAdjectives.country(of: tokens[1], gazetteer: linker.gazetteer), "a town's adjective names no country")
    }
}
