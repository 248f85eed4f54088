import XCTest
@testable import Entities

/// `GazetteerParser`: one file's entities with all their attributes, and every malformed line refused
/// with the file and line it stands on.
final class GazetteerParserTests: XCTestCase {
    func testEmptyFilesAndCommentsGiveNoEntities() throws {
        XCTAssertEqual(try GazetteerParser.parse("", file: "a.txt"), [])
        XCTAssertEqual(try GazetteerParser.parse("# only a comment\n\n   \n    # an indented comment\n", file: "a.txt"), [])
    }

    func testOneEntity() throws {
        let entities = try GazetteerParser.parse("city by-vitebsk = Витебск\n    in by-vitebsk-region\n", file: "belarus.txt")
        XCTAssertEqual(entities.count, 1)
        let city = try entities.at(0)
        XCTAssertEqual(city.id, "by-vitebsk")
        XCTAssertEqual(city.kind, .city)
        XCTAssertEqual(city.name, "Витебск")
        XCTAssertEqual(city.parent, "by-vitebsk-region")
        XCTAssertNil(city.country, "a city's country comes from its parents when the gazetteer is loaded")
        XCTAssertEqual(city.origin, "belarus.txt:1")
        XCTAssertTrue(city.known)
        XCTAssertFalse(city.isAmbiguous)
    }

    func testEveryAttribute() throws {
        let text = """
            # Smolensk
            region ru-smolensk-region = Смоленская область
                in ru
                aka Смоленщина

            district ru-velizh-okrug = Велижский муниципальный округ
            \tin ru-smolensk-region
                was Велижский район until 2025-01-01
                was Велижский муниципальный район
                aka Велижский округ

            person person-anokhin-vn = Анохин В.Н.
                in ru-smolensk-government
                role Губернатор Смоленской области
                role Председатель

            city by-gorodok = Городок
                in by-gorodok-district
                country BY
                needs г. город аг.
                ambiguous

            country by = Беларусь
                aka Республика Беларусь
                adjective белорусский

            country su = СССР
                historical
            """
        let entities = try GazetteerParser.parse(text, file: "g.txt")
        XCTAssertEqual(entities.map(\.id), ["ru-smolensk-region", "ru-velizh-okrug", "person-anokhin-vn", "by-gorodok", "by", "su"])
        XCTAssertEqual(entities.map(\.kind), [.region, .district, .person, .city, .country, .country])
        XCTAssertEqual(entities.map(\.origin), ["g.txt:2", "g.txt:6", "g.txt:12", "g.txt:17", "g.txt:23", "g.txt:27"])

        let region = try entities.at(0)
        XCTAssertEqual(region.aliases, ["Смоленщина"])
        let okrug = try entities.at(1)
        XCTAssertEqual(okrug.parent, "ru-smolensk-region", "a tab indents too")
        XCTAssertEqual(okrug.formerNames, [FormerName(name: "Велижский район", until: CalendarDate(year: 2025, month: 1, day: 1)),
                                           FormerName(name: "Велижский муниципальный район", until: nil)])
        XCTAssertEqual(okrug.allNames, ["Велижский муниципальный округ", "Велижский округ", "Велижский район", "Велижский муниципальный район"])
        let person = try entities.at(2)
        XCTAssertEqual(person.roles, ["Губернатор Смоленской области", "Председатель"])
        let town = try entities.at(3)
        XCTAssertEqual(town.country, "BY")
        XCTAssertEqual(town.requiredMarkers, ["г.", "город", "аг."])
        XCTAssertTrue(town.isAmbiguous)
        // A country's code is its id in capitals.
        let country = try entities.at(4)
        XCTAssertEqual(country.country, "BY")
        XCTAssertNil(country.parent)
        XCTAssertEqual(country.aliases, ["Республика Беларусь"])
        XCTAssertEqual(country.adjectives, ["белорусский"])
        XCTAssertFalse(country.isHistorical)
        XCTAssertTrue(try entities.at(5).isHistorical)
    }

    func testWindowsLineEndingsAndExtraSpaces() throws {
        let entities = try GazetteerParser.parse("city  zz-ensk  =  Энск  \r\n    aka   Энск-город \r\n", file: "w.txt")
        XCTAssertEqual(entities.map(\.name), ["Энск"])
        XCTAssertEqual(entities.first?.aliases, ["Энск-город"])
    }

    func testNamesMayHoldEqualsSignsAndUntil() throws {
        let entities = try GazetteerParser.parse("org zz-club = Клуб «Было = стало»\n    in zz\n    was Клуб until now until 2020-02-29\n", file: "c.txt")
        XCTAssertEqual(entities.first?.name, "Клуб «Было = стало»")
        XCTAssertEqual(entities.first?.formerNames, [FormerName(name: "Клуб until now", until: CalendarDate(year: 2020, month: 2, day: 29))])
    }

