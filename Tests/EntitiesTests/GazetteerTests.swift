import XCTest
@testable import Entities

/// `Gazetteer`: loading folders, the checks that stop a load (with the file and line at fault), the
/// country and ancestry every entity gets, and the shipped gazetteer.
final class GazetteerTests: XCTestCase {
    private var folders: GazetteerFolders!

    override func setUpWithError() throws { folders = try GazetteerFolders() }
    override func tearDown() { folders = nil }

    // MARK: Loading

    func testAFolderWithoutFilesGivesAnEmptyGazetteer() throws {
        let gazetteer = try Gazetteer.load(directories: [folders.folder("empty", [:])])
        XCTAssertEqual(gazetteer.entities.count, 0)
        XCTAssertNil(gazetteer.entity(id: "by"))
        XCTAssertFalse(gazetteer.isSmolensk("ru-smolensk"))
        XCTAssertEqual(gazetteer.ancestorIDs(of: "by"), [])
        XCTAssertEqual(gazetteer.index.patterns.count, 0)
    }

    func testOnlyTxtFilesAreReadInNameOrder() throws {
        let folder = try folders.folder("g", [
            "b.txt": "city zz-b = Бэ\n    in zz\n",
            "a.txt": "country zz = Зетландия\n",
            "notes.md": "city zz-md = Эм\n    in zz\n",
            "c.txt.bak": "city zz-bak = Бак\n    in zz\n",
        ])
        let gazetteer = try Gazetteer.load(directories: [folder])
        XCTAssertEqual(gazetteer.entities.map(\.id), ["zz", "zz-b"])
        XCTAssertEqual(gazetteer.entity(id: "zz-b")?.origin, folders.path("g", "b.txt") + ":1")
        XCTAssertEqual(gazetteer.position(of: "zz-b"), 1)
    }

    func testFoldersAddUp() throws {
        let shipped = try folders.folder("shipped", ["world.txt": GazetteerFolders.world])
        let user = try folders.folder("user", ["mine.txt": "org zz-ensk-club = Клуб «Энск»\n    in zz-ensk\n"])
        let gazetteer = try Gazetteer.load(directories: [shipped, user])
        XCTAssertEqual(gazetteer.entity(id: "zz-ensk-club")?.country, "ZZ")
        XCTAssertEqual(gazetteer.ancestorIDs(of: "zz-ensk-club"), ["zz-ensk", "zz-north", "zz"])
    }

    func testAMissingFolderIsAnError() {
        let missing = folders.root.appendingPathComponent("nowhere").path
        let error = inputError { try Gazetteer.load(directories: [missing]) }
        XCTAssertEqual(error?.file, missing)
        XCTAssertEqual(error?.message, "no such gazetteer folder")
    }

