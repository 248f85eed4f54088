import Foundation

/// Reads the layout of a text report: the title lines, then table cells that each begin on a line
/// starting with a TAB (further lines of a cell have none), grouped into rows.
///
/// Rows are found from the cells, not from blank lines (blank lines stand inside cells too): the first
/// six cells are the column headings when the first begins with "№"; a cell holding only an item number
/// ("12.") starts an item row that takes the next five cells; any other cell is a row of its own
/// (a section, or a note after the last item). A row cut short by the next number is kept short, so the
/// assembler can say which item is incomplete; a bare number inside a row whose number has a dot ("25"
/// participants) is one of its cells.
///
/// - Complexity: O(n) in the bytes of the text.
enum TextTableScanner {
    /// The title lines and where the table starts; the rows are grouped when walked (``forEachRow``).
    static func scan(_ source: SourceText) -> RawDocument {
        var titleLines: [RawLine] = []
        var table: (start: Int, line: Int)?
        source.text.withUTF8Bytes { bytes in
            forEachLine(in: bytes, from: 0, line: 1) { line, startsCell in
                if startsCell {
                    table = (line.start - 1, line.number)
                    return false
                }
                if !isBlank(bytes, line.start, line.end) { titleLines.append(line) }
                return true
            }
        }
        let rows: RawDocument.Rows = table.map { .scanned(start: $0.start, line: $0.line) } ?? .listed([])
        return RawDocument(text: source.text, source: source.name, format: "text (\(source.encoding.rawValue))",
                           titleLines: titleLines, rows: rows, readingWarnings: readingWarnings(source))
    }

