import XCTest
@testable import Entities
@testable import Graph

/// `ItemSides`: the Smolensk-region bodies and the foreign counterparts of one report item.
final class ItemSidesTests: XCTestCase {
    /// The sides of a one-item hand report with these cells.
    private func sides(place: String = "онлайн", goal: String = "Обмен опытом", participants: String = "Представители",
                       section: String? = nil) throws -> ItemSides {
        let linked = try HandReport.linked([HandReport.Row(place: place, goal: goal, participants: participants)])
        return ItemSides.of(try linked.items.at(0).mentions, section: section, catalog: try Fixtures.catalog([linked]))
    }

    private func sides(_ ids: [String], section: String? = nil) throws -> ItemSides {
        ItemSides.of(ids, section: section, catalog: try Fixtures.catalog())
    }

    func testNothingNamedIsTheSmolenskRegionAndNoCounterpart() throws {
        let empty = try sides([])
        XCTAssertEqual(empty.smolensk, ["ru-smolensk-region"])
        XCTAssertEqual(empty.foreign, [])
        let plain = try sides()
        XCTAssertEqual(plain.smolensk, ["ru-smolensk-region"])
        XCTAssertEqual(plain.foreign, [])
    }

    /// A state that no longer exists (`historical` in the gazetteer: СССР) is never a side.
    func testAHistoricalStateIsNoSide() throws {
        let found = try sides(goal: "Встреча Администрации города Смоленска с народным артистом СССР и делегацией г. Орши")
        XCTAssertEqual(found.smolensk, ["ru-smolensk-administration"])
        XCTAssertEqual(found.foreign, ["by-orsha"], "СССР is named, but is no partner")
        XCTAssertEqual(try sides(["ru-smolensk", "su"]).foreign, [])
    }

    func testEachSide() throws {
        let found = try sides(goal: "Встреча Администрации города Смоленска с Витебским городским исполнительным комитетом")
        XCTAssertEqual(found.smolensk, ["ru-smolensk-administration"])
        XCTAssertEqual(found.foreign, ["by-vitebsk-city-executive-committee"])
    }

    func testTheMostSpecificWins() throws {
        let found = try sides(goal: "Администрация города Смоленска, г. Смоленск, Смоленская область; г. Минск, Республика Беларусь, Московский район г. Минска")
        XCTAssertEqual(found.smolensk, ["ru-smolensk-administration"])
        XCTAssertEqual(found.foreign, ["by-minsk-moskovsky-district"])
        // Unrelated entities on one side are all kept.
        XCTAssertEqual(try sides(["by-vitebsk", "by-orsha", "by", "cn"]).foreign, ["by-orsha", "by-vitebsk", "cn"])
        XCTAssertEqual(try sides(["ru-smolensk", "ru-velizh-okrug"]).smolensk, ["ru-smolensk", "ru-velizh-okrug"])
    }

    func testASmolenskPlaceInThePlaceColumnIsNotAParticipant() throws {
        let found = try sides(place: "г. Смоленск", goal: "Встреча с делегацией г. Витебска")
        XCTAssertEqual(found.smolensk, ["ru-smolensk-region"], "where it happened, not who took part")
        XCTAssertEqual(found.foreign, ["by-vitebsk"])
        // Named in another column, the same place takes part.
        XCTAssertEqual(try sides(place: "г. Смоленск", goal: "Встреча делегаций г. Смоленска и г. Витебска").smolensk, ["ru-smolensk"])
        // A Smolensk body in the place column still takes part.
        XCTAssertEqual(try sides(place: "Администрация города Смоленска", goal: "Встреча с делегацией г. Витебска").smolensk,
                       ["ru-smolensk-administration"])
    }

    func testASmolenskPlaceAfterInIsWhereNotWho() throws {
        let found = try sides(goal: "Визит в г. Смоленск делегации г. Витебска. Встреча прошла в Смоленской области")
        XCTAssertEqual(found.smolensk, ["ru-smolensk-region"], "where it happened, not who took part")
        XCTAssertEqual(found.foreign, ["by-vitebsk"])
        XCTAssertEqual(try sides(goal: "Визит в г. Витебск делегации г. Смоленска").smolensk, ["ru-smolensk"])
        XCTAssertEqual(try sides(goal: "Визит в г. Витебск делегации г. Смоленска").foreign, ["by-vitebsk"], "a foreign venue is a counterpart")
    }

    func testASmolenskPlaceInParenthesesIsWhereNotWho() throws {
        let found = try sides(goal: "Митинг у памятника (г. Рудня) с делегацией г. Витебска")
        XCTAssertEqual(found.smolensk, ["ru-smolensk-region"], "where it happened, not who took part")
        XCTAssertEqual(found.foreign, ["by-vitebsk"])
        XCTAssertEqual(try sides(goal: "Митинг с делегацией г. Рудня").smolensk, ["ru-rudnya"], "outside parentheses it takes part")
        // A foreign place in parentheses is a participant's origin.
        XCTAssertEqual(try sides(goal: "Встреча с делегацией (г. Витебск)").foreign, ["by-vitebsk"])
    }

