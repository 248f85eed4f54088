import Foundation
import XCTest
@testable import Entities

/// Where a body the gazetteer lacks lies, from what its name and surroundings say — proven on a made-up
/// world, so that the rules are tested and not the shipped data: place adjectives with their level words,
/// a country's adjective, the legal form's region and the item's section, and nothing at all when nothing
/// is said.
final class UnknownPlacementTests: XCTestCase {
    private var folders: GazetteerFolders!
    private var linker: Linker!

    static let places = """
        region zz-brund-region = Брундская область
            in zz

        city zz-brund = Брунд
            in zz-brund-region

        district zz-vertin-district = Вертинский район
            in zz-brund-region

        city zz-vertin = Вертин
            in zz-vertin-district

        district ru-zorin-okrug = Зоринский муниципальный округ
            in ru-smolensk-region

        """

    static let lexicon = [
        "org-heads.txt": "ансамбль\nфилармония\nцентр культуры\nдом культуры\nуниверситет\nшкола\nрайонный исполнительный комитет\n",
        "org-adjectives.txt": "государственный\n",
        "legal-forms.txt": """
            МБОУ = муниципальное бюджетное общеобразовательное учреждение ; RU @ru-smolensk-region
            ФГУ = федеральное государственное учреждение ; RU
            ЗГУ = зетландское государственное учреждение ; ZZ
            ОАО = открытое акционерное общество

            """,
    ]

    /// The folders go when the test ends (XCTest keeps test case objects until the whole run ends).
    override func tearDown() {
        folders = nil
        super.tearDown()
    }

    override func setUpWithError() throws {
        folders = try GazetteerFolders()
        let gazetteer = try folders.load(UnknownPlacementTests.places, lexicon: UnknownPlacementTests.lexicon)
        linker = Linker(gazetteer: gazetteer)
    }

    /// Links with the made-up world and lexicon, `heads` added to its organization heads and `files` to its
    /// lexicon (replacing a file of the same name).
    private func useLexicon(heads: String = "", files: [String: String] = [:], world: String = UnknownPlacementTests.places) throws {
        var lexicon = UnknownPlacementTests.lexicon
        lexicon["org-heads.txt"]! += heads
        lexicon.merge(files) { _, new in new }
        linker = Linker(gazetteer: try folders.load(world, lexicon: lexicon))
    }

    /// The unknown entities of one item with `participants`, under `section`: "spelling → parent, country".
    private func placed(_ participants: String, section: String? = nil, place: String = "", level: ReportLevel = .municipal) throws -> [String] {
        let report = try HandReports.report([HandReports.Row(section: section, place: place, participants: participants)], level: level)
        let linked = linker.link(report)
        return linked.unknowns.values.sorted { $0.id < $1.id }.map { "\($0.name) → \($0.parent ?? "-"), \($0.country ?? "-")" }
    }

    func testAnAdjectiveWithItsLevelWordGivesThePlaceOfThatLevel() throws {
        XCTAssertEqual(try placed("Брундская областная филармония"), ["Брундская областная филармония → zz-brund-region, ZZ"])
        XCTAssertEqual(try placed("делегация Вертинского районного центра культуры"),
                       ["Вертинского районного центра культуры → zz-vertin-district, ZZ"])
        XCTAssertEqual(try placed("Вертинский городской дом культуры"), ["Вертинский городской дом культуры → zz-vertin, ZZ"])
        XCTAssertEqual(try placed("Вертинским районным исполнительным комитетом"),
                       ["Вертинским районным исполнительным комитетом → zz-vertin-district, ZZ"])
    }

    func testAnAdjectiveWithoutALevelWordGivesThePlaceAllItsReadingsShare() throws {
        // Брундский: the region or its city; both lie in the region.
        XCTAssertEqual(try placed("Брундский государственный университет"), ["Брундский государственный университет → zz-brund-region, ZZ"])
    }

    func testACountrysAdjectiveGivesTheCountry() throws {
        let world = UnknownPlacementTests.places + "\ncountry xy = Игрекия\n    adjective игрекский\n"
        try useLexicon(heads: "предприятие\nхолдинг\nассоциация\n", world: world)
        XCTAssertEqual(try placed("Игрекский государственный университет"), ["Игрекский государственный университет → xy, XY"])
        // In lower case, where it begins the name.
        XCTAssertEqual(try placed("с игрекским предприятием «Мотыль»"), ["игрекским предприятием «Мотыль» → xy, XY"])
        XCTAssertEqual(try placed("с предприятием «Мотыль» игрекского холдинга"), ["предприятием «Мотыль» → -, -"])
        // Right before a name that leaves it out.
        XCTAssertEqual(try placed("с Брундским университетом и игрекской Ассоциацией учителей"),
                       ["Ассоциацией учителей → xy, XY", "Брундским университетом → zz-brund-region, ZZ"])
        XCTAssertEqual(try placed("с игрекской стороной Ассоциацией учителей"), ["Ассоциацией учителей → -, -"], "not right before")
    }

