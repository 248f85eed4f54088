import XCTest
@testable import Entities

final class WordDocumentTests: XCTestCase {
    typealias Row = WordDocument.Row
    typealias Cell = WordDocument.Cell

    // MARK: Errors

    func testEmptyXMLIsNotWellFormed() {
        XCTAssertTrue(refusal("")?.message.hasPrefix("word/document.xml is not well-formed XML") == true)
    }

    func testMalformedXML() {
        let xml = DocxFixtures.wrapBody("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1.</w:t></w:r></w:p></w:tr></w:tbl>")
        let error = refusal(xml)
        XCTAssertTrue(error?.message.hasPrefix("word/document.xml is not well-formed XML: it breaks at line") == true,
                      "\(String(describing: error))")
        XCTAssertEqual(error?.hint, "the document is damaged; open it in Word and save it again")
    }

    /// XMLParser on Linux reports some of these only through its delegate, and a document cut short not
    /// at all; every cut must still be refused.
    func testDocumentCutShortOrWithTrailingContent() {
        let xml = DocxFixtures.documentXML(title: ["Отчет"], rows: [[[r("1.")], [r("Выставка")]]], gridColumns: 2)
        let bytes = Array(xml.utf8)
        for cut in [1, 10, 60, bytes.count / 2, bytes.count - 12, bytes.count - 1] {
            let error = DocxFixtures.inputError { try WordDocument(xml: Array(bytes[0..<cut]), source: "cut.docx") }
            XCTAssertTrue(error?.message.hasPrefix("word/document.xml is not well-formed XML") == true, "cut at \(cut): \(String(describing: error))")
        }
        for trailing in ["<w:p/>", "text", "</w:body>"] {
            XCTAssertTrue(refusal(xml + trailing)?.message.hasPrefix("word/document.xml is not well-formed XML") == true, trailing)
        }
        XCTAssertTrue(refusal(xml.replacingOccurrences(of: "</w:tc>", with: "</w:tr>"))?.message.hasPrefix("word/document.xml is not well-formed XML") == true)
    }

    func testNoTable() {
        let error = refusal(DocxFixtures.wrapBody("<w:p><w:r><w:t>Только текст</w:t></w:r></w:p>"))
        XCTAssertEqual(error?.message, "the document holds no table: a report lists its events in a table")
    }

    func testDocumentTypeDeclarationIsRefused() {
        let xml = """
            <?xml version="1.0"?>
            <!-- entities follow -->
            <!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl/></w:body></w:document>
            """
        XCTAssertEqual(refusal(xml)?.message, "word/document.xml declares a DTD, which Word never writes")
        XCTAssertFalse(WordDocument.declaresDocumentType(Array(DocxFixtures.wrapBody("<w:p><w:r><w:t>&lt;!DOCTYPE</w:t></w:r></w:p>").utf8)))
        XCTAssertFalse(WordDocument.declaresDocumentType([]))
    }

    // MARK: Title and table

    func testEmptyTable() throws {
        let document = try parse(DocxFixtures.wrapBody("<w:tbl><w:tblGrid/></w:tbl>"))
        XCTAssertEqual(document, WordDocument(titleLines: [], rows: []))
    }

    func testTitleAndRows() throws {
        let xml = DocxFixtures.documentXML(title: ["Отчет о мероприятиях", "в IV квартале 2023 года"],
                                           rows: [[[r("№")], [r("Наименование"), r("мероприятия")]],
                                                  [[r("1.")], [r("Выставка")]]], gridColumns: 2)
        XCTAssertEqual(try parse(xml), WordDocument(
            titleLines: ["Отчет о мероприятиях", "в IV квартале 2023 года"],
            rows: [Row(cells: [Cell(lines: ["№"]), Cell(lines: ["Наименование", "мероприятия"])]),
                   Row(cells: [Cell(lines: ["1."]), Cell(lines: ["Выставка"])])]))
    }

    func testBlankTitleParagraphsAreSkippedAndRunsJoin() throws {
        let body = "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">Отчет </w:t></w:r><w:r><w:t>о мероприятиях</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">\u{00A0} </w:t></w:r></w:p><w:tbl/>"
        XCTAssertEqual(try parse(DocxFixtures.wrapBody(body)).titleLines, ["Отчет о мероприятиях"])
    }

    func testEmptyCellHasOneEmptyLine() throws {
        let xml = DocxFixtures.wrapBody("<w:tbl><w:tr><w:tc></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>")
        XCTAssertEqual(try parse(xml).rows, [Row(cells: [Cell(lines: [""]), Cell(lines: [""])])])
    }

