import XCTest
@testable import Entities

/// `DistrictSeats`: the town a district is named after, read off the names of a made-up world.
final class DistrictSeatsTests: XCTestCase {
    private func seats(_ world: String) throws -> Gazetteer {
        try GazetteerFolders().load(world)
    }

    func testNoDistrictsNoSeats() throws {
        let gazetteer = try seats("")
        XCTAssertFalse(gazetteer.isSeat("zz-ensk", of: "zz-north"), "a region has no seat")
        XCTAssertFalse(gazetteer.isSeat("x-none", of: "x-nowhere"))
    }

    func testTheTownADistrictIsNamedAfter() throws {
        let gazetteer = try seats("""
            district zz-gorets-district = Горецкий район
                in zz-north

            city zz-gorki = Горки
                in zz-gorets-district

            city zz-lesnoe = Лесное
                in zz-gorets-district

            district zz-khislav-okrug = Хиславичский муниципальный округ
                in zz-north

            city zz-khislavichi = Хиславичи
                in zz-khislav-okrug

            """)
        XCTAssertTrue(gazetteer.isSeat("zz-gorki", of: "zz-gorets-district"), "Гор… in three letters of five")
        XCTAssertTrue(gazetteer.isSeat("zz-khislavichi", of: "zz-khislav-okrug"))
        XCTAssertFalse(gazetteer.isSeat("zz-lesnoe", of: "zz-gorets-district"))
        XCTAssertFalse(gazetteer.isSeat("zz-gorki", of: "zz-khislav-okrug"), "not its district")
    }

    func testTooLittleInCommonOrATieIsNoSeat() throws {
        let gazetteer = try seats("""
            district zz-bor-district = Борский район
                in zz-north

            city zz-borovlyany = Боровляны
                in zz-bor-district

            district zz-tvin-district = Твинский район
                in zz-north

            city zz-tvina = Твина
                in zz-tvin-district

            city zz-tviny = Твины
                in zz-tvin-district

            """)
        XCTAssertFalse(gazetteer.isSeat("zz-borovlyany", of: "zz-bor-district"), "three letters of nine")
        XCTAssertFalse(gazetteer.isSeat("zz-tvina", of: "zz-tvin-district"), "two towns alike as far")
        XCTAssertFalse(gazetteer.isSeat("zz-tviny", of: "zz-tvin-district"))
    }

    /// ASCII and basic Cyrillic are lower-cased letter by letter as Unicode does it; other names go
    /// through Unicode's lower-casing.
    func testLettersAgreeWithUnicodeLowerCasing() {
        for name in ["Горецкий район", "ЁЛКИНСКИЙ", "Ѐѓ-Їжак", "Minsk Region", "Хиславичи2", "Ἑλλάς Ελ", "Ärzte", "Э\u{301}нск", "", " Горки",
                     "İstanbul"] {
            XCTAssertEqual(DistrictSeats.letters(name), DistrictSeats.fullLetters(name), name)
        }
        XCTAssertEqual(String(String.UnicodeScalarView(DistrictSeats.letters("Ёлкино-2"))), "елкино")
    }
}