    func testARepresentationIsOfTheCountryItsNamesAdjectiveSaysWhereverItsSeat() throws {
        let world = UnknownPlacementTests.places + "\ncountry xy = Игрекия\n    adjective игрекский\n"
        try useLexicon(heads: "Центр науки и культуры !seated\nПосольство !authority !seated\nОтделение !named !authority !seated\n", world: world)
        XCTAssertEqual(try placed("в Игрекском центре науки и культуры в Брунде"), ["Игрекском центре науки и культуры в Брунде → xy, XY"])
        // In lower case, a seat names a representation only with its owner's name ("представительства
        // Заречного фонда в Брунде"), not a kind alone.
        XCTAssertEqual(try placed("открытие отделения посольства в Брунде"), [])
        XCTAssertEqual(try placed("открытие отделения игрекской экономики в Брунде"), ["отделения игрекской экономики в Брунде → zz-brund, ZZ"],
                       "whose: a country's adjective")
        XCTAssertEqual(try placed("открытие отделения Заречного фонда в Брунде"), ["отделения Заречного фонда в Брунде → zz-brund, ZZ"])
        XCTAssertEqual(try placed("в Центре науки и культуры в Брунде"), ["Центре науки и культуры в Брунде → zz-brund, ZZ"], "the seat alone")
    }

    func testAHeadOfOneCountrysRepresentationsSaysWhoseItIsWhereverItSits() throws {
        let world = UnknownPlacementTests.places + "\ncountry xy = Игрекия\n"
        try useLexicon(heads: "Заморский дом !seated !XY\nЦентр науки и культуры !seated\n", world: world)
        XCTAssertEqual(try placed("с администрацией Заморского дома в Брунде"), ["Заморского дома в Брунде → -, XY"])
        XCTAssertEqual(try placed("в Центре науки и культуры в Брунде"), ["Центре науки и культуры в Брунде → zz-brund, ZZ"], "an unmarked head")
    }

    func testATownsAdjectiveBeginsABodysName() throws {
        // A town with no district or region of the same adjective: the adjective comes from its name.
        let world = UnknownPlacementTests.places + "\ncity zz-kalm = Калмск\n    in zz-brund-region\n"
        linker = Linker(gazetteer: try folders.load(world, lexicon: UnknownPlacementTests.lexicon))
        XCTAssertEqual(try placed("студенты Калмского университета"), ["Калмского университета → zz-kalm, ZZ"])
    }

    func testALevelWordMakesTheAdjectiveBeforeItAPlacesKnownOrNot() throws {
        try useLexicon(heads: "Совет\nпредставительное Собрание\nрайисполком\nгорсовет\n")
        // A place the gazetteer lacks: the body is found, and placed nowhere.
        XCTAssertEqual(try placed("заместитель председателя Крундского райисполкома Д.В. Петров"),
                       ["Крундского райисполкома → -, -", "Д.В. Петров → x-org-krundsk-rayispolkom, -"], "the person serves the body")
        XCTAssertEqual(try placed("председатель Крундского районного представительного Собрания"),
                       ["Крундского районного представительного Собрания → -, -"])
        // A known one: the one-word council names the town.
        XCTAssertEqual(try placed("Брундский горсовет подписал"), ["Брундский горсовет → zz-brund, ZZ"])
    }

    func testAPlaceNamedAfterTheNameWins() throws {
        XCTAssertEqual(try placed("Брундская областная филармония (г. Вертин)"), ["Брундская областная филармония → zz-vertin, ZZ"])
    }

    func testTheLegalFormsRegionAndTheSection() throws {
        // A municipal form: the item's section when it lies in the form's region, else the region.
        XCTAssertEqual(try placed("МБОУ «Школа № 3»", section: "Зоринский муниципальный округ"),
                       ["МБОУ «Школа № 3» → ru-zorin-okrug, RU"])
        XCTAssertEqual(try placed("МБОУ «Школа № 3»", level: .regional), ["МБОУ «Школа № 3» → ru-smolensk-region, RU"])
        XCTAssertEqual(try placed("МБОУ «Школа № 3» г. Энска", section: "Зоринский муниципальный округ"),
                       ["МБОУ «Школа № 3» г. Энска → zz-ensk, ZZ"])
        // A federal form places nowhere but in its country; a foreign form never takes a Smolensk section.
        XCTAssertEqual(try placed("ФГУ «Школа № 4»", section: "Зоринский муниципальный округ"), ["ФГУ «Школа № 4» → -, RU"])
        XCTAssertEqual(try placed("ЗГУ «Школа № 5»", section: "Зоринский муниципальный округ"), ["ЗГУ «Школа № 5» → -, ZZ"])
    }

    func testNothingSaidGivesNoPlaceAndNoCountry() throws {
        XCTAssertEqual(try placed("Университет «Звезда»", section: "Зоринский муниципальный округ"), ["Университет «Звезда» → -, -"])
        XCTAssertEqual(try placed("Народный ансамбль «Ромашка»", section: "Зоринский муниципальный округ"), ["Народный ансамбль «Ромашка» → -, -"])
    }

    /// The unknown entities of one item whose title (name column) is `name`, under `section`.
    private func placedByTitle(_ name: String, section: String?, place: String = "", level: ReportLevel = .municipal) throws -> [String] {
        let report = try HandReports.report([HandReports.Row(section: section, name: name, place: place)], level: level)
        return linker.link(report).unknowns.values.sorted { $0.id < $1.id }.map { "\($0.name) → \($0.parent ?? "-"), \($0.country ?? "-")" }
    }

