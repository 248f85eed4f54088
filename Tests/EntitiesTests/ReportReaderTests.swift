import Foundation
import XCTest
@testable import Entities

/// `ReportReader` on the four real example reports: counts, numbering, title, sections, clean text,
/// dates, warnings and offsets.
final class ReportReaderTests: XCTestCase {
    // MARK: counts, numbering, title

    func testEveryExampleReadsWithItsItemCountNumberedInOrder() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            XCTAssertEqual(report.items.count, example.itemCount, example.name)
            XCTAssertEqual(report.items.map(\.number), Array(1...example.itemCount), example.name)
            XCTAssertEqual(report.source, example.path, example.name)
            XCTAssertEqual(report.format, "text (UTF-8)", example.name)
        }
    }

    func testPeriodAndLevelComeFromTheTitle() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            XCTAssertEqual(report.period, ReportPeriod(year: example.year, quarter: example.quarter), example.name)
            XCTAssertEqual(report.level, example.level, example.name)
            XCTAssertTrue(report.title.hasPrefix("Отчет о мероприятиях в международной сфере, проведенных "), "\(example.name): \(report.title)")
            XCTAssertFalse(report.warnings.contains { $0.message.contains("title") }, example.name)
        }
        XCTAssertEqual(try ExampleReports.read(ExampleReports.municipal2023Q4).title,
                       "Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления "
                       + "муниципальных образований Смоленской области в IV квартале 2023 года")
        // The 2025-q1 title starts with a "[bookmark: _GoBack]" marker, which must not reach the title.
        XCTAssertEqual(try ExampleReports.read(ExampleReports.municipal2025Q1).title,
                       "Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления "
                       + "муниципальных и городских округов Смоленской области в I квартале 2025 года")
        XCTAssertEqual(try ExampleReports.read(ExampleReports.regional2025Q2).title,
                       "Отчет о мероприятиях в международной сфере, проведенных исполнительными органами "
                       + "Смоленской области и подведомственными им учреждениями во II квартале 2025 года")
    }

    func testItemLinesPointAtTheNumberCell() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false)
            for item in report.items {
                XCTAssertEqual(try lines.at(item.line - 1).trimmingCharacters(in: .whitespaces), "\(item.number).",
                               "\(example.name) item \(item.number) line \(item.line)")
            }
        }
    }

    // MARK: sections

    /// (item number, section) for the first and last item of sections, and some in between.
    typealias SectionSpot = (item: Int, section: String)

    func testMunicipal2023Q4Sections() throws {
        let report = try ExampleReports.read(ExampleReports.municipal2023Q4)
        XCTAssertEqual(report.sections.count, 10)
        XCTAssertEqual(report.sections.first, "Город Смоленск")
        XCTAssertEqual(report.sections.last, "Муниципальное образование «Хиславичский район» Смоленской области")
        XCTAssertEqual(report.notes, [])
        try assertSections(report, [
            (1, "Город Смоленск"), (16, "Город Смоленск"),
            (17, "Муниципальное образование «Велижский район»"), (18, "Муниципальное образование «Велижский район»"),
            (19, "Муниципальное образование «Вяземский район» Смоленской области"),
            (21, "Муниципальное образование «город Десногорск» Смоленской области"),
            (24, "Муниципальное образование «город Десногорск» Смоленской области"),
            (28, "Муниципальное образование Руднянский район Смоленской области"),
            (29, "Муниципальное образование Руднянский район Смоленской области"),
            (30, "Муниципальное образование «Хиславичский район» Смоленской области"),
            (31, "Муниципальное образование «Хиславичский район» Смоленской области"),
        ])
    }

    func testMunicipal2024Q4Sections() throws {
        let report = try ExampleReports.read(ExampleReports.municipal2024Q4)
        XCTAssertEqual(report.sections, [
            "Город Смоленск",
            "Муниципальное образование «Вяземский район» Смоленской области",
            "Муниципальное образование «город Десногорск» Смоленской области",
            "Муниципальное образование «Хиславичский район» Смоленской области",
        ])
        XCTAssertEqual(report.notes, [])
        try assertSections(report, [
            (1, "Город Смоленск"), (23, "Город Смоленск"),
            (24, "Муниципальное образование «Вяземский район» Смоленской области"),
            (25, "Муниципальное образование «Вяземский район» Смоленской области"),
            (26, "Муниципальное образование «город Десногорск» Смоленской области"),
            (48, "Муниципальное образование «город Десногорск» Смоленской области"),
            (49, "Муниципальное образование «Хиславичский район» Смоленской области"),
            (53, "Муниципальное образование «Хиславичский район» Смоленской области"),
        ])
    }

    func testMunicipal2025Q1Sections() throws {
        let report = try ExampleReports.read(ExampleReports.municipal2025Q1)
        XCTAssertEqual(report.sections.count, 10)
        XCTAssertEqual(report.notes, [])
        try assertSections(report, [
            (1, "Город Смоленск"), (16, "Город Смоленск"),
            (17, "Муниципальное образование «Велижский муниципальный округ» Смоленской области"),
            (18, "Муниципальное образование «Велижский муниципальный округ» Смоленской области"),
            (21, "Муниципальное образование «Ершичский муниципальный округ» Смоленской области"),
            (23, "Муниципальное образование «Руднянский муниципальный округ» Смоленской области"),
            (26, "Муниципальное образование «Руднянский муниципальный округ» Смоленской области"),
            (31, "Муниципальное образование «Шумячский муниципальный округ» Смоленской области"),
            (32, "Муниципальное образование «Шумячский муниципальный округ» Смоленской области"),
            (33, "Муниципальное образование «Ярцевский муниципальный округ» Смоленской области"),
        ])
    }

    func testRegional2025Q2Sections() throws {
        let report = try ExampleReports.read(ExampleReports.regional2025Q2)
        XCTAssertEqual(report.sections.count, 14)
        XCTAssertEqual(report.sections.first, "Сотрудничество в сфере экономического развития")
        XCTAssertEqual(report.sections.last, "Общие направления сотрудничества")
        try assertSections(report, [
            (1, "Сотрудничество в сфере экономического развития"), (3, "Сотрудничество в сфере экономического развития"),
            (4, "Сотрудничество в сфере инвестиционного развития"),
            // A section row over two lines in the source.
            (8, "Сотрудничество в сфере архитектуры и строительства Смоленской области, в сфере жилищно-коммунального "
                + "хозяйства, энергетики и тарифной политики"),
            (9, "Сотрудничество в сфере архитектуры и строительства Смоленской области, в сфере жилищно-коммунального "
                + "хозяйства, энергетики и тарифной политики"),
            (13, "Сотрудничество в сфере природных ресурсов и экологии"),
            (14, "Сотрудничество в сфере культуры и туризма"), (42, "Сотрудничество в сфере культуры и туризма"),
            (43, "Сотрудничество в сфере образования и науки"),
            (53, "Сотрудничество в социальной сфере"),
            (72, "Сотрудничество в сфере общественных связей"),
            (74, "Сотрудничество в сфере спорта"),
            (75, "Общие направления сотрудничества"), (81, "Общие направления сотрудничества"),
        ])
    }

    func testTheRegionalSummaryRowIsANoteNotASection() throws {
        let report = try ExampleReports.read(ExampleReports.regional2025Q2)
        XCTAssertEqual(report.notes.count, 1)
        let note = try XCTUnwrap(report.notes.first)
        XCTAssertTrue(note.hasPrefix("Во II квартале 2025 года состоялось 9 встреч (приемов, переговоров) с иностранными делегациями"), note)
        XCTAssertTrue(note.hasSuffix("на территории ООО «Корпорация инвестиционного развития Смоленской области»"), note)
        XCTAssertFalse(report.sections.contains { $0.hasPrefix("Во II квартале") })
        XCTAssertFalse(report.items.contains { $0.section?.hasPrefix("Во II квартале") == true })
        XCTAssertEqual(try report.item(81).section, "Общие направления сотрудничества")
    }

    func testEverySectionHasItemsAndItemsKeepTheOrderOfSections() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            var seen: [String] = []
            for item in report.items {
                let section = try XCTUnwrap(item.section, "\(example.name) item \(item.number) has no section")
                if seen.last != section { seen.append(section) }
            }
            XCTAssertEqual(seen, report.sections, example.name)
        }
    }

    // MARK: clean text

    func testFieldsAreCleanText() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            var texts = report.items.flatMap { item in item.fields.map { ("item \(item.number)", $0.text) } }
            texts += report.sections.map { ("section", $0) } + report.notes.map { ("note", $0) } + [("title", report.title)]
            for (label, text) in texts {
                let context = "\(example.name) \(label): \(text)"
                XCTAssertFalse(text.isEmpty, context)
                XCTAssertFalse(text.unicodeScalars.contains("\u{00A0}"), context)
                XCTAssertFalse(text.contains("[bookmark"), context)
                XCTAssertFalse(text.contains("  "), context)
                XCTAssertFalse(text.contains("\n") || text.contains("\r") || text.contains("\t"), context)
                XCTAssertEqual(text, text.trimmingCharacters(in: .whitespaces), context)
            }
        }
    }

    func testTheSourceHasWhatCleaningRemoves() throws {
        // Guards the test above: the examples really do hold what it checks is gone.
        let texts = try ExampleReports.all.map { try ExampleReports.read($0).text }
        XCTAssertTrue(texts.allSatisfy { $0.unicodeScalars.contains("\u{00A0}") })
        XCTAssertTrue(texts.allSatisfy { $0.contains("[bookmark: _GoBack]") })
        XCTAssertTrue(texts.contains { $0.contains("неуклонное  следование") })
    }

    func testMultiLineCellsJoinWithSpaces() throws {
        let report2023 = try ExampleReports.read(ExampleReports.municipal2023Q4)
        // "Выставка-ярмарка … посвященная \n1160-летию основания \nг. Смоленска "
        XCTAssertEqual(try report2023.item(1)[.name].text,
                       "Выставка-ярмарка изделий мастеров декоративно-прикладного творчества «Город мастеров», "
                       + "посвященная 1160-летию основания г. Смоленска")
        // "г. Смоленск, \nАдминистрация \nгорода \nСмоленска"
        XCTAssertEqual(try report2023.item(2)[.place].text, "г. Смоленск, Администрация города Смоленска")
        // "28-29\nсентября \n2023 года"
        XCTAssertEqual(try report2023.item(3)[.dates].text, "28-29 сентября 2023 года")
        XCTAssertEqual(try report2023.item(3).dates.ranges, [DateRange("2023-09-28", "2023-09-29", .day)])
        // A bookmark marker and a non-breaking space on the second line of the cell.
        XCTAssertEqual(try report2023.item(31)[.name].text,
                       "Турнир по волейболу, посвященный 10-летию со дня основания МБУ «ФОК им. Г.И. Сидоренкова»")
        // A double space in the source.
        XCTAssertTrue(try report2023.item(30)[.goal].text.contains("неуклонное следование традициям"))

        // Blank lines inside the cell and between the name and place cells of the row.
        let regional = try ExampleReports.read(ExampleReports.regional2025Q2)
        XCTAssertEqual(try regional.item(14)[.place].text,
                       "г. Смоленск, ГБУК «Смоленская областная универсальная научная библиотека имени А.Т. Твардовского», "
                       + "ГУ «Витебская областная библиотека имени В.И. Ленина», Республика Беларусь (в дистанционном формате)")
        XCTAssertEqual(try regional.item(14)[.name].text,
                       "Подведение итогов фестиваля-конкурса чтецов «Единой памяти верны» (с международным участием) "
                       + "в рамках ежегодного мероприятия «Лети, строка!», приуроченного к Всемирному дню поэзии")
        XCTAssertEqual(try regional.item(14)[.participants].text,
                       "Представители России и Республики Беларусь (от 11 до 19 лет). Общее количество участников – 261 человек")
    }

    func testSpotChecksOfWholeItems() throws {
        let q1 = try ExampleReports.read(ExampleReports.municipal2025Q1)
        let item33 = try q1.item(33)
        XCTAssertEqual(item33[.name].text, "Церемония передачи останков красноармейца В.Н. Хвалько, найденных в ходе "
                       + "поисковой экспедиции на территории Ярцевского муниципального округа Смоленской области")
        XCTAssertEqual(item33[.place].text, "г. Ярцево, Смоленская область")
        XCTAssertEqual(item33[.dates].text, "18 февраля 2025")
        XCTAssertEqual(item33.dates.ranges, [DateRange("2025-02-18", "2025-02-18", .day)])

        let q4 = try ExampleReports.read(ExampleReports.municipal2024Q4)
        let item49 = try q4.item(49)
        XCTAssertEqual(item49[.name].text, "Участие в празднике тружеников села «Дожинки-2024»")
        XCTAssertEqual(item49[.place].text, "г. Горки (Республика Беларусь)")
        XCTAssertEqual(item49[.participants].text, "Официальная делегация Муниципального образования «Хиславичский район» Смоленской области")

        let regional = try ExampleReports.read(ExampleReports.regional2025Q2)
        let item81 = try regional.item(81)
        XCTAssertEqual(item81[.place].text, "г. Смоленск")
        XCTAssertEqual(item81[.dates].text, "27-28 мая 2025 года")
        XCTAssertTrue(item81[.goal].text.hasPrefix("В рамках визита 27 мая 2025 года состоялась рабочая встреча"))
        XCTAssertTrue(item81[.participants].text.hasPrefix("Заместитель председателя Правительства Российской Федерации А.Л. Оверчук"))
    }

    // MARK: dates and warnings

    func testEveryItemHasAtLeastOneDateRange() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            for item in report.items {
                XCTAssertFalse(item.dates.ranges.isEmpty, "\(example.name) item \(item.number): \(item.dates.text)")
                XCTAssertEqual(item.dates.text, item[.dates].text)
                for range in item.dates.ranges { XCTAssertLessThanOrEqual(range.start, range.end) }
            }
            XCTAssertFalse(report.warnings.contains { $0.message.contains("no date") || $0.message.contains("no dates") }, example.name)
        }
    }

    func testDatesOfSomeItems() throws {
        let q4 = try ExampleReports.read(ExampleReports.municipal2024Q4)
        XCTAssertEqual(try q4.item(4).dates.ranges, [DateRange("2024-09-30", "2024-10-01", .day)])
        XCTAssertEqual(try q4.item(48).dates.ranges, [DateRange("2024-11-01", "2024-12-31", .month)])
        let q1 = try ExampleReports.read(ExampleReports.municipal2025Q1)
        XCTAssertEqual(try q1.item(1).dates.ranges, [DateRange("2024-09-01", "2025-01-31", .month),
                                                     DateRange("2025-03-22", "2025-03-22", .day)])
        let regional = try ExampleReports.read(ExampleReports.regional2025Q2)
        XCTAssertEqual(try regional.item(69).dates.ranges, [DateRange("2025-05-03", "2025-05-09", .day)])
        let q2023 = try ExampleReports.read(ExampleReports.municipal2023Q4)
        XCTAssertEqual(try q2023.item(7).dates.ranges, [DateRange("2023-10-27", "2023-10-27", .day),
                                                        DateRange("2023-10-29", "2023-10-29", .day)])
    }

    func testAnItemDatedOutsideTheQuarterIsWarnedAboutAndKeptAsWritten() throws {
        let report = try ExampleReports.read(ExampleReports.municipal2025Q1)
        let item = try report.item(31)
        XCTAssertEqual(item[.dates].text, "14 февраля 2024 года")
        XCTAssertEqual(item.dates.ranges, [DateRange("2024-02-14", "2024-02-14", .day)])
        let warnings = report.warnings.filter { $0.item == 31 }
        XCTAssertEqual(warnings.count, 1)
        let warning = try XCTUnwrap(warnings.first)
        XCTAssertEqual(warning.line, item[.dates].line)
        XCTAssertTrue(warning.message.contains("2024-02-14"), warning.message)
        XCTAssertTrue(warning.message.contains("outside the reporting period I квартал 2025"), warning.message)
        XCTAssertTrue(warning.message.contains("check the year"), warning.message)
        // The only warning of this report.
        XCTAssertEqual(report.warnings.map(\.item), [31])
    }

    func testDateWarningsMatchTheItemsDatedOutsideTheQuarter() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            let period = try XCTUnwrap(report.period)
            let outside = report.items.filter { item in
                item.dates.ranges.contains { !$0.overlaps(from: period.start, through: period.end) }
            }.map(\.number)
            XCTAssertEqual(report.warnings.compactMap(\.item), outside, example.name)
        }
        // The 2023-q4 report's Smolensk events of September 2023 (held before the quarter).
        let q2023 = try ExampleReports.read(ExampleReports.municipal2023Q4)
        XCTAssertEqual(q2023.warnings.compactMap(\.item), [1, 2, 3, 17, 21, 28])
    }

    // MARK: offsets

    func testFieldOffsetsEncloseTheFieldsWords() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            let bytes = Array(report.text.utf8)
            for item in report.items {
                for field in ItemField.allCases {
                    let value = item[field]
                    let context = "\(example.name) item \(item.number) \(field.key)"
                    XCTAssertLessThanOrEqual(value.start, value.end, context)
                    XCTAssertLessThanOrEqual(value.end, bytes.count, context)
                    let raw = try bytes.text(value.start, value.end)
                    let words = value.text.split(separator: " ")
                    let first = try XCTUnwrap(words.first, context), last = try XCTUnwrap(words.last, context)
                    // The words come first and last: only white space and markers stand before and after them.
                    let head = try XCTUnwrap(raw.range(of: first), "\(context): \(first) not in \(raw)")
                    let tail = try XCTUnwrap(raw.range(of: last, options: .backwards), "\(context): \(last) not in \(raw)")
                    XCTAssertTrue(Self.isBlank(raw[..<head.lowerBound]), "\(context): «\(raw[..<head.lowerBound])» before \(first)")
                    XCTAssertTrue(Self.isBlank(raw[tail.upperBound...]), "\(context): «\(raw[tail.upperBound...])» after \(last)")
                    // Every word is in the raw cell in order (the cleaner only drops and joins).
                    var rest = Substring(raw)
                    for word in words where !word.contains("-") {
                        guard let found = rest.range(of: word) else {
                            XCTFail("\(context): \(word) not found in order in the source cell"); break
                        }
                        rest = rest[found.upperBound...]
                    }
                    // The cell starts on the line the field says.
                    let line = bytes[..<value.start].filter { $0 == 0x0A }.count + 1
                    XCTAssertEqual(line, value.line, context)
                }
            }
        }
    }

    func testCleanOffsetsMapBackToTheSameBytes() throws {
        for example in ExampleReports.all {
            let report = try ExampleReports.read(example)
            let source = Array(report.text.utf8)
            for item in report.items {
                for field in ItemField.allCases {
                    let value = item[field]
                    let clean = Array(value.text.utf8)
                    for (offset, byte) in clean.enumerated() where byte != 0x20 {
                        let mapped = value.sourceOffset(of: offset)
                        XCTAssertTrue((value.start..<value.end).contains(mapped), "\(example.name) \(item.number) \(field.key) @\(offset)")
                        XCTAssertEqual(try source.at(mapped), byte, "\(example.name) item \(item.number) \(field.key) @\(offset)")
                    }
                }
            }
        }
    }

    // MARK: helpers

    /// White space (NBSP too) and `[bookmark: …]` markers only.
    private static func isBlank(_ text: Substring) -> Bool {
        var rest = String(text)
        while let marker = rest.range(of: "[bookmark:"), let close = rest[marker.upperBound...].firstIndex(of: "]") {
            rest = String(rest[..<marker.lowerBound] + rest[rest.index(after: close)...])
        }
        return rest.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    private func assertSections(_ report: Report, _ spots: [SectionSpot], file: StaticString = #filePath, line: UInt = #line) throws {
        for spot in spots {
            XCTAssertEqual(try report.item(spot.item, file: file, line: line).section, spot.section,
                           "item \(spot.item)", file: file, line: line)
            XCTAssertTrue(report.sections.contains(spot.section), spot.section, file: file, line: line)
        }
    }
}
