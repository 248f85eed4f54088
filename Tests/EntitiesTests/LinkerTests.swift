import Foundation
import XCTest
@testable import Entities

/// `Linker`: every name in a report linked to an entity — mentions with their spans in the field and in
/// the source text, ambiguous names decided by context, unknown names with stable ids, section rows.
final class LinkerTests: XCTestCase {
    private static let shared = Locked<Linker?>(nil)

    private func linker() throws -> Linker {
        let gazetteer = try TestGazetteer.shared()
        return Self.shared.withLock { cached in
            if cached == nil { cached = Linker(gazetteer: gazetteer) }
            return cached!
        }
    }

    /// Links one item whose goal is `goal` (and other cells as given); its mentions as "text → id".
    private func link(goal: String, place: String = "г. Смоленск", participants: String = "Представители",
                      fields: Set<ItemField> = [.goal]) throws -> [String] {
        let report = try HandReports.report([HandReports.Row(place: place, goal: goal, participants: participants)])
        let linked = try linker().link(report)
        XCTAssertEqual(linked.mentions.count, 1)
        return (linked.mentions.first ?? []).filter { fields.contains($0.field) }.map { "\($0.text) → \($0.entityID)" }
    }

    // MARK: Empty and simple

    func testAReportWithoutItemsHasNoMentions() throws {
        let report = Report(source: "empty.txt", format: "text", title: "", period: nil, level: nil, sections: [], notes: [],
                            items: [], warnings: [], text: "")
        let linked = try linker().link(report)
        XCTAssertEqual(linked.mentions.count, 0)
        XCTAssertTrue(linked.unknowns.isEmpty)
    }

    func testAnItemWithoutNamesHasNoMentions() throws {
        XCTAssertEqual(try link(goal: "Обмен опытом", place: "онлайн", participants: "Представители", fields: Set(ItemField.allCases)), [])
    }

    func testMentionsInEveryFieldButTheDates() throws {
        let report = try HandReports.report([HandReports.Row(name: "Визит в Витебск", place: "г. Витебск", dates: "1 октября 2024 года",
                                                             goal: "Встреча с Витебским городским исполнительным комитетом",
                                                             participants: "В.Н. Анохин")])
        let mentions = try XCTUnwrap(try linker().link(report).mentions.first)
        XCTAssertEqual(mentions.map(\.field), [.name, .place, .goal, .participants])
        XCTAssertEqual(mentions.map(\.text), ["Витебск", "г. Витебск", "Витебским городским исполнительным комитетом", "В.Н. Анохин"])
        XCTAssertEqual(mentions.map(\.entityID), ["by-vitebsk", "by-vitebsk", "by-vitebsk-city-executive-committee", "person-anokhin-vn"])
    }

    func testMarkersBelongToThePlaceMention() throws {
        XCTAssertEqual(try link(goal: "Визит в г. Орши и пгт. Лиозно, г.п. Сураж, город Могилев"),
                       ["г. Орши → by-orsha", "пгт. Лиозно → by-liozno", "г.п. Сураж → by-surazh", "город Могилев → by-mogilev"])
    }

    func testTheLongestNameWinsAndMentionsNeverNest() throws {
        XCTAssertEqual(try link(goal: "Администрации Московского района г. Минска"),
                       ["Администрации Московского района г. Минска → by-minsk-moskovsky-administration"])
        XCTAssertEqual(try link(goal: "МБОУ «СШ № 12» г. Орши"), ["МБОУ «СШ № 12» г. Орши → by-orsha-school-12"])
    }

    // MARK: Context

    func testTheMoscowDistrictOfMinskNotBrest() throws {
        XCTAssertEqual(try link(goal: "делегация Московского района г. Минска"),
                       ["Московского района → by-minsk-moskovsky-district", "г. Минска → by-minsk"])
        XCTAssertEqual(try link(goal: "делегация Московского района г. Бреста"),
                       ["Московского района → by-brest-moskovsky-district", "г. Бреста → by-brest"])
        // Context from another field of the item counts too.
        XCTAssertEqual(try link(goal: "делегация Московского района", place: "г. Брест"), ["Московского района → by-brest-moskovsky-district"])
    }

    func testTheBelarusianSurazh() throws {
        XCTAssertEqual(try link(goal: "г.п. Сураж (Витебский район, Республика Беларусь)"),
                       ["г.п. Сураж → by-surazh", "Витебский район → by-vitebsk-district", "Республика Беларусь → by"])
        XCTAssertEqual(try link(goal: "г.п. Сураж Брянской области"), ["г.п. Сураж → ru-surazh", "Брянской области → ru-bryansk-region"])
        XCTAssertEqual(try link(goal: "г. Сураж (Российская Федерация)"), ["г. Сураж → ru-surazh", "Российская Федерация → ru"])
    }