    func testABodyTheEventsTitleNamesInAMunicipalReportIsTheSectionsWhenNothingElseSays() throws {
        let section = "Зоринский муниципальный округ"
        XCTAssertEqual(try placedByTitle("Конкурс народного ансамбля «Ромашка»", section: section),
                       ["народного ансамбля «Ромашка» → ru-zorin-okrug, RU"])
        // Not without a section, not for a body of another country's legal form, not over its own place or
        // the venue abroad, and not outside the title.
        XCTAssertEqual(try placedByTitle("Конкурс народного ансамбля «Ромашка»", section: nil), ["народного ансамбля «Ромашка» → -, -"])
        XCTAssertEqual(try placedByTitle("Визит ЗГУ «Школа № 5»", section: section), ["ЗГУ «Школа № 5» → -, ZZ"])
        XCTAssertEqual(try placedByTitle("Конкурс ансамбля «Ромашка» (г. Брунд)", section: section), ["ансамбля «Ромашка» → zz-brund, ZZ"])
        XCTAssertEqual(try placedByTitle("Конкурс ансамбля «Ромашка»", section: section, place: "г. Энск, Республика Зетландия"),
                       ["ансамбля «Ромашка» → zz-ensk, ZZ"])
        XCTAssertEqual(try placed("Народный ансамбль «Ромашка»", section: section), ["Народный ансамбль «Ромашка» → -, -"])
    }

    func testTheVenueAbroadPlacesABodyNothingElsePlaces() throws {
        XCTAssertEqual(try placed("ОАО «Ромашка»", place: "г. Энск, Республика Зетландия"), ["ОАО «Ромашка» → zz-ensk, ZZ"])
        XCTAssertEqual(try placed("ОАО «Ромашка»", place: "г. Смоленск"), ["ОАО «Ромашка» → -, -"], "a venue at home places nothing")
        XCTAssertEqual(try placed("ОАО «Ромашка»", place: "онлайн"), ["ОАО «Ромашка» → -, -"])
        // A legal form of another country, or a place of its own, wins over the venue.
        XCTAssertEqual(try placed("ФГУ «Школа № 4»", place: "г. Энск"), ["ФГУ «Школа № 4» → -, RU"])
        XCTAssertEqual(try placed("МБОУ «Школа № 3»", section: "Зоринский муниципальный округ", place: "г. Энск"),
                       ["МБОУ «Школа № 3» → ru-zorin-okrug, RU"])
        XCTAssertEqual(try placed("ОАО «Ромашка» (г. Смоленск)", place: "г. Энск"), ["ОАО «Ромашка» → ru-smolensk, RU"])
    }

    func testATownAfterABodyAndACommaIsItsAddressWhenItsOwnPlaceHoldsIt() throws {
        XCTAssertEqual(try placed("Брундская областная филармония, г. Брунд"), ["Брундская областная филармония → zz-brund, ZZ"])
        // A town its own place does not hold, or a body that names no place, is another participant.
        XCTAssertEqual(try placed("Брундская областная филармония, г. Энск"), ["Брундская областная филармония → zz-brund-region, ZZ"])
        XCTAssertEqual(try placed("ОАО «Ромашка», г. Брунд"), ["ОАО «Ромашка» → -, -"])
        XCTAssertEqual(try placed("Брундская областная филармония и г. Брунд"), ["Брундская областная филармония → zz-brund-region, ZZ"])
    }

    func testAPartOfABodyNamedWithTheKnownBodyBelongsToIt() throws {
        let world = UnknownPlacementTests.places + "\norg zz-brund-administration = Администрация города Брунд\n    in zz-brund\n"
        try useLexicon(heads: "Администрация\nУправление\nАссоциация\n", files: ["unit-heads.txt": "управление\n"], world: world)
        let linked = linker.link(try HandReports.report([HandReports.Row(participants: "представители Управления спорта Администрации города Брунд")]))
        XCTAssertEqual(linked.mentions[0].map(\.text), ["Управления спорта Администрации города Брунд"], "one body")
        XCTAssertEqual(linked.unknowns.values.map { "\($0.parent ?? "-"), \($0.country ?? "-")" }, ["zz-brund-administration, ZZ"])
        // Not a part's head: two bodies.
        let two = linker.link(try HandReports.report([HandReports.Row(participants: "представители Ассоциации спорта Администрации города Брунд")]))
        XCTAssertEqual(two.mentions[0].map(\.entityID).filter { !$0.hasPrefix("x-") }, ["zz-brund-administration"])
        XCTAssertEqual(two.mentions[0].count, 2)
    }

    func testAPersonNamedAfterAPostWithAPlaceServesThatPlacesBody() throws {
        let world = UnknownPlacementTests.places + "\norg zz-brund-government = Правительство Брундской области\n    in zz-brund-region\n"
        try useLexicon(files: ["posts.txt": "губернатор = правительство\n"], world: world)
        XCTAssertEqual(try placed("Губернатор Брундской области З.П. Пупкинов"), ["З.П. Пупкинов → zz-brund-government, ZZ"])
        XCTAssertEqual(try placed("советника Губернатора Брундской области З.П. Пупкинова"), ["З.П. Пупкинова → zz-brund-government, ZZ"])
        // Another word, or a word between: the person serves no one known, and lies nowhere.
        XCTAssertEqual(try placed("житель Брундской области З.П. Пупкинов"), ["З.П. Пупкинов → -, -"])
        XCTAssertEqual(try placed("Губернатор Брундской области, гость З.П. Пупкинов"), ["З.П. Пупкинов → -, -"])
        // A place with no such body: the person serves no one known, but is of the place's country.
        XCTAssertEqual(try placed("Губернатор г. Брунд З.П. Пупкинов"), ["З.П. Пупкинов → -, ZZ"])
    }

