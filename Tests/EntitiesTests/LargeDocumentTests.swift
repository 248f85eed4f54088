import Foundation
import XCTest
@testable import Entities

/// A well-formed `word/document.xml` of up to 10 MB is read; a larger one is refused with the XML
/// parser's real limit named (the ZIP reader allows entries of up to 64 MiB, the parser does not).
final class LargeDocumentTests: XCTestCase {
    /// A report table of `items` rows, each about 1.2 KB of XML, varied so that it does not compress like a bomb.
    static func reportXML(items: Int) -> String {
        let heading = ["№ п/п", "Наименование", "Место", "Сроки", "Цель", "Участники"].map { [DocxFixtures.textRun($0)] }
        var rows = [heading]
        for number in 1...items {
            rows.append([
                [DocxFixtures.textRun("\(number).")],
                [DocxFixtures.textRun("Встреча делегаций № \(number) Администрации города Смоленска и Витебского городского исполнительного комитета")],
                [DocxFixtures.textRun("г. Витебск, Республика Беларусь")],
                [DocxFixtures.textRun("\(number % 28 + 1) октября 2023 года")],
                [DocxFixtures.textRun("Обмен опытом в сфере образования, культуры и молодежной политики, встреча \(number * 7919 % 100_003)")],
                [DocxFixtures.textRun("Администрация города Смоленска, Витебский городской исполнительный комитет")],
            ])
        }
        return DocxFixtures.documentXML(title: ["Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления в IV квартале 2023 года"],
                                        rows: rows)
    }

    func testADocumentXMLOfNearly10MBIsRead() throws {
        let xml = Self.reportXML(items: 9_500)
        XCTAssertGreaterThan(xml.utf8.count, 9_000_000)
        XCTAssertLessThanOrEqual(xml.utf8.count, WordDocument.parserLimit)
        let document = try WordDocument(xml: Array(xml.utf8), source: "big.docx")
        XCTAssertEqual(document.rows.count, 9_501)
        XCTAssertEqual(document.rows.last?.cells.first?.lines, ["9500."])
    }

    /// libxml2 stops at 10 MB (XMLParser cannot ask it for huge input): a larger document.xml is refused
    /// with that limit named, not called damaged.
    func testADocumentXMLOver10MBNamesTheParsersLimit() throws {
        let xml = Self.reportXML(items: 13_000)
        XCTAssertGreaterThan(xml.utf8.count, 12_000_000)
        let error = DocxFixtures.inputError { try WordDocument(xml: Array(xml.utf8), source: "big.docx") }
        XCTAssertEqual(error?.file, "big.docx")
        XCTAssertTrue(error?.message.contains("reads at most 10 MB") == true, "\(String(describing: error))")
        XCTAssertFalse(error?.description.contains("damaged") == true)
    }

    func testALargeDocxReadsToItsItems() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: DocxFixtures.zipTool), "zip is not installed")
        let xml = Self.reportXML(items: 9_500)
        // Stored, not deflated: the test is about the XML, not the ZIP limits.
        let bytes = try DocxFixtures.docx(xml: xml, options: ["-0"], test: self)
        let report = try ReportReader.read(bytes: bytes, source: "big.docx")
        XCTAssertEqual(report.items.count, 9_500)
        XCTAssertEqual(report.items.last?[.place].text, "г. Витебск, Республика Беларусь")
        XCTAssertEqual(report.period?.quarter, 4)
    }
}
