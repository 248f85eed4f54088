import Foundation
@testable import Entities

/// Makes broken inputs from the example reports, the same ones for the same seed: small reports cut
/// from the examples (title, headings and an item row or two), damaged by one to three mutations — bytes
/// flipped, the text cut short, tabs and lines deleted or doubled, unbalanced « » and quotes, random
/// and invalid UTF-8, Windows-1251 mixed into UTF-8, mad numbers and dates, NUL bytes, other line
/// ends and byte-order marks, whole texts in KOI8-R, Windows-1251 or UTF-16 without a byte-order mark —
/// and .docx archives with damaged XML or damaged bytes. A few inputs are huge: a cell of hundreds of
/// kilobytes, a single 10 MB line, cells of agreement clauses and of deeply nested quotes (these linked).
struct ReportMutator {
    /// One input, with a name saying how it was made.
    struct Mutant {
        var name: String
        var bytes: [UInt8]
        /// Link it whatever its size: a long cell, where linking must stay linear.
        var link = false
    }

    private let seed: UInt64
    private var random: SeededGenerator
    /// The example reports' text, as lines (without their line feeds).
    private let examples: [[[UInt8]]]
    /// For each example: the lines before its first item row, and where each item row starts.
    private let heads: [Int]
    private let itemStarts: [[Int]]
    /// The examples' `word/document.xml`, and the examples' .docx files.
    private let documents: [[UInt8]]
    private let docxFiles: [[UInt8]]

    init(seed: UInt64) throws {
        self.seed = seed
        random = SeededGenerator(seed: seed)
        var examples: [[[UInt8]]] = [], heads: [Int] = [], itemStarts: [[Int]] = []
        var documents: [[UInt8]] = [], docxFiles: [[UInt8]] = []
        for name in DocxFixtures.reportNames {
            let text = try DocxFixtures.bytes(of: DocxFixtures.textExample(name))
            let lines = text.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let starts = lines.indices.filter { ReportMutator.isItemNumberLine(lines[$0]) }
            examples.append(lines)
            heads.append(starts.first ?? lines.count)
            itemStarts.append(starts)
            let docx = try DocxFixtures.bytes(of: DocxFixtures.docxExample(name))
            docxFiles.append(docx)
            documents.append(try ZipArchive(bytes: docx, source: name).contents(named: "word/document.xml"))
        }
        self.examples = examples
        self.heads = heads
        self.itemStarts = itemStarts
        self.documents = documents
        self.docxFiles = docxFiles
    }

