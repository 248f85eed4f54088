import XCTest
@testable import Entities

/// `NameIndex`: how gazetteer names become patterns — tokenized like report text, keyed by their first
/// token, with abbreviation variants for organizations and a separate index for people.
final class NameIndexTests: XCTestCase {
    private var folders: GazetteerFolders!

    override func setUpWithError() throws { folders = try GazetteerFolders() }
    override func tearDown() { folders = nil }

    private static let lexicon = [
        "abbreviations.txt": "СШ = средняя школа\nДК = дом культуры\n",
        "legal-forms.txt": "ГУО = государственное учреждение образования ; BY\n",
    ]

    /// The patterns of entity `id`, each as its folded tokens joined by spaces.
    private func patterns(_ gazetteer: Gazetteer, _ id: String) -> [String] {
        guard let position = gazetteer.position(of: id) else { return [] }
        return gazetteer.index.patterns.filter { $0.entities.contains(position) }.map { $0.tokens.map(\.folded).joined(separator: " ") }
    }

    func testAnEmptyGazetteerHasNoPatterns() throws {
        let gazetteer = try Gazetteer.load(directories: [folders.folder("empty", [:])])
        XCTAssertTrue(gazetteer.index.patterns.isEmpty)
        XCTAssertEqual(gazetteer.index.candidates(forKeys: ["витебск"]), [])
        XCTAssertTrue(gazetteer.index.persons.isEmpty)
    }

    func testPatternTokensDropQuotesAndDots() {
        let tokens = NameIndex.patternTokens("ГУО «Гимназия № 7 г. Гродно»")
        XCTAssertEqual(tokens.map(\.folded), ["гуо", "гимназия", "№", "7", "г", "гродно"])
        XCTAssertEqual(tokens.map(\.kind), [.word, .word, .numero, .number, .word, .word])
        XCTAssertEqual(tokens.map(\.keys), [["гуо"], ["гимназ"], ["№"], ["7"], ["город"], ["гродн"]])
        XCTAssertEqual(tokens.map(\.isCapitalized), [true, true, false, false, false, true])
        XCTAssertEqual(tokens.map(\.isAllCaps), [true, false, false, false, false, false])
        XCTAssertEqual(NameIndex.patternTokens("«»"), [])
    }

    func testEveryNameIsIndexedByItsFirstKey() throws {
        let gazetteer = try folders.load("""
            district zz-velsk-okrug = Вельский муниципальный округ
                in zz-north
                aka Вельский округ
                was Вельский район until 2025-01-01
            """)
        XCTAssertEqual(patterns(gazetteer, "zz-velsk-okrug").sorted(),
                       ["вельская земля", "вельский муниципальный округ", "вельский округ", "вельский район", "вельщина"],
                       "the names written, and the two made from the adjective (DerivedPlaceNames)")
        let found = gazetteer.index.candidates(forKeys: ["вельск"]).map { gazetteer.index.patterns[$0] }
        XCTAssertEqual(found.count, 4)
        XCTAssertEqual(found.map(\.isFormer), [false, false, true, false])
        // Another key finds none of them; several keys find the union.
        XCTAssertEqual(gazetteer.index.candidates(forKeys: ["округ"]), [])
        XCTAssertEqual(gazetteer.index.candidates(forKeys: ["энск", "вельск"]).count, 5)
    }

    func testAbbreviationsInCapitalsMustBeCapitalsInTheText() throws {
        let gazetteer = try folders.load("org zz-academy = Зетландская академия наук\n    in zz\n    aka ЗАН\n")
        let abbreviation = try XCTUnwrap(gazetteer.index.patterns.first { $0.tokens.map(\.folded) == ["зан"] })
        XCTAssertTrue(try abbreviation.tokens.at(0).isAllCaps)
        let full = try XCTUnwrap(gazetteer.index.patterns.first { $0.tokens.count == 3 })
        XCTAssertFalse(full.tokens.contains(where: \.isAllCaps))
    }

    func testPeopleGoToTheSurnameIndex() throws {
        let gazetteer = try folders.load("""
            person person-ivanov-ii = Иванов И.И.
                in zz-ensk
                aka Иванов Иван Иванович

            person person-shepp-m = Шепп М.
                in zz
            """)
        XCTAssertEqual(gazetteer.index.persons["иванов"]?.map(\.initials), ["ии"])
        XCTAssertEqual(gazetteer.index.persons["шепп"]?.map(\.initials), ["м"])
        // The canonical name is not a pattern; the full name is.
        XCTAssertEqual(patterns(gazetteer, "person-ivanov-ii"), ["иванов иван иванович"])
        XCTAssertEqual(patterns(gazetteer, "person-shepp-m"), [])
    }

