/// A report's layout before interpretation: title lines and table rows of cells, each cell a list of
/// lines with their offsets. The text reader and the Word reader both produce it; ``ReportAssembler``
/// turns it into a ``Report``.
///
/// The text reader does not list its rows: they are found again, one at a time, when they are walked
/// (``forEachRow(_:)``), so a report of a million rows never holds a million rows of cells.
struct RawDocument {
    /// Where the rows come from.
    enum Rows {
        /// Rows made already (the Word reader's, and hand-made ones in tests).
        case listed([RawRow])
        /// Rows of the text report in ``RawDocument/text``, from the line at UTF-8 offset `start`
        /// (line number `line`): grouped by ``TextTableScanner`` as they are walked.
        case scanned(start: Int, line: Int)
    }

    /// The text all offsets point into (native, so its UTF-8 bytes are read in place).
    var text: String
    /// The name the input was given by.
    var source: String
    /// "text (UTF-8)", "docx", ...
    var format: String
    /// Lines before the table.
    var titleLines: [RawLine]
    /// Table rows in order; the first may be the column headings.
    var rowSource: Rows
    /// Warnings about how the input's bytes were read (bytes that are not UTF-8, replaced).
    var readingWarnings: [ReportWarning] = []

    init(text: String, source: String, format: String, titleLines: [RawLine], rows: Rows,
         readingWarnings: [ReportWarning] = []) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        self.source = source
        self.format = format
        self.titleLines = titleLines
        self.rowSource = rows
        self.readingWarnings = readingWarnings
    }

    init(text: String, source: String, format: String, titleLines: [RawLine], rows: [RawRow]) {
        self.init(text: text, source: source, format: format, titleLines: titleLines, rows: .listed(rows))
    }

    /// Calls `body` with each row in order; `bytes` are the UTF-8 bytes of ``text``.
    /// - Complexity: O(n) in the text; one row is held at a time for a text report.
    func forEachRow(in bytes: UnsafeBufferPointer<UInt8>, _ body: (RawRow) throws -> Void) rethrows {
        switch rowSource {
        case .listed(let rows): for row in rows { try body(row) }
        case .scanned(let start, let line): try TextTableScanner.forEachRow(in: bytes, from: start, line: line, body)
        }
    }

    /// All rows at once (for tests and small documents).
    var rows: [RawRow] {
        var rows: [RawRow] = []
        text.withUTF8Bytes { bytes in forEachRow(in: bytes) { rows.append($0) } }
        return rows
    }
}

/// One line of a cell or title: UTF-8 offsets `start..<end` into the document text.
struct RawLine: Equatable {
    var start: Int
    var end: Int
    /// 1-based line number in the document text.
    var number: Int
}

/// One table cell: its lines (a cell's paragraphs, for Word input).
struct RawCell: Equatable {
    var lines: [RawLine]
    var firstLine: Int { lines.first?.number ?? 0 }
}

/// One table row.
struct RawRow: Equatable {
    var cells: [RawCell]
    var line: Int { cells.first?.firstLine ?? 0 }
}
