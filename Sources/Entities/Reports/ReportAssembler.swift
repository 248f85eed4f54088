/// Turns a ``RawDocument`` into a ``Report``: the title's period and level, the section of each item,
/// the clean text and parsed dates of every field, and warnings for what looks wrong but can be read.
///
/// A document with no numbered rows, or an item row with the wrong number of cells (a table cut short),
/// is an error naming the line.
///
/// - Complexity: O(n) in the size of the document.
enum ReportAssembler {
    static func assemble(_ document: RawDocument) throws -> Report {
        // An item is a row of several cells: a text with none (a letter, a 200 MB line) is refused
        // before its title is cleaned or anything else is built.
        guard document.rows.contains(where: { $0.cells.count > 1 }) else { throw noNumberedRows(document) }
        let cleaner = CellCleaner(text: document.text, bytes: document.bytes)
        let title = cleaner.clean(document.titleLines).text
        let period = ReportTitle.period(in: title)
        let level = ReportTitle.level(in: title)
        var warnings = document.readingWarnings
        if document.titleLines.isEmpty {
            warnings.append(.init(line: nil, item: nil, message: "the report has no title before its table"))
        } else if period == nil {
            warnings.append(.init(line: document.titleLines.first?.number, item: nil,
                                  message: "the title names no quarter (\"в IV квартале 2023 года\"); dates are not checked against a period"))
        }

        var sections: [String] = []
        var items: [ReportItem] = []
        var singleRowsAfterLastItem: [String] = []
        var unnumberedRows: [String] = []
        var currentSection: String?
        let rows = document.rows.first.map { isHeading($0, cleaner) } == true ? Array(document.rows.dropFirst()) : document.rows

        for row in rows {
            let cells = row.cells.map { cleaner.clean($0.lines) }
            guard !cells.isEmpty, !(cells.count > 1 && isHeadingCell(cells[0])) else { continue }   // a heading row repeated by a continued table
            if cells.count == 1 {
                let text = cells[0].text
                guard !text.isEmpty else { continue }
                if let number = leadingItemNumber(text) {
                    throw InputError(file: document.source, line: row.line,
                                     message: "item \(number) has 1 of its 6 cells: the table is cut short or cells are missing",
                                     hint: "check that the file is complete and every row has 6 cells")
                }
                sections.append(text)
                singleRowsAfterLastItem.append(text)
                currentSection = text
                continue
            }
            guard let number = leadingItemNumber(cells[0].text) else {
                // A row without a number is no item (a signature block, a summary spread over columns):
                // kept as a note, unless nothing is numbered at all (then the report is refused below).
                let text = cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
                if !text.isEmpty { unnumberedRows.append(text) }
                warnings.append(.init(line: row.line, item: nil, message: "a table row of \(cells.count) cells has no item number; kept as a note"))
                continue
            }
            guard cells.count == 6 else {
                throw InputError(file: document.source, line: row.line,
                                 message: "item \(number) has \(cells.count) of its 6 cells: the table is cut short or cells are missing",
                                 hint: "check that the file is complete and every row has 6 cells")
            }
            if let previous = items.last?.number, number != previous + 1 {
                warnings.append(.init(line: row.line, item: number, message: "item \(number) follows item \(previous): the numbering skips or repeats"))
            }
            singleRowsAfterLastItem = []
            let fields = Array(cells[1...5])
            let datesText = fields[ItemField.dates.rawValue].text
            let ranges = DateParser.parse(datesText, defaultYear: period?.year)
            let item = ReportItem(number: number, section: currentSection, fields: fields,
                                  dates: DateList(text: datesText, ranges: ranges), line: row.line)
            warnings += dateWarnings(item, period: period)
            items.append(item)
        }
        guard !items.isEmpty else { throw noNumberedRows(document) }
        sections.removeLast(singleRowsAfterLastItem.count)
        return Report(source: document.source, format: document.format, title: title, period: period, level: level,
                      sections: sections, notes: singleRowsAfterLastItem + unnumberedRows, items: items, warnings: warnings,
                      readingWarnings: document.readingWarnings, text: document.text)
    }

    static func noNumberedRows(_ document: RawDocument) -> InputError {
        InputError(file: document.source, line: nil, message: "no numbered rows found: this is not a report table",
                   hint: "a report is a table whose rows start with \"1.\", \"2.\", …")
    }

    static func isHeading(_ row: RawRow, _ cleaner: CellCleaner) -> Bool {
        row.cells.count > 1 && isHeadingCell(cleaner.clean(row.cells[0].lines))
    }

    /// Whether the clean first cell of a row of more than one cell makes it the column headings ("№ п/п").
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

    static func dateWarnings(_ item: ReportItem, period: ReportPeriod?) -> [ReportWarning] {
        let field = item[.dates]
        if item.dates.ranges.isEmpty {
            let message = field.text.isEmpty ? "item \(item.number) has no dates"
                                             : "item \(item.number): no date could be read from \"\(field.text)\""
            return [.init(line: field.line, item: item.number, message: message)]
        }
        guard let period else { return [] }
        let plausibleStart = period.start.subtracting(months: 3), plausibleEnd = period.end.adding(days: 92)
        return item.dates.ranges.filter { !$0.overlaps(from: period.start, through: period.end) }.map { range in
            let shown = range.start == range.end ? range.start.iso : "\(range.start.iso)…\(range.end.iso)"
            let far = !range.overlaps(from: plausibleStart, through: plausibleEnd)
            let advice = far ? ": far from the period, check the year" : ""
            return .init(line: field.line, item: item.number,
                         message: "item \(item.number) is dated \(shown), outside the reporting period \(period.label) (\(period.start.iso)…\(period.end.iso))\(advice)")
        }
    }
}
