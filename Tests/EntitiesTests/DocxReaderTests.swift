import XCTest
@testable import Entities

final class DocxReaderTests: XCTestCase {
    static let title = "Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления муниципальных образований Смоленской области в IV квартале 2023 года"

    // MARK: Recognising and laying out

    func testLooksLikeZip() {
        XCTAssertFalse(DocxReader.looksLikeZip([]))
        XCTAssertFalse(DocxReader.looksLikeZip(Array("PK".utf8)))
        XCTAssertTrue(DocxReader.looksLikeZip([0x50, 0x4B, 3, 4]))
        XCTAssertTrue(DocxReader.looksLikeZip([0x50, 0x4B, 5, 6]))
        XCTAssertFalse(DocxReader.looksLikeZip(Array("Отчет".utf8)))
    }

    func testRenditionOfAnEmptyDocument() {
        let raw = DocxReader.rendition(of: WordDocument(titleLines: [], rows: []), source: "empty.docx")
        XCTAssertEqual(raw.text, "\n")
        XCTAssertEqual(raw.format, "docx")
        XCTAssertEqual(raw.source, "empty.docx")
        XCTAssertTrue(raw.titleLines.isEmpty)
        XCTAssertTrue(raw.rows.isEmpty)
    }

    func testRenditionLayoutAndOffsets() {
        let document = WordDocument(
            titleLines: ["Отчет", "в IV квартале 2023 года"],
            rows: [.init(cells: [.init(lines: ["№", "п/п"]), .init(lines: ["Наименование"])]),
                   .init(cells: [.init(lines: ["Город Смоленск"])]),
                   .init(cells: [.init(lines: ["1."]), .init(lines: ["", "г.\u{00A0}Смоленск", "a\nb"])])])
        let raw = DocxReader.rendition(of: document, source: "layout.docx")
        XCTAssertEqual(raw.text, "Отчет\nв IV квартале 2023 года\n\n\t№\nп/п\n\tНаименование\n\n\tГород Смоленск\n\n\t1.\n\t\nг.\u{00A0}Смоленск\na b\n\n")
        XCTAssertEqual(raw.titleLines.map(\.number), [1, 2])
        XCTAssertEqual(raw.rows.map { $0.cells.count }, [2, 1, 2])
        XCTAssertEqual(raw.rows.map(\.line), [4, 8, 10])
        XCTAssertEqual(raw.rows[2].cells[1].lines.map(\.number), [11, 12, 13])

        let bytes = Array(raw.text.utf8)
        let lines = raw.titleLines + raw.rows.flatMap { $0.cells.flatMap(\.lines) }
        let expected = document.titleLines + document.rows.flatMap { $0.cells.flatMap(\.lines) }
        XCTAssertEqual(lines.count, expected.count)
        for (line, content) in zip(lines, expected) {
            XCTAssertEqual(String(decoding: bytes[line.start..<line.end], as: UTF8.self), content.replacingOccurrences(of: "\n", with: " "))
            XCTAssertEqual(bytes[0..<line.start].filter { $0 == 0x0A }.count + 1, line.number, "line number of \"\(content)\"")
        }
    }

    // MARK: The examples: a .docx reads as its .txt

    func testEveryDocxReadsAsItsText() throws {
        for name in DocxFixtures.reportNames {
            let text = try ReportReader.read(path: DocxFixtures.textExample(name))
            let docx = try ReportReader.read(path: DocxFixtures.docxExample(name))
            XCTAssertEqual(docx.format, "docx", name)
            XCTAssertEqual(docx.source, DocxFixtures.docxExample(name), name)
            XCTAssertEqual(docx.title, text.title, "\(name): title")
            XCTAssertEqual(docx.period, text.period, "\(name): period")
            XCTAssertNotNil(docx.period, name)
            XCTAssertEqual(docx.level, text.level, "\(name): level")
            XCTAssertEqual(docx.sections, text.sections, "\(name): sections")
            XCTAssertEqual(docx.notes, text.notes, "\(name): notes")
            XCTAssertEqual(docx.items.map(\.number), text.items.map(\.number), "\(name): item numbers")
            XCTAssertEqual(docx.items.map(\.section), text.items.map(\.section), "\(name): sections per item")
            for (docxItem, textItem) in zip(docx.items, text.items) {
                for field in ItemField.allCases {
                    XCTAssertEqual(docxItem[field].text, textItem[field].text, "\(name): item \(textItem.number), field \(field.key)")
                }
                XCTAssertEqual(docxItem.dates.text, textItem.dates.text, "\(name): item \(textItem.number), dates text")
                XCTAssertEqual(docxItem.dates.ranges, textItem.dates.ranges, "\(name): item \(textItem.number), date ranges")
            }
            XCTAssertEqual(docx.warnings.map(\.message), text.warnings.map(\.message), "\(name): warnings")
            XCTAssertEqual(docx.warnings.map(\.item), text.warnings.map(\.item), "\(name): warnings per item")
        }
    }

