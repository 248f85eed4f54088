/// Turns a ``RawDocument`` into a ``Report``: the title's period and level, the section of each item,
/// the clean text and parsed dates of every field, and warnings for what looks wrong but can be read.
///
/// A document with no numbered rows, or an item row with the wrong number of cells (a table cut short),
/// is an error naming the line.
///
/// - Complexity: O(n) in the size of the document.
enum ReportAssembler {
    static func assemble(_ document: RawDocument) throws -> Report {
        try document.text.withUTF8Bytes { bytes in try assemble(document, bytes: bytes) }
    }

    private static func assemble(_ document: RawDocument, bytes: UnsafeBufferPointer<UInt8>) throws -> Report {
        let cleaner = CellCleaner(text: document.text)
        // The title is cleaned at the first row of several cells: a text with none (a letter, a 200 MB
        // line) is refused without cleaning it or building anything else.
        var head: (title: String, period: ReportPeriod?, level: ReportLevel?)?
        var warnings = WarningList(document.readingWarnings)
        var pool = ReportItems.Pool(text: document.text, sections: [], defaultYear: nil)
        func readHead() -> (title: String, period: ReportPeriod?, level: ReportLevel?) {
            if let head { return head }
            let title = cleaner.clean(document.titleLines, in: bytes).text
            let read = (title: title, period: ReportTitle.period(in: title), level: ReportTitle.level(in: title))
            if document.titleLines.isEmpty {
                warnings.append(.init(line: nil, item: nil, message: "the report has no title before its table"))
            } else if read.period == nil {
                warnings.append(.init(line: document.titleLines.first?.number, item: nil,
                                      message: "the title names no quarter (\"в IV квартале 2023 года\"); dates are not checked against a period"))
            }
            head = read
            pool.defaultYear = read.period?.year
            return read
        }

        // Rows of one cell are sections when items follow them, notes when none does. A table of
        // a million such rows is no report: past a thousand they are counted, not kept.
        let keptRows = WarningList.defaultLimit
        var sections: [String] = []
        var rowsSinceItem: [String] = []
        var rowsSinceItemCount = 0, droppedSections = 0
        var currentSection: String?
        var lastNumber: Int?
        var unnumberedRows: [String] = []
        // An item number alone in its row is an error once the text proves a table (a row of several
        // cells comes); before that it may be a numbered line of a letter, which is no report at all.
        var numberAlone: InputError?

        try document.forEachRow(in: bytes) { row in
            if row.cells.count == 1 {
                let text = cleaner.clean(row.cells[0].lines, in: bytes).text
                guard !text.isEmpty else { return }
                if let number = leadingItemNumber(text) {
                    let error = InputError(file: document.source, line: row.line,
                                           message: "item \(number) has 1 of its 6 cells: the table is cut short or cells are missing",
                                           hint: "check that the file is complete and every row has 6 cells")
                    if head != nil { throw error }
                    numberAlone = numberAlone ?? error
                    return
                }
                currentSection = text
                rowsSinceItemCount += 1
                if rowsSinceItem.count < keptRows { rowsSinceItem.append(text) }
                return
            }
            if let numberAlone { throw numberAlone }
            let period = readHead().period
            let numberCell = cleaner.clean(row.cells[0].lines, in: bytes)
            // A heading row (the first, or one repeated by a continued table) is no item.
            if isHeadingCell(numberCell) { return }
            guard let number = leadingItemNumber(numberCell.text) else {
                // A row without a number is no item (a signature block, a summary spread over columns):
                // kept as a note, unless nothing is numbered at all (then the report is refused below).
                // Past a thousand such rows the table is no report table: the rest are counted, not kept.
                guard unnumberedRows.count < WarningList.defaultLimit else {
                    warnings.append(.init(line: row.line, item: nil, message: "a table row of \(row.cells.count) cells has no item number; not kept (over \(WarningList.defaultLimit) such rows)"))
                    return
                }
                let text = row.cells.map { cleaner.clean($0.lines, in: bytes).text }.filter { !$0.isEmpty }.joined(separator: " ")
                if !text.isEmpty { unnumberedRows.append(text) }
                warnings.append(.init(line: row.line, item: nil, message: "a table row of \(row.cells.count) cells has no item number; kept as a note"))
                return
            }
            guard row.cells.count == 6 else {
                throw InputError(file: document.source, line: row.line,
                                 message: "item \(number) has \(row.cells.count) of its 6 cells: the table is cut short or cells are missing",
                                 hint: "check that the file is complete and every row has 6 cells")
            }
            if let previous = lastNumber, number != previous + 1 {
                warnings.append(.init(line: row.line, item: number, message: "item \(number) follows item \(previous): the numbering skips or repeats"))
            }
            lastNumber = number
            if rowsSinceItemCount > 0 {
                let room = max(0, keptRows - sections.count)
                sections += rowsSinceItem.prefix(room)
                droppedSections += rowsSinceItemCount - min(room, rowsSinceItem.count)
                pool.sections.append(currentSection!)
                rowsSinceItem = []
                rowsSinceItemCount = 0
            }
            let fields = row.cells[1...5].map { cleaner.clean($0.lines, in: bytes) }
            pool.append(number: number, line: row.line, section: currentSection == nil ? nil : pool.sections.count - 1,
                        cells: row.cells[1...5], fields: fields.lazy.map(\.text))
            let datesCell = fields[ItemField.dates.rawValue]
            warnings += dateWarnings(number: number, field: datesCell,
                                     ranges: DateParser.parse(datesCell.text, defaultYear: period?.year), period: period)
        }
        guard let head, !pool.items.isEmpty else { throw noNumberedRows(document) }
        if droppedSections > 0 {
            warnings.append(.init(line: nil, item: nil, message: "\(droppedSections) more rows of one cell (sections) are not listed: a report has fewer than \(keptRows)"))
        }
        if rowsSinceItemCount > rowsSinceItem.count {
            warnings.append(.init(line: nil, item: nil, message: "\(rowsSinceItemCount - rowsSinceItem.count) more rows of one cell after the last item are not kept as notes"))
        }
        let notes = rowsSinceItem + unnumberedRows
        return Report(source: document.source, format: document.format, title: head.title, period: head.period, level: head.level,
                      sections: sections, notes: notes, items: ReportItems(pool: pool), warnings: warnings.warnings,
                      readingWarnings: document.readingWarnings, text: document.text)
    }