    func testAKnownBodyRecognizedByShapeIsTheKnownBody() throws {
        XCTAssertEqual(try link(goal: "делегации Мядельского районного исполнительного комитета"),
                       ["Мядельского районного исполнительного комитета → by-myadel-district-executive-committee"])
    }

    // MARK: Spans

    func testMentionsSliceTheFieldAndTheSourceText() throws {
        // A cell written over several lines, with non-breaking spaces: the clean text differs from the source.
        let goal = "Встреча с делегацией Московского\nрайона г.\u{00A0}Минска и\nВитебского городского\nисполнительного комитета"
        let report = try HandReports.report([HandReports.Row(place: "г. Смоленск", goal: goal, participants: "Представители")])
        let mentions = try XCTUnwrap(try linker().link(report).mentions.first).filter { $0.field == .goal }
        XCTAssertEqual(mentions.map(\.text), ["Московского района", "г. Минска", "Витебского городского исполнительного комитета"])
        let source = Array(report.text.utf8)
        let field = Array(try report.item(1)[.goal].text.utf8)
        XCTAssertEqual(try mentions.map { try source.text($0.start, $0.end) },
                       ["Московского\nрайона", "г.\u{00A0}Минска", "Витебского городского\nисполнительного комитета"])
        XCTAssertEqual(try mentions.map { try field.text($0.fieldStart, $0.fieldEnd) }, mentions.map(\.text))
    }

    /// On every example report: each mention's source slice holds its words, and its field slice is its text.
    func testEveryMentionOfTheExamplesSlicesBackToItsWords() throws {
        let paths = ExampleReports.all.map(\.path)
        func words(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{00AD}" }))
        }
        var count = 0
        for path in paths {
            let report = try ReportReader.read(path: path)
            let linked = try linker().link(report)
            let source = Array(report.text.utf8)
            XCTAssertEqual(linked.mentions.count, report.items.count)
            for (item, mentions) in zip(report.items, linked.mentions) {
                let field = { (name: ItemField) in Array(item[name].text.utf8) }
                for mention in mentions {
                    count += 1
                    XCTAssertEqual(words(try source.text(mention.start, mention.end)), words(mention.text), "\(path) item \(item.number)")
                    XCTAssertEqual(try field(mention.field).text(mention.fieldStart, mention.fieldEnd), mention.text)
                    XCTAssertNotEqual(mention.field, .dates)
                }
                // Sorted by field, then position.
                let order = mentions.map { [$0.field.rawValue, $0.fieldStart] }
                XCTAssertEqual(order, order.sorted { $0.lexicographicallyPrecedes($1) }, "\(path) item \(item.number)")
            }
        }
        XCTAssertGreaterThan(count, 1000)
    }

    // MARK: Unknown entities

    /// An abbreviation of the initials of a body named before in the report is that body; one of words
    /// no body named before has is nothing, and a body named after it lends it nothing.
    func testAnAbbreviationOfInitialsIsTheBodyNamedBefore() throws {
        let linked = try linker().link(try HandReports.report([
            HandReports.Row(place: "онлайн", goal: "Встреча с Детско-юношеской спортивной школой «Зорька»", participants: "Представители"),
            HandReports.Row(place: "онлайн", goal: "Турнир ДЮСШ и КПЗ", participants: "ДЮСШ"),
            HandReports.Row(place: "онлайн", goal: "Встреча с ООО «Клуб пловцов Зорянска»", participants: "Представители"),
            HandReports.Row(place: "онлайн", goal: "Концерт Детской школы искусств № 9 г. Зорянска", participants: "Представители"),
            HandReports.Row(place: "онлайн", goal: "Конкурс для учащихся ДШИ и студий", participants: "Представители"),
        ]))
        let school = try XCTUnwrap(linked.items.at(0).mentions.first { $0.field == .goal }?.entityID)
        XCTAssertTrue(school.hasPrefix("x-org-"), school)
        let second = try linked.items.at(1).mentions
        XCTAssertEqual(second.map { "\($0.field.key) \($0.text) → \($0.entityID)" }, ["goal ДЮСШ → \(school)", "participants ДЮСШ → \(school)"],
                       "КПЗ is named only later")
        XCTAssertFalse(try linked.items.at(4).mentions.contains { $0.text == "ДШИ" }, "a numbered school is not its class's abbreviation")
    }

    /// A name does not start inside a hyphenated word: "Детско-юношеской …" is taken whole.
    func testANameTakesAHyphenatedWordWhole() throws {
        let linked = try linker().link(try HandReports.report([
            HandReports.Row(place: "онлайн", goal: "Обмен опытом с Детско-юношеской спортивной школой «Зорька»", participants: "Представители")]))
        let goal = try linked.items.at(0).mentions.filter { $0.field == .goal }
        XCTAssertEqual(goal.map(\.text), ["Детско-юношеской спортивной школой «Зорька»"])
    }