    /// "\t12. ": a line that starts an item row.
    static func isItemNumberLine(_ line: [UInt8]) -> Bool {
        guard line.first == 0x09 else { return false }
        let rest = line.dropFirst().filter { $0 != 0x20 }
        return rest.count >= 2 && rest.last == 0x2E && rest.dropLast().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    // MARK: Inputs

    /// Input number `index` of a run (the same for the same seed and index, whatever else was made).
    /// A few indices give the huge inputs.
    func mutant(_ index: Int) -> Mutant {
        var maker = self
        maker.random = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        return maker.make(index)
    }

    private mutating func make(_ index: Int) -> Mutant {
        switch index {
        case 0: return tenMegabyteLine()
        case 1, 2, 3: return hugeCell(kilobytes: 200 * index)
        case 4, 5: return clauseCell(kilobytes: 256 * (index - 3))
        case 6: return deepNesting(depth: 20_000)
        default: break
        }
        if index % 50 == 7 { return docxMutant() }
        var bytes = base()
        var steps: [String] = []
        for _ in 0..<int(1...3) {
            steps.append(mutate(&bytes))
        }
        return Mutant(name: "text #\(index): " + steps.joined(separator: ", "), bytes: bytes)
    }

    /// The title and headings of an example, then one to three of its item rows, as UTF-8 text.
    private mutating func base() -> [UInt8] {
        let example = int(0...examples.count - 1)
        let lines = examples[example], starts = itemStarts[example]
        var chosen = Array(lines[..<heads[example]])
        if !starts.isEmpty {
            let first = int(0...starts.count - 1)
            let last = min(starts.count - 1, first + (chance(25) ? 1 : 0))
            let end = last + 1 < starts.count ? starts[last + 1] : lines.count
            chosen += lines[starts[first]..<end]
        }
        return Array(chosen.joined(separator: [0x0A]))
    }

    /// One mutation of `bytes`; returns its name.
    private mutating func mutate(_ bytes: inout [UInt8]) -> String {
        let position = bytes.isEmpty ? 0 : int(0...bytes.count - 1)
        switch int(0...21) {
        case 0:
            guard !bytes.isEmpty else { return "nothing" }
            bytes[position] ^= UInt8(1 << int(0...7))
            return "bit flipped at \(position)"
        case 1:
            guard !bytes.isEmpty else { return "nothing" }
            bytes[position] = UInt8(int(0...255))
            return "byte set at \(position)"
        case 2:
            bytes.removeSubrange(position...)
            return "cut at \(position)"
        case 3:
            guard let tab = bytes[position...].firstIndex(of: 0x09) ?? bytes.firstIndex(of: 0x09) else { return "no tab" }
            bytes.remove(at: tab)
            return "tab deleted"
        case 4:
            bytes.insert(0x09, at: line(around: position, in: bytes).lowerBound)
            return "tab doubled"
        case 5:
            let line = line(around: position, in: bytes)
            bytes.removeSubrange(line.lowerBound..<min(bytes.count, line.upperBound + 1))
            return "line deleted"
        case 6:
            let line = line(around: position, in: bytes)
            bytes.insert(contentsOf: bytes[line] + [0x0A], at: line.lowerBound)
            return "line doubled"
        case 7:
            let quotes = ["«", "»", "\"", "„", "“", "”", "'", "«««", "»»»"]
            bytes.insert(contentsOf: Array(quotes[int(0...quotes.count - 1)].utf8), at: position)
            return "quote inserted"
        case 8:
            let closing = Array("»".utf8)
            guard let at = bytes.firstRange(of: closing) else { return "no closing quote" }
            bytes.removeSubrange(at..<at + closing.count)
            return "closing quote deleted"
        case 9:
            bytes.insert(contentsOf: randomUTF8(int(1...12)), at: scalarBoundary(in: bytes, near: position))
            return "random UTF-8"
        case 10:
            bytes.insert(contentsOf: (0..<int(1...6)).map { _ in UInt8(int(0x80...0xFF)) }, at: position)
            return "invalid UTF-8"
        case 11:
            let start = scalarBoundary(in: bytes, near: position)
            let end = scalarBoundary(in: bytes, near: min(bytes.count, start + int(1...400)))
            guard start < end else { return "nothing" }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            bytes.replaceSubrange(start..<end, with: Windows1251.encode(text))
            return "Windows-1251 inside UTF-8"
        case 12:
            let numbers = ["99999999999999999999999", "0", "-1", "00000", "1.2.3", "٣", "1e9", "4294967296", "12."]
            let at = scalarBoundary(in: bytes, near: position)
            bytes.insert(contentsOf: Array(numbers[int(0...numbers.count - 1)].utf8), at: at)
            return "number inserted"
        case 13:
            let dates = ["31 февраля 2025 года", "0 мая 0 года", "29.02.2023", "32-35 мая 99999 года", "с по до", "декабрь – январь",
                         "1–31 декабря 1 года", "99.99.9999", "мая мая мая 2025 2025", "(20.02.2017)", "-5 июня -2025"]
            bytes.insert(contentsOf: Array(dates[int(0...dates.count - 1)].utf8), at: scalarBoundary(in: bytes, near: position))
            return "date inserted"
        case 14:
            bytes.insert(0, at: position)
            return "NUL inserted"
        case 15:
            bytes = chance(50) ? Array(bytes.split(separator: 0x0A, omittingEmptySubsequences: false).joined(separator: [0x0D, 0x0A]))
                               : bytes.map { $0 == 0x0A ? 0x0D : $0 }
            return "other line ends"
        case 16:
            let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00]]
            bytes.insert(contentsOf: marks[int(0...marks.count - 1)], at: 0)
            return "byte-order mark"
        case 17:
            let blanks: [[UInt8]] = [[], [0x20], [0x09, 0x0A, 0x09], Array("\u{A0}\u{2003}\n".utf8), [0x0A, 0x0A]]
            bytes = blanks[int(0...blanks.count - 1)]
            return "blank"
        case 19:
            let text = String(decoding: bytes, as: UTF8.self)
            bytes = chance(50) ? KOI8R.encode(text) : Windows1251.encode(text)
            return "all in a Cyrillic code page"
        case 20:
            let text = String(decoding: bytes, as: UTF8.self)
            let bigEndian = chance(50)
            bytes = text.utf16.flatMap { unit in bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            return "UTF-16 without a byte-order mark"
        case 21:
            let start = scalarBoundary(in: bytes, near: position)
            let end = scalarBoundary(in: bytes, near: min(bytes.count, start + int(1...400)))
            guard start < end else { return "nothing" }
            bytes.replaceSubrange(start..<end, with: KOI8R.encode(String(decoding: bytes[start..<end], as: UTF8.self)))
            return "KOI8-R inside UTF-8"
        default:
            guard let tab = bytes[position...].firstIndex(of: 0x09) ?? bytes.firstIndex(of: 0x09) else { return "no tab" }
            let cell = bytes[tab + 1..<(bytes[(tab + 1)...].firstIndex(of: 0x0A) ?? bytes.count)]
            bytes.insert(contentsOf: Array(repeatElement(cell, count: int(2...40)).joined()), at: tab + 1)
            return "cell repeated"
        }
    }

