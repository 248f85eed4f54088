import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of a Word document's main part (`word/document.xml`) that a report needs: the paragraphs
/// before the first table (the title) and the first top-level table as rows of cells of text lines.
///
/// A line is a paragraph, or the part of one between soft line breaks (`w:br`, `w:cr`). What counts as
/// text, and what is dropped, is ``WordDocumentBuilder``'s business. A row whose cells are merged into one
/// (a single `w:tc`, or one spanning the whole grid) is a one-cell row: a section row of the report.
///
/// ```swift
/// let document = try WordDocument(xml: Array(xml.utf8), source: "q1.docx")
/// document.titleLines          // ["Отчет о мероприятиях …", "… в IV квартале 2023 года"]
/// document.rows[1].cells.count // 1 (a section row)
/// ```
struct WordDocument: Equatable {
    /// One table cell: its paragraphs' lines, at least one (possibly empty).
    struct Cell: Equatable {
        var lines: [String]
        /// Its first paragraph is an item of a Word numbered list: the number is not in the text.
        var isListNumbered = false
    }

    /// One table row.
    struct Row: Equatable {
        var cells: [Cell]
    }

    /// The most bytes of `word/document.xml` read: libxml2 stops a document at 10,000,000 bytes unless
    /// asked for huge input (`XML_PARSE_HUGE`), which Foundation's `XMLParser` does not ask for; a larger
    /// document is refused up front with this limit named, not called damaged.
    static let parserLimit = 10_000_000

    /// The non-blank lines of the body's paragraphs before the first table.
    var titleLines: [String]
    /// The rows of the body's first top-level table.
    var rows: [Row]

    /// Parses `xml`, the bytes of `word/document.xml`.
    ///
    /// - Throws: an ``InputError`` naming `source` when the XML is not well-formed, declares a DTD (Word
    ///   never writes one; refusing it rules out entity tricks), or holds no table.
    /// - Complexity: O(n) in the size of the XML.
    init(xml: [UInt8], source: String) throws {
        guard xml.count <= WordDocument.parserLimit else {
            let megabytes = String(format: "%.1f", Double(xml.count) / 1_000_000)
            throw InputError(file: source,
                             message: "word/document.xml is \(megabytes) MB, and the XML parser here (libxml2, through Foundation) reads at most 10 MB of it",
                             hint: "split the report into several documents, or save it from Word as plain text (.txt) and give that")
        }
        if WordDocument.declaresDocumentType(xml) {
            throw InputError(file: source, message: "word/document.xml declares a DTD, which Word never writes",
                             hint: "this is not a document saved by Word; save it again from Word")
        }
        // XMLParser (swift-corelibs-foundation) traps on some invalid UTF-8 in element and attribute
        // names instead of reporting it: check the encoding first.
        guard xml.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) != nil else {
            throw InputError(file: source, message: "word/document.xml is not UTF-8 text (Word always writes UTF-8)",
                             hint: "the document is damaged; open it in Word and save it again")
        }
        let handler = WordDocumentParser()
        let parser = XMLParser(data: Data(xml))
        // Names stay qualified and the builder resolves prefixes itself: faster than namespace processing.
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        // XMLParser in swift-corelibs-foundation can return true after reporting an error, and stays
        // silent about a document cut short, so the handler's own record decides.
        let parsed = parser.parse()
        let failure = handler.error ?? (parser.parserError == nil && parsed ? nil : (parser.lineNumber, parser.columnNumber))
        if let failure {
            throw InputError(file: source,
                             message: "word/document.xml is not well-formed XML: it breaks at line \(failure.line), column \(failure.column)",
                             hint: "the document is damaged; open it in Word and save it again")
        }
        let builder = handler.builder
        guard builder.sawRoot, builder.openElements == 0 else {
            throw InputError(file: source, message: "word/document.xml is not well-formed XML: it ends before its elements are closed",
                             hint: "the document is damaged; open it in Word and save it again")
        }
        guard builder.foundTable else {
            throw InputError(file: source, message: "the document holds no table: a report lists its events in a table",
                             hint: "give the report whose events stand in a Word table")
        }
        titleLines = builder.titleLines
        rows = builder.rows
    }

    init(titleLines: [String], rows: [Row]) {
        self.titleLines = titleLines
        self.rows = rows
    }

    /// True when the XML declares a document type (`<!DOCTYPE`) before its root element, where a DTD
    /// must stand. Only the prolog (declaration, comments, processing instructions) is scanned.
    ///
    /// - Complexity: O(p) in the length of the prolog.
    static func declaresDocumentType(_ xml: [UInt8]) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8), commentStart = Array("<!--".utf8), commentEnd = Array("-->".utf8)
        var index = 0
        while index < xml.count - 1 {
            guard xml[index] == 0x3C else {
                index += 1
                continue
            }
            if xml[index...].starts(with: doctype) { return true }
            if xml[index...].starts(with: commentStart) {
                index += commentStart.count
                while index < xml.count && !xml[index...].starts(with: commentEnd) { index += 1 }
                continue
            }
            guard xml[index + 1] == 0x3F || xml[index + 1] == 0x21 else { return false }  // the root element
            index += 1
        }
        return false
    }
}