    func testExampleCounts() throws {
        let expected = ["smolensk-municipal-2023-q4": 31, "smolensk-municipal-2024-q4": 53,
                        "smolensk-municipal-2025-q1": 33, "smolensk-regional-2025-q2": 81]
        for (name, count) in expected {
            XCTAssertEqual(try ReportReader.read(path: DocxFixtures.docxExample(name)).items.count, count, name)
        }
    }

    /// Every field's offsets point at its text in the rendition, and line numbers count its lines.
    func testOffsetsPointAtRealText() throws {
        for name in DocxFixtures.reportNames {
            let report = try ReportReader.read(path: DocxFixtures.docxExample(name))
            let bytes = Array(report.text.utf8)
            var lineStarts = [0]
            for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
            for item in report.items {
                for field in ItemField.allCases {
                    let value = item[field]
                    guard !value.text.isEmpty else { continue }
                    XCTAssertLessThanOrEqual(value.end, bytes.count)
                    let lineStart = lineStarts[value.line - 1]
                    XCTAssertTrue(lineStart <= value.start && value.start <= lineStart + 1, "\(name): item \(item.number) \(field.key) starts on line \(value.line)")
                    // The first and last clean bytes map back to the same bytes of the rendition.
                    let clean = Array(value.text.utf8)
                    let range = value.sourceRange(cleanStart: 0, cleanEnd: clean.count)
                    XCTAssertEqual(bytes[range.start], clean[0], "\(name): item \(item.number) \(field.key)")
                    XCTAssertEqual(bytes[range.end - 1], clean[clean.count - 1], "\(name): item \(item.number) \(field.key)")
                }
            }
        }
    }

    // MARK: Markup in a minimal document.xml zipped by the zip tool

    func testTrackedChangesInACell() throws {
        let name = r("Встреча ") + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>старая </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"A\">\(r("новая "))</w:ins><w:moveFrom w:id=\"3\" w:author=\"A\">\(r("отсюда "))</w:moveFrom>"
            + "<w:moveTo w:id=\"4\" w:author=\"A\">\(r("делегации"))</w:moveTo>"
        let item = try onlyItem(name: [name])
        XCTAssertEqual(item[.name].text, "Встреча новая делегации")
    }