    /// Random valid UTF-8: letters of several scripts, combining marks, emoji with joiners, controls,
    /// format characters, private use, the highest code point.
    private mutating func randomUTF8(_ count: Int) -> [UInt8] {
        let ranges: [ClosedRange<UInt32>] = [0x01...0x1F, 0x20...0x7E, 0x80...0x9F, 0xA0...0xFF, 0x300...0x36F, 0x400...0x4FF,
                                             0x2000...0x206F, 0x2116...0x2116, 0x4E00...0x4E40, 0xFE00...0xFE0F, 0xFEFF...0xFEFF,
                                             0xE000...0xE010, 0x1F600...0x1F64F, 0x200D...0x200D, 0x10FFFF...0x10FFFF]
        var text = String.UnicodeScalarView()
        for _ in 0..<count {
            let range = ranges[int(0...ranges.count - 1)]
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { text.append(scalar) }
        }
        return Array(String(text).utf8)
    }

    // MARK: Huge inputs

    /// A report whose one item has a cell of about `kilobytes` KB (the examples' words, repeated).
    private mutating func hugeCell(kilobytes: Int) -> Mutant {
        var bytes = base()
        let words = Array(examples[3][(heads[3] + 12)...].joined(separator: [0x20]))
        var cell: [UInt8] = [0x09]
        while cell.count < kilobytes << 10 { cell += words }
        bytes += [0x0A] + cell
        return Mutant(name: "a cell of \(kilobytes) KB", bytes: bytes)
    }

    /// A report whose last cell is about `kilobytes` KB of one sentence of agreement clauses, twin cities,
    /// "между" and names, with no full stop: what made the relation finder and the linker quadratic.
    private mutating func clauseCell(kilobytes: Int) -> Mutant {
        var bytes = base()
        let pieces = ["в рамках соглашения о сотрудничестве", "между Администрацией города Смоленска и Витебским городским исполнительным комитетом",
                      "подписано соглашение", "город-побратим г. Витебск", "меморандум", "протокол о намерениях", "МБОУ «СШ № 40» г. Смоленска",
                      "Гимназии № 146 г. Минска", "договоров", "проект соглашения", "В.Н. Анохиным", "побратимских связей"]
        var cell: [UInt8] = []
        while cell.count < kilobytes << 10 { cell += Array((pieces[int(0...pieces.count - 1)] + ", ").utf8) }
        bytes += itemRow(goal: cell)
        return Mutant(name: "a cell of \(kilobytes) KB of clauses", bytes: bytes, link: true)
    }

    /// A report whose last cell nests quotes and parentheses `depth` deep, then closes them.
    private mutating func deepNesting(depth: Int) -> Mutant {
        var bytes = base()
        let open = Array("(«Витебск ".utf8), close = Array("»)".utf8)
        var cell: [UInt8] = []
        for _ in 0..<depth { cell += open }
        for _ in 0..<depth { cell += close }
        bytes += itemRow(goal: cell)
        return Mutant(name: "quotes and parentheses \(depth) deep", bytes: bytes, link: true)
    }

    /// One more item row (number 99) with `goal` as its goal cell, to follow a ``base()``.
    private func itemRow(goal: [UInt8]) -> [UInt8] {
        Array("\n\t99.\n\tВстреча\n\tг. Минск\n\t22 мая 2025 года\n\t".utf8) + goal + Array("\n\tАдминистрация города Смоленска\n".utf8)
    }

    /// A report whose last cell is one line of 10 MB, with quotes, names and agreements in it.
    private func tenMegabyteLine() -> Mutant {
        var bytes = Array(examples[3][..<heads[3]].joined(separator: [0x0A]))
        bytes += Array("\n\t1. \n\tНазвание\n\tг. Минск\n\t22-25 мая 2025 года\n\t".utf8)
        let phrase = Array("Соглашение о сотрудничестве между Администрацией города Смоленска и Витебским городским исполнительным комитетом «Витебск» подписано, ".utf8)
        var line: [UInt8] = []
        line.reserveCapacity(10 << 20 + phrase.count)
        while line.count < 10 << 20 { line += phrase }
        bytes += line
        bytes += Array("\n\tУчастники".utf8)
        return Mutant(name: "a single line of 10 MB", bytes: bytes)
    }