    func testAForeignPlaceInThePlaceColumnIsACounterpart() throws {
        let found = try sides(place: "г. Витебск (Республика Беларусь)", participants: "Делегация Велижского муниципального округа")
        XCTAssertEqual(found.foreign, ["by-vitebsk"])
        XCTAssertEqual(found.smolensk, ["ru-velizh-okrug"])
    }

    /// A made-up world: a district with its seat and a village, a region around it, a body of the district.
    static let districtWorld = """
        district zz-brund-district = Брундский район
            in zz-north

        city zz-brund = Брунд
            in zz-brund-district

        city zz-lesnoe = Лесное
            in zz-brund-district

        org zz-brund-committee = Брундский районный исполнительный комитет
            in zz-brund-district

        """

    /// The foreign side of an item naming `named` in the place column and `others` in the other columns,
    /// in a fixture world.
    private func foreignSide(place named: [String], others: [String]) throws -> [String] {
        let folders = try GazetteerFolders()
        let catalog = EntityCatalog(gazetteer: try folders.load(ItemSidesTests.districtWorld))
        let mentions = named.map { ItemGraphInput.Named(id: $0, inPlace: true) } + others.map { ItemGraphInput.Named(id: $0, inPlace: false) }
        return ItemSides.of(mentions, section: nil, lookup: CatalogLookup(catalog)).foreign
    }

    func testTheVenueGivesWayToACounterpartOfTheDistrictItIsTheSeatOf() throws {
        // Alone, the venue is the counterpart; with the district it is the seat of, or a body of it, named, they are.
        XCTAssertEqual(try foreignSide(place: ["zz-brund", "zz"], others: []), ["zz-brund"])
        XCTAssertEqual(try foreignSide(place: ["zz-brund", "zz"], others: ["zz-brund-district"]), ["zz-brund-district"])
        XCTAssertEqual(try foreignSide(place: ["zz-brund"], others: ["zz-brund-committee"]), ["zz-brund-committee"])
        // A village of the district is no seat: it is more specific than the district, and beside its body.
        XCTAssertEqual(try foreignSide(place: ["zz-lesnoe"], others: ["zz-brund-district"]), ["zz-lesnoe"])
        XCTAssertEqual(try foreignSide(place: ["zz-lesnoe"], others: ["zz-brund-committee"]), ["zz-brund-committee", "zz-lesnoe"])
        // Named in another column too, the town takes part, and is the most specific.
        XCTAssertEqual(try foreignSide(place: ["zz-brund"], others: ["zz-brund", "zz-brund-district"]), ["zz-brund"])
        // A counterpart of the region only is not of the venue's district: the venue stays.
        XCTAssertEqual(try foreignSide(place: ["zz-brund"], others: ["zz-north"]), ["zz-brund"])
        XCTAssertEqual(try foreignSide(place: ["zz-brund"], others: ["zz-ensk"]), ["zz-brund", "zz-ensk"])
    }

    func testPeopleCountAsTheirBody() throws {
        let found = try sides(participants: "Губернатор Смоленской области В.Н. Анохин, заместитель Председателя Совета Республики С.Н. Хоменко")
        XCTAssertEqual(found.smolensk, ["ru-smolensk-government"])
        XCTAssertEqual(found.foreign, ["by-council-of-republic"])
        // A person who serves no body (only a country) stands for themselves.
        XCTAssertEqual(try sides(["person-tupeko-vn"]).foreign, ["person-tupeko-vn"])
        let catalog = try Fixtures.catalog()
        XCTAssertEqual(catalog.record(bodyFor: "person-anokhin-vn")?.id, "ru-smolensk-government")
        XCTAssertEqual(catalog.record(bodyFor: "by-vitebsk")?.id, "by-vitebsk")
        XCTAssertNil(catalog.record(bodyFor: "x-nothing"))
    }

    func testRussiaOutsideSmolenskIsNeitherSide() throws {
        let found = try sides(goal: "Встреча в Брянской области и г. Москве, Российская Федерация")
        XCTAssertEqual(found.smolensk, ["ru-smolensk-region"])
        XCTAssertEqual(found.foreign, [])
    }

    func testTheSectionIsOnTheSmolenskSide() throws {
        XCTAssertEqual(try sides([], section: "ru-velizh-okrug").smolensk, ["ru-velizh-okrug"], "not the region besides")
        XCTAssertEqual(try sides(["ru-smolensk-administration"], section: "ru-smolensk").smolensk, ["ru-smolensk-administration"])
        XCTAssertEqual(try sides(["ru-velizh-okrug"], section: "ru-smolensk").smolensk, ["ru-smolensk", "ru-velizh-okrug"])
    }

    func testUnknownEntitiesByTheirParent() throws {
        let found = try sides(goal: "ГУО «Гимназия № 99 г. Гродно», МБОУ «Школа № 99» г. Смоленска, ООО «Заречный мостострой»")
        XCTAssertEqual(found.foreign, ["x-org-guo-gimnaz-99-gorod-grodn--by-grodno"])
        XCTAssertEqual(found.smolensk.count, 1)
        XCTAssertTrue(try found.smolensk.at(0).hasSuffix("--ru-smolensk"), "\(found.smolensk)")
    }
}