    func testPersonNameShapes() {
        XCTAssertEqual(NameIndex.personName("Анохин В.Н.")?.keys, ["анохин"])
        XCTAssertEqual(NameIndex.personName("Анохин В.Н.")?.initials, "вн")
        XCTAssertEqual(NameIndex.personName("В.Н. Анохин")?.initials, "вн")
        XCTAssertEqual(NameIndex.personName("Шепп М.")?.initials, "м")
        XCTAssertNil(NameIndex.personName("Анохин Василий Николаевич"))
        XCTAssertNil(NameIndex.personName("Анохин"))
        XCTAssertNil(NameIndex.personName("А.Б.В. Анохин"))
        XCTAssertNil(NameIndex.personName("Mohamed Ali"))
    }

    func testOrganizationsAreAlsoIndexedWithAbbreviationsSwapped() throws {
        let gazetteer = try folders.load("""
            org zz-ensk-school-5 = Средняя школа № 5 г. Энска
                in zz-ensk

            org zz-ensk-school-6 = ГУО «СШ № 6»
                in zz-ensk

            org zz-ensk-club = ДК «Энск»
                in zz-ensk

            city zz-shkola = Средняя школа
                in zz-north
            """, lexicon: Self.lexicon)
        XCTAssertEqual(Set(patterns(gazetteer, "zz-ensk-school-5")), ["средняя школа № 5 г энска", "сш № 5 г энска"])
        XCTAssertEqual(Set(patterns(gazetteer, "zz-ensk-school-6")),
                       ["гуо сш № 6", "государственное учреждение образования сш № 6", "гуо средняя школа № 6"])
        XCTAssertEqual(Set(patterns(gazetteer, "zz-ensk-club")), ["дк энск", "дом культуры энск"])
        // Places are not varied.
        XCTAssertEqual(patterns(gazetteer, "zz-shkola"), ["средняя школа"])
    }

    func testAVariantNeverClashesWithAnotherEntitysName() throws {
        // "СШ № 5" of one school is the variant of the other's "Средняя школа № 5": the written name wins,
        // whichever entity comes first.
        let a = "org zz-a = Средняя школа № 5\n    in zz-ensk\n"
        let b = "org zz-b = СШ № 5\n    in zz-north\n    ambiguous\n"
        for text in [a + "\n" + b, b + "\n" + a] {
            let gazetteer = try folders.load(text, lexicon: Self.lexicon)
            let short = gazetteer.index.patterns.filter { $0.tokens.map(\.folded) == ["сш", "№", "5"] }
            XCTAssertEqual(short.count, 1, text)
            XCTAssertEqual(short.first?.entities.map { gazetteer.entities[$0].id }, ["zz-b"], text)
            let long = gazetteer.index.patterns.filter { $0.tokens.map(\.folded) == ["средняя", "школа", "№", "5"] }
            XCTAssertEqual(long.first?.entities.map { gazetteer.entities[$0].id }, ["zz-a"], text)
        }
    }

    func testPlaceAdjectives() throws {
        let gazetteer = try folders.load("""
            district zz-velsk-district = Вельский район
                in zz-north

            city zz-krasny = Красный
                in zz-north
                needs г. пос.
            """)
        func isPlaceAdjective(_ key: String) -> Bool {
            gazetteer.vocabulary.id(of: key).map(gazetteer.index.placeAdjectiveKeyIDs.contains) ?? false
        }
        XCTAssertTrue(isPlaceAdjective("вельск"))
        XCTAssertTrue(isPlaceAdjective("северн"), "Северная область")
        XCTAssertFalse(isPlaceAdjective("красн"), "a one-word name is not a place adjective")
        XCTAssertFalse(isPlaceAdjective("энск"))
    }

    func testRequiredMarkersAreKeyedLikeText() throws {
        let gazetteer = try folders.load("city zz-krasny = Красный\n    in zz-north\n    needs г. город пос. г.п. аг.\n")
        let position = try XCTUnwrap(gazetteer.position(of: "zz-krasny"))
        XCTAssertEqual(gazetteer.index.requiredMarkerKeys[position], ["город", "пос", "гп", "аг"])
        XCTAssertNil(gazetteer.index.requiredMarkerKeys[try XCTUnwrap(gazetteer.position(of: "zz-ensk"))])
    }

    func testTheShippedIndex() throws {
        let gazetteer = try TestGazetteer.shared()
        let vitebsk = try XCTUnwrap(gazetteer.position(of: "by-vitebsk"))
        let byVitebsk = gazetteer.index.candidates(forKeys: ["витебск"]).map { gazetteer.index.patterns[$0] }
        XCTAssertTrue(byVitebsk.contains { $0.entities == [vitebsk] && $0.tokens.count == 1 })
        XCTAssertTrue(gazetteer.index.persons["анохин"]?.contains { gazetteer.entities[$0.entity].id == "person-anokhin-vn" && $0.initials == "вн" } ?? false)
        // An ambiguous name is one pattern naming both.
        let moskovsky = gazetteer.index.patterns.filter { $0.tokens.map(\.folded) == ["московский", "район"] }
        XCTAssertEqual(moskovsky.count, 1)
        XCTAssertEqual(Set(moskovsky.first?.entities.map { gazetteer.entities[$0].id } ?? []),
                       ["by-minsk-moskovsky-district", "by-brest-moskovsky-district"])
    }
}