    func testRowWithoutCellsIsSkipped() throws {
        let xml = DocxFixtures.wrapBody("<w:tbl><w:tr><w:trPr/></w:tr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>")
        XCTAssertEqual(try parse(xml).rows.count, 1)
    }

    func testParagraphsAfterTheTableAreIgnoredAndLaterTablesContinueIt() throws {
        let body = "<w:p><w:r><w:t>Отчет</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>первая</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + "<w:p><w:r><w:t>Подпись</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>вторая</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        XCTAssertEqual(try parse(DocxFixtures.wrapBody(body)),
                       WordDocument(titleLines: ["Отчет"], rows: [Row(cells: [Cell(lines: ["первая"])]), Row(cells: [Cell(lines: ["вторая"])])]))
    }

    // MARK: Merged cells

    func testCellSpanningTheGridIsASectionRow() throws {
        let cells = "<w:tc><w:tcPr><w:gridSpan w:val=\"6\"/></w:tcPr><w:p>\(r("Город Смоленск"))</w:p></w:tc>"
            + "<w:tc><w:p/></w:tc>"
        XCTAssertEqual(try parse(table(rows: [cells])).rows, [Row(cells: [Cell(lines: ["Город Смоленск"])])])
    }

    func testPartialSpanKeepsTheCells() throws {
        let cells = "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p>\(r("a"))</w:p></w:tc><w:tc><w:p>\(r("b"))</w:p></w:tc>"
        XCTAssertEqual(try parse(table(rows: [cells])).rows, [Row(cells: [Cell(lines: ["a"]), Cell(lines: ["b"])])])
    }

    func testLegacyHorizontalMerge() throws {
        let start = "<w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr><w:p>\(r("Сотрудничество в сфере культуры"))</w:p></w:tc>"
        let continuation = "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>"
        let cells = start + String(repeating: continuation, count: 5)
        XCTAssertEqual(try parse(table(rows: [cells])).rows, [Row(cells: [Cell(lines: ["Сотрудничество в сфере культуры"])])])
    }

    func testVerticalMergeContinuationStaysAnEmptyCell() throws {
        let first = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p>\(r("1–2 мая"))</w:p></w:tc><w:tc><w:p>\(r("a"))</w:p></w:tc>"
        let second = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p>\(r("b"))</w:p></w:tc>"
        XCTAssertEqual(try parse(table(rows: [first, second], columns: 2)).rows,
                       [Row(cells: [Cell(lines: ["1–2 мая"]), Cell(lines: ["a"])]),
                        Row(cells: [Cell(lines: [""]), Cell(lines: ["b"])])])
    }

    func testNestedTableJoinsTheCell() throws {
        let nested = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
            + "<w:p>\(r("вложенная"))</w:p></w:tc></w:tr><w:tr><w:tc><w:p>\(r("x"))</w:p></w:tc><w:tc><w:p>\(r("y"))</w:p></w:tc></w:tr></w:tbl>"
        let cells = "<w:tc><w:p>\(r("до"))</w:p>\(nested)<w:p>\(r("после"))</w:p></w:tc><w:tc><w:p>\(r("b"))</w:p></w:tc>"
        XCTAssertEqual(try parse(table(rows: [cells], columns: 2)).rows,
                       [Row(cells: [Cell(lines: ["до", "вложенная", "x", "y", "после"]), Cell(lines: ["b"])])])
    }

    // MARK: Text rules

    func testTabsBreaksAndHyphens() throws {
        let paragraph = "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>Санкт</w:t><w:noBreakHyphen/>"
            + "<w:t>Петер</w:t><w:softHyphen/><w:t>бург</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/></w:r>"
        XCTAssertEqual(try cellLines(paragraph), ["a\tb", "c", "Санкт-Петербург"])
    }

    func testPropertiesHoldNoText() throws {
        let paragraph = "<w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs><w:rPr><w:ins w:id=\"1\"/></w:rPr></w:pPr>"
            + "<w:r><w:rPr><w:b/></w:rPr><w:t>текст</w:t></w:r>"
        XCTAssertEqual(try cellLines(paragraph), ["текст"])
    }