    func testAPersonNamedAfterAPostWithAPlaceIsOfItsCountryWhenItsBodyIsUnknown() throws {
        try useLexicon(files: ["posts.txt": "мэр = администрация\nглава = администрация\n", "given-names.txt": "Сергей\n"])
        XCTAssertEqual(try placed("во главе с мэром Брунда Сергеем Пупкиновым"), ["Сергеем Пупкиновым → -, ZZ"])
        XCTAssertEqual(try placed("глава Брундской области С.И. Пупкинов"), ["С.И. Пупкинов → -, ZZ"])
        XCTAssertEqual(try placed("побывал в Брунде Сергей Пупкинов"), ["Сергей Пупкинов → -, -"], "not after a post")
    }

    func testAPersonWithAPostAfterTheNameServesItsBodyOrIsOfItsPlace() throws {
        let world = UnknownPlacementTests.places + "\norg zz-brund-administration = Администрация города Брунда\n    in zz-brund\n"
        try useLexicon(files: ["posts.txt": "глава = администрация\nруководитель\n", "given-names.txt": "Сергей\n"], world: world)
        func person(_ text: String) throws -> [String] { try placed(text).filter { $0.contains("Пупкинов") } }
        XCTAssertEqual(try person("Сергей Пупкинов, глава г. Брунд, отметил"), ["Сергей Пупкинов → zz-brund-administration, ZZ"])
        XCTAssertEqual(try person("Сергей Пупкинов, руководитель Вертинского района: «Рады»"), ["Сергей Пупкинов → -, ZZ"])
        // A body the post names, known or not: the person serves it.
        let served = try person("З.П. Пупкинов, руководитель Вертинского районного исполнительного комитета, отметил")
        XCTAssertEqual(served.count, 1)
        XCTAssertTrue(served[0].hasPrefix("З.П. Пупкинов → x-org-") && served[0].hasSuffix("--zz-vertin-district, ZZ"), "\(served)")
        XCTAssertEqual(try person("З.П. Пупкинов, руководитель Администрации города Брунда"), ["З.П. Пупкинов → zz-brund-administration, ZZ"])
        // Up to three lower-case words of the title between the post and the name.
        XCTAssertEqual(try person("З.П. Пупкинов, руководитель отдела культуры г. Брунд"), ["З.П. Пупкинов → -, ZZ"])
        XCTAssertEqual(try person("З.П. Пупкинов, руководитель одного очень важного отдела г. Брунд"), ["З.П. Пупкинов → -, -"], "four words")
        XCTAssertEqual(try person("З.П. Пупкинов, житель г. Брунд"), ["З.П. Пупкинов → -, -"], "not a post")
        XCTAssertEqual(try person("З.П. Пупкинов руководитель г. Брунд"), ["З.П. Пупкинов → -, -"], "no comma")
        XCTAssertEqual(try person("З.П. Пупкинов, руководитель. Брунд"), ["З.П. Пупкинов → -, -"], "a full stop before the place")
    }

    func testThePeopleAPlaceOrABodyIntroducesWithADashAreOfIt() throws {
        try useLexicon(files: ["given-names.txt": "Сергей\nИван\n"])
        func people(_ text: String) throws -> [String] { try placed(text).filter { $0.contains("Пупкин") || $0.contains("Сидорчук") } }
        XCTAssertEqual(try people("Вертинский район — глава района Сергей Пупкинов и председатель районного Совета Иван Сидорчук"),
                       ["Сергей Пупкинов → -, ZZ", "Иван Сидорчук → -, ZZ"])
        XCTAssertEqual(try people("Брундская область: З.П. Пупкинов, Я.Я. Сидорчук"), ["З.П. Пупкинов → -, ZZ", "Я.Я. Сидорчук → -, ZZ"])
        // A body: its people serve it.
        let served = try people("гости Вертинского районного исполнительного комитета – председатель З.П. Пупкинов")
        XCTAssertEqual(served.count, 1)
        XCTAssertTrue(served[0].hasPrefix("З.П. Пупкинов → x-org-") && served[0].hasSuffix("--zz-vertin-district, ZZ"), "\(served)")
        // No dash or colon, more than six words, or a full stop: no list.
        XCTAssertEqual(try people("Вертинский район и глава района Сергей Пупкинов"), ["Сергей Пупкинов → -, -"])
        XCTAssertEqual(try people("Вертинский район — один два три четыре пять шесть семь Сергей Пупкинов"), ["Сергей Пупкинов → -, -"])
        XCTAssertEqual(try people("Вертинский район — глава района. Сергей Пупкинов"), ["Сергей Пупкинов → -, -"])
    }

    func testADistrictOfACityTakesTheCityAfterItAndTheCityChoosesAmongDistrictsOfThatName() throws {
        let world = UnknownPlacementTests.places + """

            district zz-brund-central = Центральный район
                in zz-brund
                ambiguous

            district zz-vertin-central = Центральный район
                in zz-vertin
                ambiguous

            """
        try useLexicon(heads: "администрация !authority\n", world: world)
        XCTAssertEqual(try placed("глава администрации Центрального района Брунда"), ["администрации Центрального района Брунда → zz-brund-central, ZZ"])
        XCTAssertEqual(try placed("глава администрации Центрального района Вертина"), ["администрации Центрального района Вертина → zz-vertin-central, ZZ"])
        // With nothing to choose, the place that holds both readings: never one of them by chance.
        XCTAssertEqual(try placed("глава администрации Центрального района Брундской области"),
                       ["администрации Центрального района → zz-brund-region, ZZ"])
    }

