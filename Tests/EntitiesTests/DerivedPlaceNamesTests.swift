import Foundation
import XCTest
@testable import Entities

/// "Зорянщина" names the Зорянский район: names made from adjectives in -ский, on a made-up world.
final class DerivedPlaceNamesTests: XCTestCase {
    func testNamesMadeFromAnAdjectiveInSky() {
        XCTAssertEqual(DerivedPlaceNames.names(of: Entity(id: "a", kind: .district, name: "Зорянский район")), ["Зорянщина", "Зорянская земля"])
        XCTAssertEqual(DerivedPlaceNames.names(of: Entity(id: "b", kind: .region, name: "Брундская область")), ["Брундчина", "Брундская земля"], "-чина after д or т")
        XCTAssertEqual(DerivedPlaceNames.names(of: Entity(id: "c", kind: .region, name: "Северная область")), [], "not -ская")
        XCTAssertEqual(DerivedPlaceNames.names(of: Entity(id: "d", kind: .city, name: "Зорянск")), [], "cities have none")
        XCTAssertEqual(DerivedPlaceNames.names(of: Entity(id: "e", kind: .district, name: "Ский район")), [], "too short a stem")
    }

    func testTheRegionBeforeItsDistrictAndAWrittenNameWins() throws {
        let folders = try GazetteerFolders()
        let gazetteer = try folders.load("""
            region zz-brund-region = Брундская область
                in zz

            district zz-brund-district = Брундский район
                in zz-brund-region

            district zz-zoryan-district = Зорянский район
                in zz-brund-region

            region zz-kvarts-region = Кварцевская область
                in zz

            city zz-kvarts = Кварцевск
                in zz-kvarts-region
                aka Кварцевщина

            """)
        let linked = Linker(gazetteer: gazetteer).link(try HandReports.report([HandReports.Row(
            goal: "Делегация Брундчины, гости с Зорянщины, Брундчиной, на Кварцевщине, на Брундской земле, с Зорянской землей")]))
        XCTAssertEqual(linked.mentions[0].filter { $0.field == .goal }.map { "\($0.text) → \($0.entityID)" },
                       ["Брундчины → zz-brund-region", "Зорянщины → zz-zoryan-district", "Брундчиной → zz-brund-region",
                        "Кварцевщине → zz-kvarts", "Брундской земле → zz-brund-region", "Зорянской землей → zz-zoryan-district"])
    }

    /// The quick way on Unicode scalars gives what the way of characters gives, for every name it takes.
    func testScalarsAndCharactersAgree() {
        let names = ["Витебская область", "Оршанский  район", "Брестская область", "Лидский район", "Полоцко-Лепельский район",
                     "Ёский район", "Мстиславский", "Горецкий\tрайон", "Ирская область", "ABCский район", " Витебская область",
                     "Гродненская область ", "Minsk Region", "Энская"]
        for name in names {
            let entity = Entity(id: "zz-x", kind: .region, name: name)
            let fast = DerivedPlaceNames.fastNames(name)
            XCTAssertNotNil(fast, name)
            XCTAssertEqual(DerivedPlaceNames.names(of: entity), fast, name)
            XCTAssertEqual(fast, characterNames(name), name)
        }
        XCTAssertNil(DerivedPlaceNames.fastNames("Э\u{301}нская область"), "a combining accent goes the way of characters")
        XCTAssertEqual(DerivedPlaceNames.names(of: Entity(id: "zz-x", kind: .region, name: "Э\u{301}нская область")),
                       characterNames("Э\u{301}нская область"))
    }

    /// ``DerivedPlaceNames/names(of:)``'s rule for one name, written on characters.
    private func characterNames(_ name: String) -> [String] {
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first else { return [] }
        var result: [String] = []
        for ending in DerivedPlaceNames.adjectiveEndings where first.hasSuffix(ending) && first.count >= ending.count + 3 {
            let stem = first.dropLast(ending.count)
            guard !stem.contains("-") else { continue }
            let derived = String(stem) + (stem.hasSuffix("т") || stem.hasSuffix("д") ? "чина" : "щина")
            for name in [derived, String(stem) + "ская земля"] where !result.contains(name) { result.append(name) }
        }
        return result
    }
}
