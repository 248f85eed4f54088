/// Reads a Word (.docx) report into the same raw layout the text reader gives.
///
/// The document's text goes into a *text rendition* laid out as the publisher's Word-to-text export:
/// each title line on its own line, an empty line, then for each table row each cell as a line starting
/// with a TAB followed by the cell's lines joined by newlines, and an empty line after each row. Every
/// ``RawLine`` points (in UTF-8 bytes, with its 1-based line number) into that rendition, so
/// ``ReportAssembler`` gives the same report from a .docx as from its .txt and offsets point at real text.
///
/// ```swift
/// let document = try DocxReader.document(bytes: bytes, source: "q4.docx")
/// document.format   // "docx"
/// document.text     // "Отчет о мероприятиях …\n…\n\n\t№\nп/п\n\tНаименование мероприятия\n…"
/// ```
enum DocxReader {
    /// The main document part every .docx has.
    static let documentPart = "word/document.xml"

    /// True when the bytes start with a ZIP local-file signature (`PK\u{3}\u{4}`) or an empty-archive one.
    static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6)
    }

    /// Reads the .docx in `bytes`: unzips its main document part, parses it, and lays it out as text.
    ///
    /// - Throws: an ``InputError`` naming `source` for a damaged or hostile archive, a missing or
    ///   malformed document part, or a document without a table.
    /// - Complexity: O(n + m) in the archive's size and the document part's uncompressed size.
    static func document(bytes: [UInt8], source: String) throws -> RawDocument {
        let archive = try ZipArchive(bytes: bytes, source: source)
        let xml = try archive.contents(named: mainPart(of: archive))
        return rendition(of: try WordDocument(xml: xml, source: source), source: source)
    }

    /// The main document part: the target of the package's `officeDocument` relationship in
    /// `_rels/.rels` (some converters name it `word/document2.xml`), else `word/document.xml`.
    static func mainPart(of archive: ZipArchive) -> String {
        guard archive.entry(named: "_rels/.rels") != nil, let rels = try? archive.contents(named: "_rels/.rels") else { return documentPart }
        let text = String(decoding: rels, as: UTF8.self)
        for relationship in text.components(separatedBy: "<Relationship").dropFirst() where relationship.contains("/officeDocument\"") {
            guard let targetStart = relationship.range(of: "Target=\"")?.upperBound,
                  let targetEnd = relationship[targetStart...].firstIndex(of: "\"") else { continue }
            var target = String(relationship[targetStart..<targetEnd])
            while target.hasPrefix("/") { target.removeFirst() }
            if !target.isEmpty, archive.entry(named: target) != nil { return target }
        }
        return documentPart
    }

    /// Lays `document` out as text and maps its lines, cells and rows into it.
    ///
    /// - Complexity: O(n) in the size of the text.
    static func rendition(of document: WordDocument, source: String) -> RawDocument {
        var text: [UInt8] = []
        var lineNumber = 1

        /// Appends `content` as one line, after `prefix`, and returns where the content stands. A line
        /// break inside the content (XML text may hold one) becomes a space, so line numbers hold.
        func appendLine(_ content: String, prefix: UInt8? = nil) -> RawLine {
            if let prefix { text.append(prefix) }
            let start = text.count
            text.append(contentsOf: content.utf8)
            for index in start..<text.count where text[index] == 0x0A || text[index] == 0x0D {
                text[index] = 0x20
            }
            let line = RawLine(start: start, end: text.count, number: lineNumber)
            text.append(0x0A)
            lineNumber += 1
            return line
        }

        let titleLines = document.titleLines.map { appendLine($0) }
        _ = appendLine("")
        var rows: [RawRow] = []
        rows.reserveCapacity(document.rows.count)
        var listNumber = 0
        for row in document.rows {
            var cells: [RawCell] = []
            cells.reserveCapacity(row.cells.count)
            for (column, cell) in row.cells.enumerated() {
                var lines: [RawLine] = []
                var cellLines = cell.lines
                // Rows numbered by a Word list carry no "N." in their text: write the number the list shows.
                if column == 0, cell.isListNumbered, row.cells.count > 1, cellLines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                    listNumber += 1
                    cellLines = ["\(listNumber)."]
                }
                for (index, content) in cellLines.enumerated() {
                    lines.append(appendLine(content, prefix: index == 0 ? 0x09 : nil))
                }
                if lines.isEmpty { lines.append(appendLine("", prefix: 0x09)) }
                cells.append(RawCell(lines: lines))
            }
            rows.append(RawRow(cells: cells))
            _ = appendLine("")
        }
        return RawDocument(text: String(decoding: text, as: UTF8.self), source: source, format: "docx",
                           titleLines: titleLines, rows: rows)
    }
}