    func testUnknownIDsAreTheSameInEveryCase() throws {
        let groups = [
            ["ГУО «Гимназия № 99 г. Гродно»", "ГУО «Гимназией № 99 г. Гродно»", "ГУО «Гимназии № 99 г. Гродно»"],
            ["Дубровенского районного исполнительного комитета", "Дубровенским районным исполнительным комитетом",
             "Дубровенский районный исполнительный комитет"],
            ["г. Краснобродск", "г. Краснобродска", "г. Краснобродском", "городе Краснобродске"],
            ["Заречанского района", "Заречанским районом", "Заречанский район"],
            ["П.П. Пупкинов", "П.П. Пупкиновым", "Пупкинова П.П."],
        ]
        let rows = groups.flatMap { $0 }.map { HandReports.Row(place: "онлайн", goal: "Встреча: \($0).", participants: "Представители") }
        let linked = try linker().link(try HandReports.report(rows))
        var index = 0
        for group in groups {
            var ids: [String] = []
            for text in group {
                let goal = try linked.items.at(index).mentions.filter { $0.field == .goal }
                XCTAssertEqual(goal.map(\.text), [text])
                ids += goal.map(\.entityID)
                index += 1
            }
            XCTAssertEqual(Set(ids).count, 1, "\(group): \(ids)")
            let id = try XCTUnwrap(ids.first)
            XCTAssertTrue(id.hasPrefix("x-"), id)
            XCTAssertEqual(linked.unknowns[id]?.spellings.count, group.count, id)
        }
        XCTAssertEqual(linked.unknowns.count, groups.count)
    }

    func testAnUnknownEntityTakesItsParentAndCountryFromThePlacesAroundIt() throws {
        let report = try HandReports.report([
            HandReports.Row(place: "онлайн", goal: "ГУО «Гимназия № 99 г. Гродно»", participants: "Дом культуры «Радуга» (Республика Беларусь)"),
            HandReports.Row(place: "онлайн", goal: "ООО «Заречный мостострой»", participants: "аг. Заречанка Витебского района"),
        ])
        let linked = try linker().link(report)
        let unknowns = linked.unknowns.values.sorted { $0.id < $1.id }
        XCTAssertEqual(unknowns.map(\.id), ["x-city-zarechank--by-vitebsk-district", "x-org-dom-kultur-radug--by",
                                            "x-org-guo-gimnaz-99-gorod-grodn--by-grodno", "x-org-ooo-zarechn-mostostr"])
        XCTAssertEqual(unknowns.map(\.parent), ["by-vitebsk-district", "by", "by-grodno", nil])
        XCTAssertEqual(unknowns.map(\.country), ["BY", "BY", "BY", nil])
        XCTAssertEqual(unknowns.map(\.kind), [.city, .org, .org, .org])
        XCTAssertEqual(unknowns.map(\.name), ["аг. Заречанка", "Дом культуры «Радуга»", "ГУО «Гимназия № 99 г. Гродно»", "ООО «Заречный мостострой»"])
    }

    // MARK: Sections

    func testSectionEntity() throws {
        let linker = try linker()
        XCTAssertEqual(linker.sectionEntity("Город Смоленск"), "ru-smolensk")
        XCTAssertEqual(linker.sectionEntity("Муниципальное образование «Велижский район» Смоленской области"), "ru-velizh-okrug")
        XCTAssertEqual(linker.sectionEntity("Муниципальное образование\n«Велижский муниципальный округ» Смоленской области"), "ru-velizh-okrug")
        XCTAssertEqual(linker.sectionEntity("Муниципальное образование «Ярцевский муниципальный округ» Смоленской области"),
                       try XCTUnwrap(try TestGazetteer.shared().entities.first { $0.name == "Ярцевский муниципальный округ" }?.id))
        XCTAssertEqual(linker.sectionEntity("г. Десногорск"), "ru-desnogorsk")
        // Not a Smolensk municipality: a foreign town, the region itself, a field of cooperation, nothing.
        XCTAssertNil(linker.sectionEntity("Город Витебск"))
        XCTAssertNil(linker.sectionEntity("Смоленская область"))
        XCTAssertNil(linker.sectionEntity("Культура"))
        XCTAssertNil(linker.sectionEntity(""))
    }

    func testTheSectionsOfTheMunicipalExamples() throws {
        let linker = try linker()
        let gazetteer = try TestGazetteer.shared()
        for example in ExampleReports.all where example.level == .municipal {
            let report = try ExampleReports.read(example)
            XCTAssertFalse(report.sections.isEmpty)
            for section in report.sections {
                let id = try XCTUnwrap(linker.sectionEntity(section), "\(example.name): \(section)")
                XCTAssertTrue(gazetteer.isSmolensk(id), id)
                XCTAssertTrue([.city, .district].contains(gazetteer.entity(id: id)?.kind), id)
            }
        }
    }
}
