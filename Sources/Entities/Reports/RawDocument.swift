/// A report's layout before interpretation: title lines and table rows of cells, each cell a list of
/// lines with their offsets. The text reader and the Word reader both produce it; ``ReportAssembler``
/// turns it into a ``Report``.
struct RawDocument {
    /// The text all offsets point into.
    var text: String
    /// The name the input was given by.
    var source: String
    /// "text (UTF-8)", "docx", ...
    var format: String
    /// Lines before the table.
    var titleLines: [RawLine]
    /// Table rows in order; the first may be the column headings.
    var rows: [RawRow]
    /// The UTF-8 bytes of `text`, when the reader made them (the text reader does): the cell cleaner uses
    /// them instead of copying the text again.
    var bytes: [UInt8]? = nil
    /// Warnings about how the input's bytes were read (bytes that are not UTF-8, replaced).
    var readingWarnings: [ReportWarning] = []
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
