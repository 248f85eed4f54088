import Foundation
import XCTest
@testable import Entities

/// People written out in full — given name, patronymic, surname, in every case and both orders — found
/// with a made-up lexicon of given names, and one person however written.
final class PersonShapeTests: XCTestCase {
    private var folders: GazetteerFolders!
    private var linker: Linker!

    /// The folders go when the test ends (XCTest keeps test case objects until the whole run ends).
    override func tearDown() {
        folders = nil
        super.tearDown()
    }

    override func setUpWithError() throws {
        folders = try GazetteerFolders()
        linker = Linker(gazetteer: try folders.load("", lexicon: ["given-names.txt": "# test\nЗиновий\nЗоряна\nСемен\n"]))
    }

    private func persons(_ goal: String) throws -> [String] {
        let linked = linker.link(try HandReports.report([HandReports.Row(goal: goal)]))
        return linked.mentions[0].filter { $0.field == .goal }.map { "\($0.text) → \($0.entityID)" }
    }

    func testNoGivenNameNoInitialsNoPerson() throws {
        XCTAssertEqual(try persons(""), [])
        XCTAssertEqual(try persons("Встреча прошла успешно"), [])
        XCTAssertEqual(try persons("Встреча с Пупкиновым"), [], "a surname alone is not found")
    }

    func testGivenNamePatronymicAndSurnameInEveryCase() throws {
        XCTAssertEqual(try persons("Зиновий Петрович Пупкинов"), ["Зиновий Петрович Пупкинов → x-person-pupkinov-z-p"])
        XCTAssertEqual(try persons("встреча с Зиновием Петровичем Пупкиновым"), ["Зиновием Петровичем Пупкиновым → x-person-pupkinov-z-p"])
        XCTAssertEqual(try persons("для Зоряны Ильиничны Сидорчук"), ["Зоряны Ильиничны Сидорчук → x-person-sidorchuk-z-i"])
        XCTAssertEqual(try persons("Пупкинов Зиновий Петрович"), ["Пупкинов Зиновий Петрович → x-person-pupkinov-z-p"])
    }

    func testGivenNameAndSurname() throws {
        XCTAssertEqual(try persons("глава города Зиновий Пупкинов"), ["Зиновий Пупкинов → x-person-pupkinov-z"],
                       "a person after a town's marker is no town")
        XCTAssertEqual(try persons("с Зоряной Сидорчук"), ["Зоряной Сидорчук → x-person-sidorchuk-z"])
        XCTAssertEqual(try persons("председатель Зиновий Киселевич"), ["Зиновий Киселевич → x-person-kiselevich-z"],
                       "a patronymic's ending with no surname after it is the surname")
    }

    func testAWomansGivenNameAndPatronymicAloneNameNoOne() throws {
        XCTAssertEqual(try persons("поздравила Зоряна Ильинична"), [])
        XCTAssertEqual(try persons("вместе с Зоряной Ильиничной и гостями"), [])
        XCTAssertEqual(try persons("Зоряна Петровна Сидорчук"), ["Зоряна Петровна Сидорчук → x-person-sidorchuk-z-p"])
        XCTAssertEqual(try persons("Зоряна Сидорчук"), ["Зоряна Сидорчук → x-person-sidorchuk-z"])
    }

    func testAMansGivenNameAndAPatronymicMadeFromAGivenNameNameNoOne() throws {
        XCTAssertEqual(try persons("поздравил Зиновий Семенович"), [])
        XCTAssertEqual(try persons("вместе с Зиновием Семеновичем и гостями"), [])
        XCTAssertEqual(try persons("Зиновий Семенович Пупкинов"), ["Зиновий Семенович Пупкинов → x-person-pupkinov-z-s"])
        XCTAssertEqual(try persons("председатель Зиновий Киселевич"), ["Зиновий Киселевич → x-person-kiselevich-z"],
                       "made from no given name: a surname")
        XCTAssertEqual(PersonShape.malePatronymic(of: "Сергей"), "сергеевич")
        XCTAssertEqual(PersonShape.malePatronymic(of: "Игорь"), "игоревич")
        XCTAssertEqual(PersonShape.malePatronymic(of: "Илья"), "ильич")
        XCTAssertEqual(PersonShape.malePatronymic(of: "Иван"), "иванович")
        XCTAssertNil(PersonShape.malePatronymic(of: "Ли"))
    }

    func testASurnameMadeFromAGivenNameIsNoGivenName() throws {
        XCTAssertEqual(try persons("Зиновий Семенов"), ["Зиновий Семенов → x-person-semenov-z"])
    }

    func testOnePersonHoweverWritten() throws {
        let linked = linker.link(try HandReports.report([HandReports.Row(goal: "Зиновий Петрович Пупкинов, З.П. Пупкинов, Пупкиновым З.П.")]))
        XCTAssertEqual(Set(linked.mentions[0].map(\.entityID)), ["x-person-pupkinov-z-p"])
        XCTAssertEqual(linked.mentions[0].count, 3)
    }
}
