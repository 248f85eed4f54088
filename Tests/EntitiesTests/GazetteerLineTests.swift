import XCTest
@testable import Entities

/// `GazetteerLine`: the quick way through plain, well-formed lines must give exactly what the general
/// parser gives, and leave every other line to it.
final class GazetteerLineTests: XCTestCase {
    /// The line read the quick way into `entities` (nil when it is left to the general parser).
    private func quick(_ line: String, into entities: inout [Entity], from start: Int = 0) -> Bool {
        var bytes = line
        return bytes.withUTF8 { GazetteerLine.read($0, of: line, at: 0, into: &entities, from: start, file: "a.txt", line: 7) }
    }

    /// The entities of `text` read the general way, line by line.
    private func general(_ text: String) throws -> [Entity] {
        var entities: [Entity] = []
        for (index, line) in text.lines().enumerated() {
            try GazetteerParser.parseLine(line, into: &entities, from: 0, file: "a.txt", lineNumber: index + 1)
        }
        return entities
    }

    func testPlainLinesGiveWhatTheGeneralParserGives() throws {
        let text = """
            # a comment
            city  zz-ensk  =  Энск\u{A0}город\u{A0}\r
            \t  in zz-north\r
                aka  Энск-на-Озере
                role Глава — «первый»
                adjective энский
                ambiguous and more
                historical
                needs г пос
                country ZZ
                was Старый Энск until 2020-01-01
            org zz-school = ГУО «Средняя школа № 1 г. Энска»
                in zz-ensk
            country zz = Зетландия

            """
        XCTAssertEqual(try GazetteerParser.parse(text, file: "a.txt"), try general(text))
        let entities = try GazetteerParser.parse(text, file: "a.txt")
        XCTAssertEqual(entities.map(\.id), ["zz-ensk", "zz-school", "zz"])
        XCTAssertEqual(entities[0].name, "Энск\u{A0}город")
        XCTAssertEqual(entities[0].aliases, ["Энск-на-Озере"])
        XCTAssertEqual(entities[0].origin, "a.txt:2")
        XCTAssertEqual(entities[2].country, "ZZ")
    }

    func testWellFormedLinesAreReadQuickly() {
        var entities: [Entity] = []
        XCTAssertTrue(quick("city zz-ensk = Энск", into: &entities))
        XCTAssertTrue(quick("    in zz-north", into: &entities))
        XCTAssertTrue(quick("    aka Энск-город ", into: &entities))
        XCTAssertTrue(quick("    # a comment", into: &entities))
        XCTAssertTrue(quick("   ", into: &entities))
        XCTAssertEqual(entities.count, 1)
        XCTAssertEqual(entities[0].parent, "zz-north")
        XCTAssertEqual(entities[0].aliases, ["Энск-город"])
        XCTAssertEqual(entities[0].origin, "a.txt:7")
    }

    func testOtherLinesAreLeftToTheGeneralParserUnchanged() {
        var entities: [Entity] = []
        XCTAssertTrue(quick("city zz-ensk = Энск", into: &entities))
        let before = entities
        for line in ["    country ZZ", "    was Старое until 2020-01-01", "    needs г", "    bogus 1", "    in Bad-Id", "    aka",
                     "city zz-x Энск", "town zz-x = Энск", "city ZZ = Энск", "city zz-x = ", "country zzz = Страна",
                     "city zz-x = Э\u{301}нск", "city zz-x = Ἑλλάς"] {
            var copy = before
            XCTAssertFalse(quick(line, into: &copy), line)
            XCTAssertEqual(copy, before, line)
        }
        var withParent = before
        withParent[0].parent = "zz-south"
        XCTAssertFalse(quick("    in zz-north", into: &withParent), "a second parent is an error")
        XCTAssertEqual(withParent[0].parent, "zz-south")
        var none: [Entity] = []
        XCTAssertFalse(quick("    in zz-north", into: &none), "an attribute before any entity")
        XCTAssertFalse(quick("    in zz-north", into: &entities, from: 1), "an attribute before the file's first entity")
    }

    func testPlainText() {
        func plain(_ text: String) -> Bool { var text = text; return text.withUTF8 { GazetteerLine.isPlain($0) } }
        XCTAssertTrue(plain("Средняя школа № 1 — «Альфа» “бета” Ёлка\t\u{A0}é"))
        XCTAssertFalse(plain("Э\u{301}нск"), "a combining accent joins the letter before")
        XCTAssertFalse(plain("Ἑλλάς"))
        XCTAssertFalse(plain("a\u{200D}b"), "a zero-width joiner")
        XCTAssertFalse(plain("😀"))
    }
}