    func testAQuotedNameAfterAPostIsTheBodyItsHolderServes() throws {
        try useLexicon(files: ["posts.txt": "директор\n"])
        let found = try placed("отметил директор «Центра культуры Брундской области» З.П. Пупкинов")
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.first, "«Центра культуры Брундской области» → zz-brund-region, ZZ", "the quotes are the name's")
        XCTAssertTrue(found.last?.hasPrefix("З.П. Пупкинов → x-org-tsentr-kultur") == true, "\(found)")
        XCTAssertEqual(try placed("выпуск газеты «Центр культуры Брундской области»"), [], "a title of something else")
    }

    func testAPersonFromAPlaceIsOfItsCountry() throws {
        try useLexicon(files: ["given-names.txt": "Сергей\n"])
        XCTAssertEqual(try placed("его коллега из Брунда Сергей Пупкинов"), ["Сергей Пупкинов → -, ZZ"])
        XCTAssertEqual(try placed("гости из г. Вертин З.П. Пупкинов и другие"), ["З.П. Пупкинов → -, ZZ"])
        XCTAssertEqual(try placed("гость из Брунда, З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "not right before the name")
        XCTAssertEqual(try placed("гость в Брунде З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "not \"из\"")
    }

    func testAPostWithoutABodyStillGivesThePlacesCountryThroughTitleWordsAndASeat() throws {
        try useLexicon(files: ["posts.txt": "# posts\nглава = администрация\nпосол\nминистр\n"])
        XCTAssertEqual(try placed("Посол Брундской области З.П. Пупкинов"), ["З.П. Пупкинов → -, ZZ"])
        // The seat after the place is not the place the post is of.
        XCTAssertEqual(try placed("посол Брундской области в Зоринском муниципальном округе З.П. Пупкинов"), ["З.П. Пупкинов → -, ZZ"])
        // Up to three lower-case words of the title between the post and the place.
        XCTAssertEqual(try placed("Глава муниципального образования Вертинский район З.П. Пупкинов"), ["З.П. Пупкинов → -, ZZ"])
        XCTAssertEqual(try placed("министр иностранных дел Брундской области З.П. Пупкинов"), ["З.П. Пупкинов → -, ZZ"])
        XCTAssertEqual(try placed("министр по очень важным делам Брундской области З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "four words")
        XCTAssertEqual(try placed("министр Большой Комиссии Брундской области З.П. Пупкинов").filter { $0.hasPrefix("З.П.") }, ["З.П. Пупкинов → -, ZZ"],
                       "the body the post is held in")
        XCTAssertEqual(try placed("житель Брундской области З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "not a post")
    }

    func testAPostsBodyQuotesAndFieldMayStandAroundThePlace() throws {
        try useLexicon(files: ["posts.txt": "глава = администрация\nруководитель\nдиректор\n"])
        func person(_ text: String) throws -> [String] { try placed(text).filter { $0.hasPrefix("З.П.") } }
        // The body the post is held in, up to three words, and its seat.
        XCTAssertEqual(try person("руководитель Представительства МКД Брундской области в г. Брунд З.П. Пупкинов"), ["З.П. Пупкинов → -, ZZ"])
        // Quotes do not count.
        XCTAssertEqual(try person("директор «Центра добрых дел Брундской области» З.П. Пупкинов"), ["З.П. Пупкинов → -, ZZ"])
        // The post's field after the place: "по" and up to six lower-case words.
        XCTAssertEqual(try person("заместитель Главы г. Брунд по инвестициям и комплексному развитию З.П. Пупкинов"), ["З.П. Пупкинов → -, ZZ"])
        XCTAssertEqual(try person("заместитель Главы г. Брунд по делам Молодежи З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "a capital in the field")
        XCTAssertEqual(try person("заместитель Главы г. Брунд по одному два три четыре пять шесть З.П. Пупкинов"), ["З.П. Пупкинов → -, -"],
                       "seven words")
        XCTAssertEqual(try person("заместитель Главы г. Брунд для развития З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "not \"по\"")
    }

    func testAKindOfSettlementOnlyOneCountryHasGivesItsCountry() throws {
        XCTAssertEqual(try placed("коллектив из агрогородка Заречье"), ["агрогородка Заречье → -, BY"])
        XCTAssertEqual(try placed("коллектив из аг. Заречье"), ["аг. Заречье → -, BY"])
        XCTAssertEqual(try placed("коллектив из деревни Заречье"), ["деревни Заречье → -, -"], "every country has villages")
        XCTAssertEqual(try placed("коллектив из агрогородка Заречье Вертинского района"), ["агрогородка Заречье → zz-vertin-district, ZZ"],
                       "a place named says more")
    }

    func testAnAbbreviationAndItsSpelledOutFormGiveOneID() throws {
        try useLexicon(files: ["abbreviations.txt": "ЗШ = заречная школа\nим. = имени\n"])
        let report = try HandReports.report(["МБОУ «ЗШ № 40» (г. Брунд)", "МБОУ «Заречная школа № 40» (г. Брунд)",
                                            "ОАО «Школа им. П.П. Заречного»", "ОАО «Школа имени П.П. Заречного»"].map { HandReports.Row(participants: $0) })
        let ids = linker.link(report).mentions.map { $0.first?.entityID ?? "-" }
        XCTAssertEqual(ids[0], ids[1])
        XCTAssertEqual(ids[2], ids[3])
        XCTAssertNotEqual(ids[0], ids[2])
        XCTAssertTrue(ids[0].hasPrefix("x-org-mbou-zarechn-shkol-40"), ids[0])
    }

    /// An abbreviation of a kind of body names one when a town or a district follows it, not a region.
    func testAnAbbreviatedKindOfBodyBeforeATownOrADistrictIsThatPlacesBody() throws {
        try useLexicon(files: ["abbreviations.txt": "ЗШ = заречная школа\n"])
        XCTAssertEqual(try placed("учащиеся ЗШ г. Брунда"), ["ЗШ г. Брунда → zz-brund, ZZ"])
        XCTAssertEqual(try placed("учащиеся ЗШ Вертинского района"), ["ЗШ Вертинского района → zz-vertin-district, ZZ"])
        XCTAssertEqual(try placed("учащиеся ЗШ МО «Вертинский район» Брундской области"),
                       ["ЗШ МО «Вертинский район» Брундской области → zz-vertin-district, ZZ"])
        XCTAssertEqual(try placed("учащиеся ЗШ Брундской области"), [], "a region's are the kind")
        XCTAssertEqual(try placed("учащиеся ЗШ и гости"), [])
    }

    func testTheBodyThatHostedTheItemLiesAtTheVenue() throws {
        // Its words say only the venue's region, or nothing: it lies at the venue, abroad or at home.
        XCTAssertEqual(try placed("", place: "г. Брунд, Брундская областная филармония"), ["Брундская областная филармония → zz-brund, ZZ"])
        XCTAssertEqual(try placed("", place: "г. Смоленск, ОАО «Ромашка»"), ["ОАО «Ромашка» → ru-smolensk, RU"])
        XCTAssertEqual(try placed("", place: "г. Смоленск, МБОУ «Гимназия «Ромашка»", level: .regional),
                       ["МБОУ «Гимназия «Ромашка» → ru-smolensk, RU"], "a form of the venue's region")
        // Named in the place column and elsewhere in the item, it is one body, at the venue.
        XCTAssertEqual(try placed("Брундская областная филармония", place: "г. Брунд, Брундская областная филармония"),
                       ["Брундская областная филармония → zz-brund, ZZ"])
    }

    func testFailingOneInThePlaceColumnTheBodyTheEventsNamePutsItInHostedIt() throws {
        func hosted(_ name: String, place: String) throws -> [String] {
            let linked = linker.link(try HandReports.report([HandReports.Row(name: name, place: place)]))
            return linked.unknowns.values.sorted { $0.id < $1.id }.map { "\($0.name) → \($0.parent ?? "-")" }
        }
        XCTAssertEqual(try hosted("Экскурсия в ОАО «Ромашка»", place: "г. Брунд"), ["ОАО «Ромашка» → zz-brund"])
        // Not after "в", two such bodies, or a body in the place column besides: the name says nothing of it.
        XCTAssertEqual(try hosted("Экскурсия для ОАО «Ромашка»", place: "г. Брунд"), ["ОАО «Ромашка» → zz-brund"], "the venue abroad")
        XCTAssertEqual(try hosted("Экскурсия для ОАО «Ромашка»", place: "г. Смоленск"), ["ОАО «Ромашка» → -"])
        XCTAssertEqual(try hosted("Экскурсия в ОАО «Ромашка»", place: "г. Смоленск"), ["ОАО «Ромашка» → ru-smolensk"])
        XCTAssertEqual(try hosted("Встреча в ОАО «Ромашка» и в ОАО «Лютик»", place: "г. Смоленск"), ["ОАО «Лютик» → -", "ОАО «Ромашка» → -"])
        XCTAssertEqual(try hosted("Экскурсия в ОАО «Ромашка»", place: "г. Смоленск, ОАО «Лютик»"), ["ОАО «Лютик» → ru-smolensk", "ОАО «Ромашка» → -"])
    }

    func testNoBodyHostsWhenThePlaceColumnCannotSayWhich() throws {
        // Two bodies the venue could hold: neither is placed by it (the one abroad still meets it there).
        XCTAssertEqual(try placed("", place: "г. Брунд, Брундская областная филармония, ОАО «Ромашка»"),
                       ["Брундская областная филармония → zz-brund-region, ZZ", "ОАО «Ромашка» → zz-brund, ZZ"])
        // Its own words name a place the venue is not in, or its legal form another country.
        XCTAssertEqual(try placed("", place: "г. Брунд, Вертинский городской дом культуры"), ["Вертинский городской дом культуры → zz-vertin, ZZ"])
        XCTAssertEqual(try placed("", place: "г. Брунд, ФГУ «Школа № 4»"), ["ФГУ «Школа № 4» → -, RU"])
        // Places in two branches (two towns, two countries) are no one venue.
        XCTAssertEqual(try placed("", place: "г. Брунд, г. Энск, ОАО «Ромашка»"), ["ОАО «Ромашка» → -, -"])
    }

    /// The unknown entities of a report with one item per cell of `participants`: "spelling → parent".
    private func placedAcrossItems(_ participants: [String]) throws -> [String] {
        let report = try HandReports.report(participants.map { HandReports.Row(participants: $0) })
        let linked = linker.link(report)
        return linked.mentions.flatMap { $0 }.map { "\($0.text) → \(linked.unknowns[$0.entityID]?.parent ?? "-")" }
    }

    func testABodyPlacedOnceLiesThereWhereverTheReportNamesItAgain() throws {
        XCTAssertEqual(try placedAcrossItems(["ОАО «Ромашка» (г. Вертин)", "ОАО «Ромашка»", "с ОАО «Ромашка»"]),
                       ["ОАО «Ромашка» → zz-vertin", "г. Вертин → -", "ОАО «Ромашка» → zz-vertin", "ОАО «Ромашка» → zz-vertin"])
        // A mention that names a place containing it agrees; one that names another place is another body.
        XCTAssertEqual(try placedAcrossItems(["ОАО «Ромашка» (г. Вертин)", "ОАО «Ромашка» (Брундская область)", "ОАО «Ромашка» (г. Брунд)"]),
                       ["ОАО «Ромашка» → zz-vertin", "г. Вертин → -", "ОАО «Ромашка» → zz-vertin", "Брундская область → -",
                        "ОАО «Ромашка» → zz-brund", "г. Брунд → -"])
        // Where a body was first named without a place, it stays so: no mention is changed after the fact.
        XCTAssertEqual(try placedAcrossItems(["ОАО «Ромашка»", "ОАО «Ромашка» (г. Вертин)"]),
                       ["ОАО «Ромашка» → -", "ОАО «Ромашка» → zz-vertin", "г. Вертин → -"])
    }

    func testANumberedBodyIsNeverPlacedByAnEarlierItem() throws {
        // Every town has its "Школа № 3": the one in Вертин says nothing of the next one.
        XCTAssertEqual(try placedAcrossItems(["ОАО «Школа № 3» (г. Вертин)", "ОАО «Школа № 3»"]),
                       ["ОАО «Школа № 3» → zz-vertin", "г. Вертин → -", "ОАО «Школа № 3» → -"])
    }

    func testTheBodiesOfAListACountryIntroducesBelongToIt() throws {
        let world = UnknownPlacementTests.places + "\ncountry xy = Игрекия\n    aka Республика Игрекия\n    adjective игрекский\n"
        try useLexicon(files: ["list-nouns.txt": "компания\nпредприятие\n"], world: world)
        // A country's adjective before a list noun, a country's name before a colon or "во главе с".
        XCTAssertEqual(try placed("представители игрекских компаний ОАО «Ромашка» и ОАО «Лютик»"),
                       ["ОАО «Лютик» → xy, XY", "ОАО «Ромашка» → xy, XY"])
        XCTAssertEqual(try placed("делегация Республики Игрекия: представители ОАО «Ромашка», ОАО «Лютик» (ОАО «Л»)"),
                       ["ОАО «Л» → xy, XY", "ОАО «Лютик» → xy, XY", "ОАО «Ромашка» → xy, XY"])
        XCTAssertEqual(try placed("делегация Игрекии во главе с владельцем компании ОАО «Ромашка»"), ["ОАО «Ромашка» → xy, XY"])
        // People and known bodies may stand in the list.
        XCTAssertEqual(try placed("делегация Игрекии во главе с З.П. Пупкиновым, ОАО «Ромашка»"), ["ОАО «Ромашка» → xy, XY", "З.П. Пупкиновым → -, -"])
        // A body's own place wins; any other word closes the list; a country named with no list opens none.
        XCTAssertEqual(try placed("игрекских предприятий ОАО «Ромашка» (г. Брунд), ОАО «Лютик»"),
                       ["ОАО «Лютик» → xy, XY", "ОАО «Ромашка» → zz-brund, ZZ"])
        XCTAssertEqual(try placed("игрекских предприятий ОАО «Ромашка», гость ОАО «Лютик»"), ["ОАО «Лютик» → -, -", "ОАО «Ромашка» → xy, XY"])
        XCTAssertEqual(try placed("делегация Республики Игрекия и ОАО «Ромашка»"), ["ОАО «Ромашка» → -, -"])
        XCTAssertEqual(try placed("игрекский ансамбль и ОАО «Ромашка»"), ["ОАО «Ромашка» → -, -"], "not a list noun")
    }

    func testTwoLegalFormsInARowAreOne() throws {
        XCTAssertEqual(try placed("с ОАО ЗГУ «Мотыль»"), ["ОАО ЗГУ «Мотыль» → -, ZZ"], "the second places it when the first does not")
        XCTAssertEqual(try placed("с ФГУ ЗГУ «Мотыль»"), ["ФГУ ЗГУ «Мотыль» → -, RU"], "the first that places it wins")
        XCTAssertEqual(try placed("с ОАО «Мотыль»"), ["ОАО «Мотыль» → -, -"])
        XCTAssertEqual(try placed("с ЗГУ ПКФ «Мотыль»"), ["ЗГУ ПКФ «Мотыль» → -, ZZ"], "the second unlisted, before a quoted name")
    }

    func testAnUnlistedAbbreviationBeforeAQuotedNameIsALegalForm() throws {
        XCTAssertEqual(try placed("ЗХБУ «Ромашка»"), ["ЗХБУ «Ромашка» → -, -"])
        XCTAssertEqual(try placed("ЗХБУ «Ромашка» (г. Энск)"), ["ЗХБУ «Ромашка» → zz-ensk, ZZ"])
        // Before a known name the abbreviation is no body of its own: the district is.
        let linked = linker.link(try HandReports.report([HandReports.Row(participants: "МО «Зоринский муниципальный округ»")]))
        XCTAssertEqual(linked.unknowns.count, 0)
        XCTAssertEqual(linked.mentions[0].map(\.entityID), ["ru-zorin-okrug"])
    }

    func testAPersonNamedRightAfterABodyServesIt() throws {
        let placed = try placed("председатель Вертинского районного исполнительного комитета З.П. Пупкинов, гость Я.Я. Сидорчук")
        XCTAssertEqual(placed.count, 3, "\(placed)")
        let body = try XCTUnwrap(placed.first { $0.hasPrefix("Вертинского") })
        XCTAssertEqual(body, "Вертинского районного исполнительного комитета → zz-vertin-district, ZZ")
        let served = try XCTUnwrap(placed.first { $0.hasPrefix("З.П. Пупкинов") })
        XCTAssertTrue(served.hasPrefix("З.П. Пупкинов → x-org-") && served.hasSuffix("--zz-vertin-district, ZZ"), served)
        XCTAssertTrue(placed.contains("Я.Я. Сидорчук → -, -"), "a person after a comma serves no one: \(placed)")
    }

    func testAPersonNamedAfterAKnownBodyAndItsPlaceServesTheBody() throws {
        try useLexicon(world: UnknownPlacementTests.places + "\norg zz-duma = Большая Дума\n    in zz\n")
        XCTAssertEqual(try placed("депутат Большой Думы Брундской области З.П. Пупкинов"), ["З.П. Пупкинов → zz-duma, ZZ"])
        XCTAssertEqual(try placed("депутат Большой Думы, Брундской области З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "not right after")
        XCTAssertEqual(try placed("депутат Большой Думы Брундской области, З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "not right after")
    }

    func testAHeadOfOneCountrysBodiesPlacesABodyInItWhenNothingElseDoes() throws {
        try useLexicon(heads: "сельский совет !ZZ\nрайисполком !ZZ\n")
        XCTAssertEqual(try placed("Крошинского райисполкома"), ["Крошинского райисполкома → -, ZZ"])
        XCTAssertEqual(try placed("заместитель председателя Крошинского райисполкома Д.В. Пупкинов"),
                       ["Крошинского райисполкома → -, ZZ", "Д.В. Пупкинов → x-org-kroshinsk-rayispolkom, ZZ"])
        // A place its words name comes first; a legal form's country wins over the head's.
        XCTAssertEqual(try placed("Вертинского райисполкома"), ["Вертинского райисполкома → zz-vertin-district, ZZ"])
        XCTAssertEqual(try placed("ФГУ «Крошинский сельский совет»"), ["ФГУ «Крошинский сельский совет» → -, RU"])
        // An unmarked head says nothing.
        XCTAssertEqual(try placed("Крошинского районного исполнительного комитета"), ["Крошинского районного исполнительного комитета → -, -"])
    }

    func testAPersonAfterAPostAndAHeadOfOneCountrysBodiesIsOfThatCountry() throws {
        try useLexicon(heads: "районный исполнительный комитет !ZZ\nрайисполком !ZZ\nрайонный совет\n", files: ["posts.txt": "председатель\nзаместитель\n"])
        XCTAssertEqual(try placed("поздравили Председателя районного исполнительного комитета З.П. Пупкинова"), ["З.П. Пупкинова → -, ZZ"])
        XCTAssertEqual(try placed("с заместителем председателя райисполкома З.П. Пупкиновой"), ["З.П. Пупкиновой → -, ZZ"])
        XCTAssertEqual(try placed("с председателем районного совета З.П. Пупкиновым"), ["З.П. Пупкиновым → -, -"], "an unmarked head")
        XCTAssertEqual(try placed("с жителем райисполкома З.П. Пупкиновым"), ["З.П. Пупкиновым → -, -"], "no post")
        XCTAssertEqual(try placed("председатель райисполкома, З.П. Пупкинов"), ["З.П. Пупкинов → -, -"], "not right before the person")
    }

    func testARecognizedBodyNeverStartsInsideAKnownOne() throws {
        let world = UnknownPlacementTests.places + "\norg zz-brund-duma = Брундская областная Дума\n    in zz-brund-region\n"
        try useLexicon(heads: "Дума\n", world: world)
        let linked = linker.link(try HandReports.report([HandReports.Row(participants: "депутаты Брундской областной Думы Вертинского района")]))
        XCTAssertEqual(linked.mentions[0].map { "\($0.text) → \($0.entityID)" },
                       ["Брундской областной Думы → zz-brund-duma", "Вертинского района → zz-vertin-district"])
        // Without the known body: one body, the adjectives, the head and its complement.
        try useLexicon(heads: "Дума\n")
        XCTAssertEqual(try placed("депутаты Брундской областной Думы Вертинского района"),
                       ["Брундской областной Думы Вертинского района → zz-vertin-district, ZZ"])
    }
}