    /// Calls `body` with each line from offset `start` (line number `line`): its content (without the
    /// line feed, a CR before it, or the TAB that starts a cell) and whether it starts a cell, until
    /// `body` returns false.
    static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: Int,
                            _ body: (RawLine, Bool) throws -> Bool) rethrows {
        var lineStart = start, lineNumber = line
        while lineStart <= bytes.count {
            let lineEnd = endOfLine(bytes, from: lineStart)
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let startsCell = lineStart < contentEnd && bytes[lineStart] == 0x09
            let content = RawLine(start: startsCell ? lineStart + 1 : lineStart, end: contentEnd, number: lineNumber)
            guard try body(content, startsCell) else { return }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
    }

    /// Calls `body` with each table row from offset `start`, grouping cells into rows as they come:
    /// only the row being grouped is held.
    static func forEachRow(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: Int,
                           _ body: (RawRow) throws -> Void) rethrows {
        var grouper = RowGrouper()
        var cell: RawCell?
        try forEachLine(in: bytes, from: start, line: line) { line, startsCell in
            if startsCell {
                if var finished = cell {
                    trimTrailingBlankLines(&finished, bytes)
                    try grouper.add(finished, bytes, body)
                }
                cell = RawCell(lines: [line])
            } else {
                cell?.lines.append(line)
            }
            return true
        }
        if var finished = cell {
            trimTrailingBlankLines(&finished, bytes)
            try grouper.add(finished, bytes, body)
        }
        try grouper.finish(bytes, body)
    }

    /// Groups cells into rows, one cell at a time: the first six cells are the headings when the first
    /// begins with "№"; a number cell starts an item row that takes cells until it has six or the next
    /// item's number comes; any other cell is a row of its own.
    struct RowGrouper {
        private var heading: [RawCell]? = []
        private var row: [RawCell] = []

        mutating func add(_ cell: RawCell, _ bytes: UnsafeBufferPointer<UInt8>, _ emit: (RawRow) throws -> Void) rethrows {
            if var cells = heading {
                if cells.isEmpty && !firstVisibleScalarIsNumeroSign(cell, bytes) {
                    heading = nil
                } else {
                    cells.append(cell)
                    heading = cells.count == 6 ? nil : cells
                    if cells.count == 6 { try emit(RawRow(cells: cells)) }
                    return
                }
            }
            if !row.isEmpty {
                if row.count < 6, !startsNextItem(cell, rowNumber: row[0], bytes) {
                    row.append(cell)
                    return
                }
                try emit(RawRow(cells: row))
                row = []
            }
            if itemNumber(cell, bytes) != nil {
                row = [cell]
            } else {
                try emit(RawRow(cells: [cell]))
            }
        }

        /// Emits the row being grouped; headings cut short (fewer than six cells in all) are grouped as
        /// any other cells.
        mutating func finish(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (RawRow) throws -> Void) rethrows {
            if let cells = heading, !cells.isEmpty {
                heading = nil
                for cell in cells { try add(cell, bytes, emit) }
            }
            if !row.isEmpty { try emit(RawRow(cells: row)) }
            row = []
        }
    }

    /// The most lines with replaced bytes named one by one; the rest are counted in one more warning.
    static let namedReplacedLines = 20

    /// One warning per line whose bytes that are not UTF-8 were replaced, up to ``namedReplacedLines``.
    static func readingWarnings(_ source: SourceText) -> [ReportWarning] {
        var warnings = source.replacedLines.prefix(namedReplacedLines).map { line in
            ReportWarning(line: line, item: nil, message: "bytes that are not UTF-8 replaced by U+FFFD (the file is read as UTF-8)")
        }
        let more = source.replacedLineCount - warnings.count
        if more > 0 {
            warnings.append(ReportWarning(line: nil, item: nil, message: "bytes that are not UTF-8 replaced by U+FFFD on \(more) more lines"))
        }
        return warnings
    }

    /// The offset of the first line feed at or after `start`, or the end of the text.
    static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count else { return bytes.count }
        guard let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer(found))
    }

    /// Whether a cell inside the row begun by `rowNumber` starts the next item, cutting this row short:
    /// a number cell written like item numbers. When the row's own number is written "N.", a bare number
    /// ("25" in the participants column, "2024" in the dates column) is a field of the row instead.
    static func startsNextItem(_ cell: RawCell, rowNumber: RawCell, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard itemNumber(cell, bytes) != nil else { return false }
        return endsWithDot(cell, bytes) || !endsWithDot(rowNumber, bytes)
    }

    /// Whether a number cell (digits, a dot, spaces: see ``itemNumber(_:_:)``) ends with a dot before
    /// any trailing spaces.
    static func endsWithDot(_ cell: RawCell, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for line in cell.lines.reversed() {
            var index = line.end
            while index > line.start {
                switch bytes[index - 1] {
                case 0x20, 0x09: index -= 1
                case 0xA0 where index - 2 >= line.start && bytes[index - 2] == 0xC2: index -= 2
                case let byte: return byte == 0x2E
                }
            }
        }
        return false
    }

    /// The number of a cell that holds only "N." (or "N"), else nil.
    static func itemNumber(_ cell: RawCell, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0, digits = 0, sawDot = false
        for line in cell.lines {
            var index = line.start
            while index < line.end {
                let byte = bytes[index]
                if byte >= 0x30 && byte <= 0x39 && !sawDot && digits < 5 {
                    value = value * 10 + Int(byte - 0x30); digits += 1
                } else if byte == 0x2E && digits > 0 && !sawDot {
                    sawDot = true
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    if digits > 0 && !sawDot && index + 1 < line.end && bytes[index + 1] != 0x20 { return nil }
                } else if byte == 0xC2 && index + 1 < line.end && bytes[index + 1] == 0xA0 {
                    index += 1
                } else {
                    return nil
                }
                index += 1
            }
        }
        return digits > 0 ? value : nil
    }

    static func firstVisibleScalarIsNumeroSign(_ cell: RawCell, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let numero: [UInt8] = [0xE2, 0x84, 0x96]
        for line in cell.lines {
            var index = line.start
            while index < line.end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            if index < line.end { return index + 3 <= line.end && bytes[index] == numero[0] && bytes[index + 1] == numero[1] && bytes[index + 2] == numero[2] }
        }
        return false
    }

    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0xC2 where index + 1 < end && bytes[index + 1] == 0xA0: index += 2
            default: return false
            }
        }
        return true
    }

    static func trimTrailingBlankLines(_ cell: inout RawCell, _ bytes: UnsafeBufferPointer<UInt8>) {
        while cell.lines.count > 1, let last = cell.lines.last, isBlank(bytes, last.start, last.end) {
            cell.lines.removeLast()
        }
    }
}