    func testFieldsInACell() throws {
        let name = r("Сайт ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://admin-smolensk.ru\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(r("администрации"))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let dates = "<w:fldSimple w:instr=\" DATE \\@ &quot;d MMMM yyyy&quot; \">\(r("25 сентября 2023 года"))</w:fldSimple>"
        let item = try onlyItem(name: [name], dates: [dates])
        XCTAssertEqual(item[.name].text, "Сайт администрации")
        XCTAssertEqual(item[.dates].text, "25 сентября 2023 года")
        XCTAssertEqual(item.dates.ranges.first?.start, CalendarDate(year: 2023, month: 9, day: 25))
    }

    func testSoftBreaksStartNewLines() throws {
        let name = "<w:r><w:t>Прием</w:t><w:br/><w:t>делегации российско-</w:t><w:cr/><w:t>белорусского форума</w:t></w:r>"
        let (report, raw) = try readBoth(name: [name])
        let cell = try XCTUnwrap(raw.rows.last?.cells[1])
        XCTAssertEqual(cell.lines.count, 3)
        XCTAssertEqual(report.items[0][.name].text, "Прием делегации российско-белорусского форума")
    }

    func testTabsAndNonBreakingSpaces() throws {
        let place = "<w:r><w:t>г.\u{00A0}Смоленск,</w:t><w:tab/><w:t xml:space=\"preserve\">ул.\u{00A0}Ленина  </w:t></w:r>"
        let (report, raw) = try readBoth(place: [place])
        let line = try XCTUnwrap(raw.rows.last?.cells[2].lines.first)
        XCTAssertEqual(String(decoding: Array(raw.text.utf8)[line.start..<line.end], as: UTF8.self), "г.\u{00A0}Смоленск,\tул.\u{00A0}Ленина  ")
        XCTAssertEqual(report.items[0][.place].text, "г. Смоленск, ул. Ленина")
    }

    func testHyphensBookmarksAndSymbols() throws {
        let name = "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:r><w:t>Санкт</w:t><w:noBreakHyphen/><w:t>Петер</w:t>"
            + "<w:softHyphen/><w:t>бург</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r><w:bookmarkEnd w:id=\"0\"/>"
        XCTAssertEqual(try onlyItem(name: [name])[.name].text, "Санкт-Петербург")
    }

    func testSectionRowMergedAcrossTheTable() throws {
        let section = "<w:tc><w:tcPr><w:gridSpan w:val=\"6\"/></w:tcPr><w:p>\(r("Город Смоленск"))</w:p></w:tc>"
        let report = try ReportReader.read(bytes: try docx(sectionRow: section), source: "section.docx")
        XCTAssertEqual(report.sections, ["Город Смоленск"])
        XCTAssertEqual(report.items.first?.section, "Город Смоленск")
    }

    // MARK: Hostile or wrong input, through the whole reader

    func testArchiveWithoutTheDocumentPart() throws {
        let bytes = try DocxFixtures.zip([("word/styles.xml", Array("<styles/>".utf8)), ("docProps/app.xml", Array("<app/>".utf8))], test: self)
        assertRefused(bytes, "this ZIP archive is not a Word document: it has no word/document.xml")
    }

    func testDocumentWithoutATable() throws {
        let bytes = try DocxFixtures.docx(xml: DocxFixtures.wrapBody("<w:p>\(r(Self.title))</w:p>"), test: self)
        assertRefused(bytes, "the document holds no table: a report lists its events in a table")
    }

    func testMalformedDocumentXML() throws {
        let cut = String(reportXML().dropLast(40))
        assertRefused(try DocxFixtures.docx(xml: cut, test: self), "word/document.xml is not well-formed XML")
        let unclosed = reportXML().replacingOccurrences(of: "</w:tc></w:tr>", with: "</w:tr>")
        assertRefused(try DocxFixtures.docx(xml: unclosed, test: self), "word/document.xml is not well-formed XML: it breaks at line")
    }

    func testEntryLeavingTheFolder() {
        let bytes = TestZipWriter(entries: [.stored("word/document.xml", Array(reportXML().utf8)), .stored("../../etc/cron.d/x", [0x41])]).bytes()
        assertRefused(bytes, "the archive holds an entry named \"../../etc/cron.d/x\", a path that points outside the document")
    }

    func testTruncatedDocx() throws {
        let original = try DocxFixtures.bytes(of: DocxFixtures.docxExample("smolensk-regional-2025-q2"))
        for cut in [10, original.count / 3, original.count - 30] {
            assertRefused(Array(original.prefix(cut)), "the archive is truncated: its end-of-central-directory record is missing")
        }
    }

    func testNotAZipThroughTheDocxReader() {
        let error = DocxFixtures.inputError { try DocxReader.document(bytes: Array("Отчет".utf8), source: "report.docx") }
        XCTAssertEqual(error?.description, "report.docx: this is not a ZIP archive, so not a Word .docx document (give a report saved by Word as .docx, or as .txt)")
    }

    // MARK: Helpers

    private func r(_ text: String) -> String { DocxFixtures.textRun(text) }

    /// The document.xml of a one-item report whose cells hold the given paragraphs (raw `w:p` contents).
    private func reportXML(name: [String]? = nil, place: [String]? = nil, dates: [String]? = nil) -> String {
        let heading = ["№", "Наименование мероприятия", "Место проведения", "Сроки проведения", "Цель", "Участники"].map { [r($0)] }
        let item = [[r("1.")], name ?? [r("Выставка")], place ?? [r("г. Смоленск")], dates ?? [r("25 сентября 2023 года")],
                    [r("Презентация")], [r("Представители Администрации")]]
        return DocxFixtures.documentXML(title: [Self.title], rows: [heading, item])
    }

    /// ``reportXML(name:place:dates:)`` zipped by the zip tool, with `sectionRow` (a row's cells) after the heading.
    private func docx(name: [String]? = nil, place: [String]? = nil, dates: [String]? = nil, sectionRow: String? = nil) throws -> [UInt8] {
        var xml = reportXML(name: name, place: place, dates: dates)
        if let sectionRow {
            xml = xml.replacingOccurrences(of: "</w:tr><w:tr>", with: "</w:tr><w:tr>\(sectionRow)</w:tr><w:tr>")
        }
        return try DocxFixtures.docx(xml: xml, options: ["-9"], test: self)
    }

    /// Reading `bytes` through ``ReportReader`` throws an `InputError` naming the file, with a message
    /// starting `prefix`.
    private func assertRefused(_ bytes: [UInt8], _ prefix: String, file: StaticString = #filePath, line: UInt = #line) {
        let source = "wrong.docx"
        let error = DocxFixtures.inputError({ try ReportReader.read(bytes: bytes, source: source) }, file: file, line: line)
        XCTAssertEqual(error?.file, source, file: file, line: line)
        XCTAssertTrue(error?.message.hasPrefix(prefix) == true, "\(String(describing: error))", file: file, line: line)
        XCTAssertTrue(error?.description.hasPrefix("\(source): ") == true, file: file, line: line)
    }

    private func readBoth(name: [String]? = nil, place: [String]? = nil) throws -> (Report, RawDocument) {
        let bytes = try docx(name: name, place: place)
        return (try ReportReader.read(bytes: bytes, source: "markup.docx"), try DocxReader.document(bytes: bytes, source: "markup.docx"))
    }

    private func onlyItem(name: [String]? = nil, dates: [String]? = nil) throws -> ReportItem {
        let report = try ReportReader.read(bytes: try docx(name: name, dates: dates), source: "markup.docx")
        XCTAssertEqual(report.title, Self.title)
        XCTAssertEqual(report.items.count, 1)
        return try XCTUnwrap(report.items.first)
    }
}

/// The main part found through the package relationships, as converters that rename it need.
final class DocxMainPartTests: XCTestCase {
    func testARenamedMainDocumentPartIsFoundThroughTheRelationships() throws {
        let zip = try ExternalTool.require("zip", package: "zip"), unzip = try ExternalTool.require("unzip", package: "unzip")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-renamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = ExampleReports.examples.appendingPathComponent("docx/smolensk-municipal-2025-q1.docx").path
        XCTAssertEqual(try ExternalTool.run(unzip, ["-q", original, "-d", folder.path]).status, 0)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("word/document.xml"),
                                         to: folder.appendingPathComponent("word/document2.xml"))
        let rels = folder.appendingPathComponent("_rels/.rels")
        let text = try String(contentsOf: rels, encoding: .utf8).replacingOccurrences(of: "Target=\"word/document.xml\"", with: "Target=\"/word/document2.xml\"")
        try Data(text.utf8).write(to: rels)
        let archive = folder.appendingPathComponent("renamed.docx")
        XCTAssertEqual(try ExternalTool.run(zip, ["-q", "-r", archive.path, "."], in: folder).status, 0)
        let report = try ReportReader.read(path: archive.path)
        XCTAssertEqual(report.items.count, 33)
        XCTAssertEqual(report.format, "docx")
    }
}

