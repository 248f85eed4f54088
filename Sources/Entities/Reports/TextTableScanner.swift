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
    static func scan(_ source: SourceText) -> RawDocument {
        let bytes = Array(source.text.utf8)
        var titleLines: [RawLine] = []
        var cells: [RawCell] = []
        var lineStart = 0, lineNumber = 1
        while lineStart <= bytes.count {
            let lineEnd = endOfLine(bytes, from: lineStart)
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if lineStart < contentEnd && bytes[lineStart] == 0x09 {
                cells.append(RawCell(lines: [RawLine(start: lineStart + 1, end: contentEnd, number: lineNumber)]))
            } else if !cells.isEmpty {
                cells[cells.count - 1].lines.append(RawLine(start: lineStart, end: contentEnd, number: lineNumber))
            } else if !isBlank(bytes, lineStart, contentEnd) {
                titleLines.append(RawLine(start: lineStart, end: contentEnd, number: lineNumber))
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        for index in cells.indices { trimTrailingBlankLines(&cells[index], bytes) }
        return RawDocument(text: source.text, source: source.name, format: "text (\(source.encoding.rawValue))",
                           titleLines: titleLines, rows: groupRows(cells, bytes), bytes: bytes, readingWarnings: readingWarnings(source))
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
    static func endOfLine(_ bytes: [UInt8], from start: Int) -> Int {
        guard start < bytes.count else { return bytes.count }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let found = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start) else { return buffer.count }
            return UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer(found))
        }
    }

    static func groupRows(_ cells: [RawCell], _ bytes: [UInt8]) -> [RawRow] {
        var rows: [RawRow] = []
        var index = 0
        if cells.count >= 6, firstVisibleScalarIsNumeroSign(cells[0], bytes) {
            rows.append(RawRow(cells: Array(cells[0..<6])))
            index = 6
        }
        while index < cells.count {
            if itemNumber(cells[index], bytes) != nil {
                var row = [cells[index]]
                index += 1
                while row.count < 6, index < cells.count, !startsNextItem(cells[index], rowNumber: row[0], bytes) {
                    row.append(cells[index])
                    index += 1
                }
                rows.append(RawRow(cells: row))
            } else {
                rows.append(RawRow(cells: [cells[index]]))
                index += 1
            }
        }
        return rows
    }

    /// Whether a cell inside the row begun by `rowNumber` starts the next item, cutting this row short:
    /// a number cell written like item numbers. When the row's own number is written "N.", a bare number
    /// ("25" in the participants column, "2024" in the dates column) is a field of the row instead.
    static func startsNextItem(_ cell: RawCell, rowNumber: RawCell, _ bytes: [UInt8]) -> Bool {
        guard itemNumber(cell, bytes) != nil else { return false }
        return endsWithDot(cell, bytes) || !endsWithDot(rowNumber, bytes)
    }

    /// Whether a number cell (digits, a dot, spaces: see ``itemNumber(_:_:)``) ends with a dot before
    /// any trailing spaces.
    static func endsWithDot(_ cell: RawCell, _ bytes: [UInt8]) -> Bool {
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
    static func itemNumber(_ cell: RawCell, _ bytes: [UInt8]) -> Int? {
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

    static func firstVisibleScalarIsNumeroSign(_ cell: RawCell, _ bytes: [UInt8]) -> Bool {
        let numero: [UInt8] = [0xE2, 0x84, 0x96]
        for line in cell.lines {
            var index = line.start
            while index < line.end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            if index < line.end { return index + 3 <= line.end && Array(bytes[index..<index + 3]) == numero }
        }
        return false
    }

    static func isBlank(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
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

    static func trimTrailingBlankLines(_ cell: inout RawCell, _ bytes: [UInt8]) {
        while cell.lines.count > 1, let last = cell.lines.last, isBlank(bytes, last.start, last.end) {
            cell.lines.removeLast()
        }
    }
}