    static func noNumberedRows(_ document: RawDocument) -> InputError {
        InputError(file: document.source, line: nil, message: "no numbered rows found: this is not a report table",
                   hint: "a report is a table whose rows start with \"1.\", \"2.\", …")
    }

    static func isHeadingCell(_ cell: FieldText) -> Bool {
        // "№" has no other spelling: text whose bytes do not start with it does not; text where an ASCII
        // character follows it (nothing can combine with it then) does. Anything else is left to String.
        var utf8 = cell.text.utf8.makeIterator()
        guard utf8.next() == 0xE2, utf8.next() == 0x84, utf8.next() == 0x96 else { return false }
        if let next = utf8.next(), next >= 0x80 { return cell.text.hasPrefix("№") }
        return true
    }

    /// The number of an item-number cell ("12.", "12"), else nil.
    /// - Complexity: O(1): only up to six bytes are read.
    static func leadingItemNumber(_ text: String) -> Int? {
        let utf8 = text.utf8
        var count = utf8.count
        if utf8.last == 0x2E { count -= 1 }
        guard count > 0, count <= 5 else { return nil }
        var value = 0
        for byte in utf8.prefix(count) {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func dateWarnings(number: Int, field: FieldText, ranges: [DateRange], period: ReportPeriod?) -> [ReportWarning] {
        if ranges.isEmpty {
            let message = field.text.isEmpty ? "item \(number) has no dates"
                                             : "item \(number): no date could be read from \"\(field.text)\""
            return [.init(line: field.line, item: number, message: message)]
        }
        guard let period else { return [] }
        let plausibleStart = period.start.subtracting(months: 3), plausibleEnd = period.end.adding(days: 92)
        return ranges.filter { !$0.overlaps(from: period.start, through: period.end) }.map { range in
            let shown = range.start == range.end ? range.start.iso : "\(range.start.iso)…\(range.end.iso)"
            let far = !range.overlaps(from: plausibleStart, through: plausibleEnd)
            let advice = far ? ": far from the period, check the year" : ""
            return .init(line: field.line, item: number,
                         message: "item \(number) is dated \(shown), outside the reporting period \(period.label) (\(period.start.iso)…\(period.end.iso))\(advice)")
        }
    }
}
