/// A report's items, kept as where their cells stand in the report's text and made into
/// ``ReportItem``s (clean field texts, parsed dates) when they are read.
///
/// A report of a million items is thus held as its text and about 100 bytes an item, not as five
/// strings, their source maps and a date list an item: memory stays within a small multiple of the
/// file, and what the items become (mentions, rendered output) is made one item at a time.
///
/// ```swift
/// let report = try ReportReader.read(path: "Examples/smolensk-municipal-2023-q4.txt")
/// report.items.count          // 31
/// report.items[0][.place].text // "г. Смоленск"
/// ```
///
/// Items made by hand (tests) are held as they are (``init(_:)``).
///
/// - Complexity: reading an item is O(m) in the bytes of its cells; iterating is O(n) in the text.
public struct ReportItems: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    /// Where an item's five field cells stand, as line ranges in ``Pool/lines``.
    struct Stored: Sendable {
        var number: Int32
        var line: UInt32
        /// Index into ``Pool/sections``; -1 for none.
        var section: Int32
        /// Index of the first of its five entries in ``Pool/cellStarts``.
        var firstCell: UInt32
    }

    /// One line of a field, in 12 bytes (reports are refused from 4 GiB: see ``ReportReader``).
    struct Line: Sendable {
        var start: UInt32
        var end: UInt32
        var number: UInt32

        var raw: RawLine { RawLine(start: Int(start), end: Int(end), number: Int(number)) }
    }

    /// The items of a report read from text: the text and where each field's lines are in it.
    struct Pool: Sendable {
        var text: String
        var sections: [String]
        var defaultYear: Int?
        var items: [Stored] = []
        /// The items' part of the report's fingerprint, added to as items are.
        var fingerprint = ReportFingerprint()
        /// Five entries an item: the index in ``lines`` of each field's first line.
        var cellStarts: [UInt32] = []
        var lines: [Line] = []

        /// The lines of field `field` (0–4) of stored item `index`.
        func fieldLines(_ index: Int, _ field: Int) -> Range<Int> {
            let position = Int(items[index].firstCell) + field
            let end = position + 1 < cellStarts.count ? Int(cellStarts[position + 1]) : lines.count
            return Int(cellStarts[position])..<end
        }
    }

    private enum Storage: Sendable {
        case listed([ReportItem])
        case pooled(Pool)
    }

    private let storage: Storage

    /// Items made already.
    public init(_ items: [ReportItem]) {
        storage = .listed(items)
    }

    public init(arrayLiteral items: ReportItem...) {
        storage = .listed(items)
    }

    init(pool: Pool) {
        storage = .pooled(pool)
    }

    /// The items' part of ``ReportFingerprint``: their numbers, sections and field texts.
    /// - Complexity: O(1) for items read from a text; O(n) in their texts for items made already.
    var fingerprint: ReportFingerprint {
        switch storage {
        case .pooled(let pool):
            return pool.fingerprint
        case .listed(let items):
            var print = ReportFingerprint()
            for item in items { print.add(number: item.number, section: item.section, fields: item.fields.lazy.map(\.text)) }
            return print
        }
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .listed(let items): items.count
        case .pooled(let pool): pool.items.count
        }
    }

    /// The item at `position`, made from its cells (clean texts, dates parsed with the report's year).
    public subscript(position: Int) -> ReportItem {
        switch storage {
        case .listed(let items):
            return items[position]
        case .pooled(let pool):
            let stored = pool.items[position]
            let cleaner = CellCleaner(text: pool.text)
            let fields = pool.text.withUTF8Bytes { bytes in
                (0..<5).map { field in
                    cleaner.clean(pool.lines[pool.fieldLines(position, field)].lazy.map(\.raw), in: bytes)
                }
            }
            let datesText = fields[ItemField.dates.rawValue].text
            return ReportItem(number: Int(stored.number), section: stored.section < 0 ? nil : pool.sections[Int(stored.section)],
                              fields: fields,
                              dates: DateList(text: datesText, ranges: DateParser.parse(datesText, defaultYear: pool.defaultYear)),
                              line: Int(stored.line))
        }
    }
}

extension ReportItems.Pool {
    /// Adds an item whose five field cells are `cells` (the row's number cell is not among them).
    /// `fields`: the clean texts of the cells, for the fingerprint.
    mutating func append(number: Int, line: Int, section: Int?, cells: ArraySlice<RawCell>, fields: some Sequence<String>) {
        fingerprint.add(number: number, section: section.map { sections[$0] }, fields: fields)
        items.append(.init(number: Int32(clamping: number), line: UInt32(clamping: line),
                           section: section.map { Int32($0) } ?? -1, firstCell: UInt32(cellStarts.count)))
        for cell in cells {
            cellStarts.append(UInt32(lines.count))
            for line in cell.lines {
                lines.append(.init(start: UInt32(line.start), end: UInt32(line.end), number: UInt32(clamping: line.number)))
            }
        }
    }
}