    // MARK: Word documents

    /// A .docx: an example's document.xml damaged and stored in a fresh archive, or an example archive
    /// with damaged bytes.
    private mutating func docxMutant() -> Mutant {
        let example = int(0...documents.count - 1)
        if chance(15) {
            var bytes = docxFiles[example]
            let what: String
            if chance(50) {
                for _ in 0..<int(1...8) { bytes[int(0...bytes.count - 1)] = UInt8(int(0...255)) }
                what = "bytes changed"
            } else {
                bytes.removeSubrange(int(4...bytes.count - 1)...)
                what = "cut short"
            }
            return Mutant(name: ".docx \(DocxFixtures.reportNames[example]), \(what)", bytes: bytes)
        }
        var xml = smallDocument(example)
        var steps: [String] = []
        for _ in 0..<int(1...3) { steps.append(mutateXML(&xml)) }
        let archive = TestZipWriter(entries: [.stored("[Content_Types].xml", Array("<Types/>".utf8)), .stored("word/document.xml", xml)]).bytes()
        return Mutant(name: ".docx: " + steps.joined(separator: ", "), bytes: archive)
    }

    /// An example's document.xml with only its first few table rows.
    private mutating func smallDocument(_ example: Int) -> [UInt8] {
        let xml = documents[example]
        let rowEnd = Array("</w:tr>".utf8)
        let wanted = int(2...5)
        var cut = 0, rows = 0
        while rows < wanted, let found = Array(xml[cut...]).firstRange(of: rowEnd) {
            cut += found + rowEnd.count
            rows += 1
        }
        guard rows > 0 else { return xml }
        return Array(xml[..<cut]) + Array("</w:tbl></w:body></w:document>".utf8)
    }

    private mutating func mutateXML(_ xml: inout [UInt8]) -> String {
        let position = xml.isEmpty ? 0 : int(0...xml.count - 1)
        switch int(0...7) {
        case 0:
            xml.removeSubrange(position...)
            return "XML cut at \(position)"
        case 1:
            guard !xml.isEmpty else { return "nothing" }
            xml[position] = UInt8(int(0...255))
            return "XML byte set"
        case 2:
            let tags = ["<w:tc>", "</w:tc>", "<w:tr>", "</w:tr>", "<w:p>", "</w:p>", "<w:tbl>", "<w:gridSpan w:val=\"99\"/>",
                        "<w:vMerge/>", "<w:t>", "&amp;", "&#0;", "&#x110000;", "<!--", "<![CDATA[", "<w:br/>", "<w:tab/>"]
            xml.insert(contentsOf: Array(tags[int(0...tags.count - 1)].utf8), at: tagBoundary(in: xml, near: position))
            return "tag inserted"
        case 3:
            let start = tagBoundary(in: xml, near: position)
            guard let end = xml[start...].firstIndex(of: 0x3E) else { return "nothing" }
            xml.removeSubrange(start...end)
            return "tag deleted"
        case 4:
            let start = tagBoundary(in: xml, near: position)
            guard let end = xml[start...].firstIndex(of: 0x3E) else { return "nothing" }
            xml.insert(contentsOf: xml[start...end], at: start)
            return "tag doubled"
        case 5:
            xml.insert(contentsOf: randomUTF8(int(1...8)), at: tagBoundary(in: xml, near: position))
            return "random UTF-8 in XML"
        case 6:
            xml.insert(contentsOf: (0..<int(1...4)).map { _ in UInt8(int(0x80...0xFF)) }, at: position)
            return "invalid UTF-8 in XML"
        default:
            let text = Array("<w:r><w:t>\(String(repeating: "Соглашение ", count: int(1...2000)))</w:t></w:r>".utf8)
            xml.insert(contentsOf: text, at: tagBoundary(in: xml, near: position))
            return "long run inserted"
        }
    }

    // MARK: Helpers

    /// The line holding `position`, without its line feed.
    private func line(around position: Int, in bytes: [UInt8]) -> Range<Int> {
        let position = min(position, bytes.count)
        let start = bytes[..<position].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let end = bytes[position...].firstIndex(of: 0x0A) ?? bytes.count
        return start..<end
    }

    /// The start of the UTF-8 sequence at or before `position` (so insertions keep the rest valid).
    private func scalarBoundary(in bytes: [UInt8], near position: Int) -> Int {
        var index = min(position, bytes.count)
        while index > 0, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// The position of the `<` at or before `position`, or 0.
    private func tagBoundary(in xml: [UInt8], near position: Int) -> Int {
        var index = min(position, xml.count)
        while index > 0, index < xml.count, xml[index] != 0x3C { index -= 1 }
        return index
    }
}