    func testAFileThatIsNotUTF8IsAnError() throws {
        let folder = try folders.folder("bad", [:])
        let path = (folder as NSString).appendingPathComponent("latin1.txt")
        try Data([0x63, 0x69, 0x74, 0x79, 0x20, 0xE9, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        let error = inputError { try Gazetteer.load(directories: [folder]) }
        XCTAssertEqual(error?.file, path)
        XCTAssertEqual(error?.message, "cannot be read as UTF-8 text")
    }

    // MARK: Checks

    struct Bad {
        let name: String
        /// Files of a second folder loaded after the world.
        let files: [String: String]
        let file: String
        let line: Int
        let message: String
    }

    static let bad: [Bad] = [
        Bad(name: "malformed line", files: ["x.txt": "city zz-a = А\n    in zz\ncity zz-b\n"], file: "x.txt", line: 3,
            message: "expected 'KIND ID = Name', got 'city zz-b'"),
        Bad(name: "unknown kind", files: ["x.txt": "\n\nvillage zz-a = А\n"], file: "x.txt", line: 3, message: "unknown kind 'village'"),
        Bad(name: "unknown keyword", files: ["x.txt": "city zz-a = А\n    in zz\n    also Б\n"], file: "x.txt", line: 3,
            message: "unknown keyword 'also'"),
        Bad(name: "bad id", files: ["x.txt": "city zz.a = А\n    in zz\n"], file: "x.txt", line: 1, message: "bad id 'zz.a'"),
        Bad(name: "duplicate id across folders", files: ["x.txt": "# again\ncity zz-ensk = Энск\n    in zz-north\n"], file: "x.txt",
            line: 2, message: "duplicate id 'zz-ensk' (first defined at "),
        Bad(name: "duplicate id in one file", files: ["x.txt": "city zz-a = А\n    in zz\ncity zz-a = Б\n    in zz\n"], file: "x.txt",
            line: 3, message: "duplicate id 'zz-a'"),
        Bad(name: "unknown parent", files: ["x.txt": "city zz-a = А\n    in zz-south\n"], file: "x.txt", line: 1,
            message: "'zz-a' is in 'zz-south', which is not in the gazetteer"),
        Bad(name: "no parent", files: ["x.txt": "city zz-a = А\n    aka Аа\n"], file: "x.txt", line: 1, message: "'zz-a' has no parent"),
        Bad(name: "a cycle", files: ["x.txt": "org zz-a = Альфа\n    in zz-b\n\norg zz-b = Бета\n    in zz-a\n"], file: "x.txt", line: 1,
            message: "'zz-a' is its own ancestor"),
        Bad(name: "a cycle of one", files: ["x.txt": "org zz-a = Альфа\n    in zz-a\n"], file: "x.txt", line: 1,
            message: "'zz-a' is its own ancestor"),
        Bad(name: "a country code not two letters", files: ["x.txt": "city zz-a = А\n    in zz\n    country Z\n"], file: "x.txt", line: 3,
            message: "country 'Z' is not an ISO 3166 alpha-2 code"),
        Bad(name: "a bad former-name date", files: ["x.txt": "city zz-a = А\n    in zz\n    was Б until 2024-02-30\n"], file: "x.txt",
            line: 3, message: "'2024-02-30' is not a date"),
        Bad(name: "a name claimed twice", files: ["x.txt": "city zz-a = Энск\n    in zz\n"], file: "x.txt", line: 1,
            message: "the name 'Энск' of 'zz-a' also names 'zz-ensk'"),
        Bad(name: "a name claimed twice, one ambiguous", files: ["x.txt": "city zz-a = Энск\n    in zz\n    ambiguous\n"], file: "x.txt",
            line: 1, message: "also names 'zz-ensk'"),
        Bad(name: "an alias claiming a name, in another case", files: ["x.txt": "org zz-a = Альфа\n    in zz\n    aka Северная  Область\n"],
            file: "x.txt", line: 1, message: "the name 'Северная  Область' of 'zz-a' also names 'zz-north'"),
        Bad(name: "a bad lexicon line", files: ["lexicon/legal-forms.txt": "# forms\nООО общество\n"], file: "lexicon/legal-forms.txt",
            line: 2, message: "expected 'ABBR = full form', got 'ООО общество'"),
    ]

    func testEachCheckStopsTheLoadWithTheFileAndLineAtFault() throws {
        let world = try folders.folder("world", ["world.txt": GazetteerFolders.world])
        for bad in Self.bad {
            let user = try folders.folder("user-\(UUID().uuidString)", bad.files)
            guard let error = inputError({ try Gazetteer.load(directories: [world, user]) }) else { continue }
            let file = (user as NSString).appendingPathComponent(bad.file)
            XCTAssertEqual(error.file, file, bad.name)
            XCTAssertEqual(error.line, bad.line, bad.name)
            XCTAssertTrue(error.message.contains(bad.message), "\(bad.name): '\(error.message)' does not say '\(bad.message)'")
            XCTAssertTrue(error.description.hasPrefix("\(file):\(bad.line): "), "\(bad.name): \(error.description)")
        }
    }

    func testTheDuplicateNamesWhereTheFirstWasDefined() throws {
        let world = try folders.folder("world", ["world.txt": GazetteerFolders.world])
        let user = try folders.folder("user", ["x.txt": "country zz = Зетландия\n"])
        let error = inputError { try Gazetteer.load(directories: [world, user]) }
        XCTAssertEqual(error?.message, "duplicate id 'zz' (first defined at \(folders.path("world", "world.txt")):1)")
    }

    func testAnEntityWithoutACountryAnywhereIsRefused() throws {
        // Files always give a country its code; an entity list without one shows the check.
        var country = Entity(id: "zz", kind: .country, name: "Зетландия")
        country.origin = "hand.txt:1"
        var city = Entity(id: "zz-ensk", kind: .city, name: "Энск", parent: "zz")
        city.origin = "hand.txt:3"
        let error = inputError { try Gazetteer(entities: [country, city], lexicon: Lexicon()) }
        XCTAssertEqual(error?.file, "hand.txt")
        XCTAssertEqual(error?.line, 1)
        XCTAssertEqual(error?.message, "'zz' has no country and none of its parents has one")
    }

    func testOneNameForTwoEntitiesIsAllowedWhenBothAreAmbiguous() throws {
        let gazetteer = try folders.load("""
            city zz-surazh = Сураж
                in zz-north
                ambiguous

            city ru-surazh = Сураж
                in ru
                ambiguous

            district zz-moskovsky = Московский район
                in zz-ensk
                ambiguous

            district ru-moskovsky = Московский район
                in ru-smolensk
                ambiguous
            """)
        let surazh = gazetteer.index.patterns.filter { $0.tokens.map(\.folded) == ["сураж"] }
        XCTAssertEqual(surazh.count, 1, "one spelling is one pattern")
        XCTAssertEqual(surazh.first?.entities.map { gazetteer.entities[$0].id }, ["zz-surazh", "ru-surazh"])
    }

    func testDifferentSpellingsWithTheSameStemsAreDifferentNames() throws {
        // "Мали" and "Мале" fold to the same key but are spelled differently: no clash.
        let gazetteer = try folders.load("country ml = Мали\n\ncity mv-male = Мале\n    in zz\n")
        XCTAssertNotNil(gazetteer.entity(id: "ml"))
        XCTAssertNotNil(gazetteer.entity(id: "mv-male"))
    }

    func testOneEntityMayRepeatItsOwnName() throws {
        let gazetteer = try folders.load("city zz-a = Альфа\n    in zz\n    aka Альфа\n    was альфа\n")
        XCTAssertEqual(gazetteer.index.patterns.filter { $0.tokens.map(\.folded) == ["альфа"] }.count, 1)
    }

    // MARK: Countries and ancestry

    func testTheCountryIsInheritedFromTheNearestParentThatHasOne() throws {
        let gazetteer = try folders.load("""
            org zz-ensk-school = Школа № 1 г. Энска
                in zz-ensk

            org zz-embassy = Посольство Республики Зетландия в Российской Федерации
                in ru-smolensk
                country ZZ

            person person-ivanov-ii = Иванов И.И.
                in zz-embassy
            """)
        XCTAssertEqual(gazetteer.entity(id: "zz")?.country, "ZZ")
        XCTAssertEqual(gazetteer.entity(id: "zz-north")?.country, "ZZ")
        XCTAssertEqual(gazetteer.entity(id: "zz-ensk-school")?.country, "ZZ")
        XCTAssertEqual(gazetteer.entity(id: "ru-smolensk")?.country, "RU")
        // An own country beats the parent's; a child inherits the nearest one.
        XCTAssertEqual(gazetteer.entity(id: "zz-embassy")?.country, "ZZ")
        XCTAssertEqual(gazetteer.entity(id: "person-ivanov-ii")?.country, "ZZ")
        XCTAssertEqual(gazetteer.ancestorIDs(of: "person-ivanov-ii"), ["zz-embassy", "ru-smolensk", "ru-smolensk-region", "ru"])
        XCTAssertEqual(gazetteer.ancestorIDs(of: "zz"), [])
        XCTAssertEqual(gazetteer.ancestorIDs(of: "nothing"), [])
    }

    func testSmolenskIsTheRegionAndEverythingUnderIt() throws {
        let gazetteer = try folders.load("""
            org ru-smolensk-administration = Администрация города Смоленска
                in ru-smolensk

            person person-novikov-aa = Новиков А.А.
                in ru-smolensk-administration

            region ru-bryansk-region = Брянская область
                in ru

            org zz-consulate = Консульство Зетландии в Смоленске
                in ru-smolensk
                country ZZ
            """)
        for id in ["ru-smolensk-region", "ru-smolensk", "ru-smolensk-administration", "person-novikov-aa", "zz-consulate"] {
            XCTAssertTrue(gazetteer.isSmolensk(id), id)
        }
        for id in ["ru", "ru-bryansk-region", "zz", "zz-ensk", "unknown-id"] {
            XCTAssertFalse(gazetteer.isSmolensk(id), id)
        }
    }

    func testWithoutTheSmolenskRegionNothingIsSmolensk() throws {
        let gazetteer = try Gazetteer.load(directories: [folders.folder("g", ["a.txt": "country ru = Россия\n\ncity ru-smolensk = Смоленск\n    in ru\n"])])
        XCTAssertFalse(gazetteer.isSmolensk("ru-smolensk"))
    }

    func testTheLexiconIsReadAndMergedAcrossFolders() throws {
        let first = try folders.folder("first", [
            "a.txt": "country zz = Зетландия\n",
            "lexicon/legal-forms.txt": "# forms\nООО = общество с ограниченной ответственностью\nГУО = государственное учреждение образования ; BY\n",
            "lexicon/abbreviations.txt": "СШ = средняя школа\n",
            "lexicon/org-heads.txt": "Администрация\nКлуб !named\n",
        ])
        let second = try folders.folder("second", ["lexicon/org-heads.txt": "Гимназия\n"])
        let lexicon = try Gazetteer.load(directories: [first, second]).lexicon
        XCTAssertEqual(lexicon.legalForms.map(\.abbreviation), ["ООО", "ГУО"])
        XCTAssertEqual(lexicon.legalForms.map(\.country), [nil, "BY"])
        XCTAssertEqual(lexicon.legalForms.last?.expansion, "государственное учреждение образования")
        XCTAssertEqual(lexicon.abbreviations, [Lexicon.Expansion(abbreviation: "СШ", expansion: "средняя школа", country: nil)])
        XCTAssertEqual(lexicon.organizationHeads, ["Администрация", "Клуб", "Гимназия"])
        XCTAssertEqual(lexicon.namedOnlyHeads, ["Клуб"])
    }

    // MARK: The shipped gazetteer

    func testTheShippedGazetteerLoads() throws {
        let gazetteer = try Gazetteer.load(directories: [TestPaths.gazetteer])
        XCTAssertGreaterThan(gazetteer.entities.count, 1000)
        XCTAssertEqual(Set(gazetteer.entities.map(\.id)).count, gazetteer.entities.count)
        XCTAssertTrue(gazetteer.entities.allSatisfy { $0.country?.count == 2 }, "every entity has a two-letter country")
        XCTAssertTrue(gazetteer.entities.allSatisfy { $0.kind == .country || $0.parent != nil })
        XCTAssertEqual(gazetteer.entity(id: "by-vitebsk")?.name, "Витебск")
        XCTAssertEqual(gazetteer.entity(id: "by-vitebsk")?.country, "BY")
        XCTAssertEqual(gazetteer.ancestorIDs(of: "by-vitebsk"), ["by-vitebsk-region", "by"])
        XCTAssertEqual(gazetteer.ancestorIDs(of: "person-anokhin-vn"), ["ru-smolensk-government", "ru-smolensk-region", "ru"])
        XCTAssertTrue(gazetteer.isSmolensk("ru-velizh-okrug"))
        XCTAssertTrue(gazetteer.isSmolensk("person-anokhin-vn"))
        XCTAssertFalse(gazetteer.isSmolensk("by-vitebsk"))
        XCTAssertFalse(gazetteer.isSmolensk("ru"))
        XCTAssertFalse(gazetteer.lexicon.legalForms.isEmpty)
        XCTAssertFalse(gazetteer.lexicon.abbreviations.isEmpty)
        XCTAssertFalse(gazetteer.lexicon.organizationHeads.isEmpty)
        // Every kind is there, and the Smolensk region has its municipalities.
        XCTAssertEqual(Set(gazetteer.entities.map(\.kind)), Set(EntityKind.allCases))
        XCTAssertGreaterThan(gazetteer.entities.filter { $0.kind == .district && gazetteer.isSmolensk($0.id) }.count, 20)
    }

    func testEntityKindsOrderLargerPlacesFirst() {
        XCTAssertEqual(EntityKind.allCases.sorted(), [.country, .region, .district, .city, .org, .person])
        XCTAssertEqual(EntityKind.allCases.filter(\.isPlace), [.country, .region, .district, .city])
    }
}