    func testTrackedChanges() throws {
        let paragraph = r("Встреча ") + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>старая </w:delText></w:r></w:del>"
            + "<w:del w:id=\"5\" w:author=\"B\">\(r("удалено "))</w:del><w:r><w:delText>и это </w:delText></w:r>"
            + "<w:ins w:id=\"2\" w:author=\"A\">\(r("новая "))</w:ins>"
            + "<w:moveFrom w:id=\"3\" w:author=\"A\">\(r("отсюда "))</w:moveFrom><w:moveTo w:id=\"4\" w:author=\"A\">\(r("делегация"))</w:moveTo>"
        XCTAssertEqual(try cellLines(paragraph), ["Встреча новая делегация"])
    }

    func testFields() throws {
        let complex = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(r("сайт"))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let simple = "<w:fldSimple w:instr=\" DATE \">\(r(" 25.09.2023"))</w:fldSimple>"
        XCTAssertEqual(try cellLines(complex + simple), ["сайт 25.09.2023"])
    }

    func testBookmarksContentControlsAndHyperlinks() throws {
        let paragraph = "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"Имя\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>\(r("Смоленск"))</w:sdtContent></w:sdt>"
            + "<w:hyperlink r:id=\"rId5\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\(r(", Минск"))</w:hyperlink>"
        XCTAssertEqual(try cellLines(paragraph), ["Смоленск, Минск"])
    }

    func testAlternateContentTakesTheFirstChoice() throws {
        let paragraph = "<mc:AlternateContent><mc:Choice Requires=\"w14\">\(r("выбор"))</mc:Choice>"
            + "<mc:Choice Requires=\"w15\">\(r("второй"))</mc:Choice><mc:Fallback>\(r("запасной"))</mc:Fallback></mc:AlternateContent>"
            + "<mc:AlternateContent><mc:Fallback>\(r(" и запасной"))</mc:Fallback></mc:AlternateContent>"
        XCTAssertEqual(try cellLines(paragraph), ["выбор и запасной"])
    }

    func testNestedAlternateContent() throws {
        let inner = "<mc:AlternateContent><mc:Choice Requires=\"w14\">\(r("внутри"))</mc:Choice><mc:Fallback>\(r("нет"))</mc:Fallback></mc:AlternateContent>"
        let paragraph = "<mc:AlternateContent><mc:Choice Requires=\"w14\">\(inner)</mc:Choice><mc:Fallback>\(r("нет"))</mc:Fallback></mc:AlternateContent>"
        XCTAssertEqual(try cellLines(paragraph), ["внутри"])
    }

    func testDrawingsAndTextBoxesAreDropped() throws {
        let paragraph = r("текст") + "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
            + "<w:txbxContent><w:p>\(r("рамка"))</w:p></w:txbxContent></wp:inline></w:drawing></w:r>"
            + "<w:r><w:pict><w:txbxContent><w:p>\(r("рамка"))</w:p></w:txbxContent></w:pict></w:r>"
        XCTAssertEqual(try cellLines(paragraph), ["текст"])
    }

    func testRubyTextIsDropped() throws {
        let paragraph = "<w:r><w:ruby><w:rt>\(r("ふりがな"))</w:rt><w:rubyBase>\(r("漢字"))</w:rubyBase></w:ruby></w:r>"
        XCTAssertEqual(try cellLines(paragraph), ["漢字"])
    }