/// Rows numbered by Word's automatic list numbering, with no "N." in their text.
final class DocxListNumberingTests: XCTestCase {
    func testListNumberedRowsBecomeNumberedItems() throws {
        let numbered = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>"
        func cell(_ text: String) -> String { "<w:tc><w:p>\(DocxFixtures.textRun(text))</w:p></w:tc>" }
        func item(_ name: String) -> String {
            "<w:tr><w:tc><w:p>\(numbered)</w:p></w:tc>" + cell(name) + cell("г. Смоленск") + cell("1 марта 2025 года") + cell("Цель") + cell("Участники") + "</w:tr>"
        }
        let heading = "<w:tr>" + ["№", "Наименование", "Место", "Сроки", "Цель", "Участники"].map(cell).joined() + "</w:tr>"
        let body = "<w:p>\(DocxFixtures.textRun("Отчет в I квартале 2025 года"))</w:p>"
            + "<w:tbl><w:tblGrid>" + String(repeating: "<w:gridCol w:w=\"1000\"/>", count: 6) + "</w:tblGrid>"
            + heading + item("Первая встреча") + item("Вторая встреча") + "</w:tbl>"
        let bytes = try DocxFixtures.docx(xml: DocxFixtures.wrapBody(body), test: self)
        let report = try ReportReader.read(bytes: bytes, source: "numbered.docx")
        XCTAssertEqual(report.items.map(\.number), [1, 2])
        XCTAssertEqual(report.items.map { $0[.name].text }, ["Первая встреча", "Вторая встреча"])
    }
}