    struct Bad {
        let text: String
        let line: Int
        let message: String
    }

    /// Every malformed file, with the line and the words of the error.
    static let bad: [Bad] = [
        Bad(text: "city zz-ensk Энск\n", line: 1, message: "expected 'KIND ID = Name', got 'city zz-ensk Энск'"),
        Bad(text: "# header\n\ncity = Энск\n", line: 3, message: "expected 'KIND ID = Name'"),
        Bad(text: "city zz-ensk extra = Энск\n", line: 1, message: "expected 'KIND ID = Name'"),
        Bad(text: "country zz = Зетландия\n\ntown zz-ensk = Энск\n    in zz\n", line: 3, message: "unknown kind 'town'"),
        Bad(text: "country zz = Зетландия\n    near zz-north\n", line: 2, message: "unknown keyword 'near'"),
        Bad(text: "country zz = Зетландия\n    Aka Зет\n", line: 2, message: "unknown keyword 'Aka'"),
        Bad(text: "city ZZ-Ensk = Энск\n", line: 1, message: "bad id 'ZZ-Ensk'"),
        Bad(text: "city zz_ensk = Энск\n", line: 1, message: "bad id 'zz_ensk'"),
        Bad(text: "city зз-энск = Энск\n", line: 1, message: "bad id 'зз-энск'"),
        Bad(text: "city zz-ensk = \n", line: 1, message: "expected 'KIND ID = Name'"),
        Bad(text: "city zz-ensk =  \u{00A0}\n", line: 1, message: "expected 'KIND ID = Name'"),
        Bad(text: "city zz-ensk = Энск\n    in Zz-North\n", line: 2, message: "bad parent id 'Zz-North'"),
        Bad(text: "city zz-ensk = Энск\n    in zz-north\n    in zz-south\n", line: 3, message: "'zz-ensk' has two parents"),
        Bad(text: "city zz-ensk = Энск\n    in\n", line: 2, message: "'in' needs a value"),
        Bad(text: "city zz-ensk = Энск\n    aka\n", line: 2, message: "'aka' needs a value"),
        Bad(text: "city zz-ensk = Энск\n    needs   \n", line: 2, message: "'needs' needs a value"),
        Bad(text: "city zz-ensk = Энск\n    country zz\n", line: 2, message: "country 'zz' is not an ISO 3166 alpha-2 code"),
        Bad(text: "city zz-ensk = Энск\n    country ZZZ\n", line: 2, message: "country 'ZZZ' is not an ISO 3166 alpha-2 code"),
        Bad(text: "city zz-ensk = Энск\n    was Старый Энск until 2020-13-01\n", line: 2, message: "'2020-13-01' is not a date"),
        Bad(text: "city zz-ensk = Энск\n    was Старый Энск until 2019-02-29\n", line: 2, message: "'2019-02-29' is not a date"),
        Bad(text: "city zz-ensk = Энск\n    was Старый Энск until 1 мая 2020\n", line: 2, message: "'1 мая 2020' is not a date"),
        Bad(text: "    in zz\ncity zz-ensk = Энск\n", line: 1, message: "an indented attribute line before any entity"),
    ]

    func testMalformedLinesAreRefusedWithTheirFileAndLine() {
        for bad in Self.bad {
            guard let error = inputError({ try GazetteerParser.parse(bad.text, file: "Gazetteer/extra.txt") }) else { continue }
            XCTAssertEqual(error.file, "Gazetteer/extra.txt", bad.text)
            XCTAssertEqual(error.line, bad.line, bad.text)
            XCTAssertTrue(error.message.contains(bad.message), "\(bad.text): '\(error.message)' does not say '\(bad.message)'")
            XCTAssertTrue(error.description.hasPrefix("Gazetteer/extra.txt:\(bad.line): "), error.description)
        }
    }

    func testTheFirstErrorStopsTheFile() {
        let error = inputError { try GazetteerParser.parse("city a = A\n    bogus x\ncity B = B\n", file: "f.txt") }
        XCTAssertEqual(error?.line, 2)
    }

    func testIDs() {
        for id in ["by", "by-vitebsk", "person-anokhin-vn", "x1", "a-b-c-9"] {
            XCTAssertTrue(GazetteerParser.isValidID(id), id)
        }
        for id in ["", "By", "by_vitebsk", "by vitebsk", "by.vitebsk", "бел", "by/vitebsk"] {
            XCTAssertFalse(GazetteerParser.isValidID(id), id)
        }
    }
}