    func testAnyPrefixAndTheStrictNamespace() throws {
        for namespace in ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"] {
            let xml = "<x:document xmlns:x=\"\(namespace)\"><x:body><x:tbl><x:tblGrid><x:gridCol/><x:gridCol/></x:tblGrid><x:tr>"
                + "<x:tc><x:tcPr><x:gridSpan x:val=\"2\"/></x:tcPr><x:p><x:r><x:t>раздел</x:t></x:r></x:p></x:tc><x:tc/></x:tr></x:tbl></x:body></x:document>"
            XCTAssertEqual(try parse(xml).rows, [Row(cells: [Cell(lines: ["раздел"])])], namespace)
        }
    }

    func testOtherNamespacesAreReadThrough() throws {
        let paragraph = "<w14:customWrapper xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">\(r("внутри"))</w14:customWrapper>"
            + "<foo:t xmlns:foo=\"urn:other\">не текст Word</foo:t>"
        XCTAssertEqual(try cellLines(paragraph), ["внутри"])
    }

    func testEscapesAndCDATA() throws {
        let paragraph = "<w:r><w:t>ООО &quot;Ромашка&quot; &amp; АО &#171;Поле&#187;</w:t><w:t><![CDATA[ <ok>]]></w:t></w:r>"
        XCTAssertEqual(try cellLines(paragraph), ["ООО \"Ромашка\" & АО «Поле» <ok>"])
    }

    func testDefaultNamespaceAndRedeclaredPrefixes() throws {
        let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let xml = "<document xmlns=\"\(word)\"><body><tbl><tr><tc><p><r><t>по умолчанию</t></r></p>"
            + "<p xmlns=\"urn:other\"><r><t>чужое</t></r></p>"
            + "<p><r xmlns:q=\"\(word)\"><q:t>q-текст</q:t></r><r><t>снова</t></r></p></tc></tr></tbl></body></document>"
        XCTAssertEqual(try parse(xml).rows, [Row(cells: [Cell(lines: ["по умолчанию", "q-текстснова"])])])
    }

    func testLongPrefixesSharingEightBytes() throws {
        let xml = "<wordml:document xmlns:wordml=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><wordml:body>"
            + "<wordml:tbl><wordml:tr><wordml:tc><wordml:p><wordml:r><wordml:t>a</wordml:t><wordml:tab/><wordml:t>b</wordml:t>"
            + "<wordml:tc2>x</wordml:tc2></wordml:r></wordml:p></wordml:tc></wordml:tr></wordml:tbl></wordml:body></wordml:document>"
        XCTAssertEqual(try parse(xml).rows, [Row(cells: [Cell(lines: ["a\tb"])])])
    }

    func testUndeclaredPrefixIsRefused() {
        let xml = DocxFixtures.wrapBody("<w:tbl><w:tr><w:tc><w:p><v:t>x</v:t></w:p></w:tc></w:tr></w:tbl>")
        XCTAssertTrue(refusal(xml)?.message.hasPrefix("word/document.xml is not well-formed XML") == true)
    }

    func testElementTable() {
        let table = WordElementTable(prefixes: ["w": .word, "mc": .compatibility])
        XCTAssertEqual(table.element(named: "w:t"), .text)
        XCTAssertEqual(table.element(named: "w:noBreakHyphen"), .noBreakHyphen)
        XCTAssertEqual(table.element(named: "w:noBreakHyphenX"), .other)
        XCTAssertEqual(table.element(named: "w:instrText"), .dropped)
        XCTAssertEqual(table.element(named: "w:instrTex"), .other)
        XCTAssertEqual(table.element(named: "w:r"), .other)
        XCTAssertEqual(table.element(named: "t"), .other, "no default namespace is bound")
        XCTAssertEqual(table.element(named: "mc:Fallback"), .alternateBranch)
        XCTAssertEqual(table.element(named: "mc:t"), .other)
        XCTAssertEqual(table.element(named: ""), .other)
        for (name, element) in WordElementTable.wordElements {
            XCTAssertEqual(table.element(named: "w:" + name), element, name)
        }
        let empty = WordElementTable(prefixes: [:])
        XCTAssertEqual(empty.element(named: "w:t"), .other)
        XCTAssertEqual(WordElementTable.Namespace(uri: "http://purl.oclc.org/ooxml/wordprocessingml/main"), .word)
        XCTAssertNil(WordElementTable.Namespace(uri: "http://schemas.microsoft.com/office/word/2010/wordml"))
    }

    // MARK: Helpers

    private func r(_ text: String) -> String { DocxFixtures.textRun(text) }

    private func parse(_ xml: String) throws -> WordDocument {
        try WordDocument(xml: Array(xml.utf8), source: "test.docx")
    }

    private func refusal(_ xml: String, file: StaticString = #filePath, line: UInt = #line) -> InputError? {
        let error = DocxFixtures.inputError({ try parse(xml) }, file: file, line: line)
        XCTAssertEqual(error?.file, "test.docx", file: file, line: line)
        XCTAssertTrue(error?.description.hasPrefix("test.docx: ") == true, file: file, line: line)
        return error
    }

    /// A table of `rows`, each the XML of its cells.
    private func table(rows: [String], columns: Int = 6) -> String {
        let grid = String(repeating: "<w:gridCol w:w=\"1000\"/>", count: columns)
        return DocxFixtures.wrapBody("<w:tbl><w:tblGrid>\(grid)</w:tblGrid>" + rows.map { "<w:tr>\($0)</w:tr>" }.joined() + "</w:tbl>")
    }

    /// The lines of the one cell holding one paragraph with `inner`.
    private func cellLines(_ inner: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let document = try parse(DocxFixtures.documentXML(rows: [[[inner]]], gridColumns: 1))
        XCTAssertEqual(document.rows.count, 1, file: file, line: line)
        return document.rows.first?.cells.first?.lines ?? []
    }
}
