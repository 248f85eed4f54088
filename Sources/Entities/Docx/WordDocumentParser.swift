import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `XMLParser` delegate behind ``WordDocument``: collects the title paragraphs and the first
/// top-level table from the WordprocessingML events (namespace processing on).
///
/// Text rules, as Word shows the document:
/// - `w:t` is text; `w:tab`/`w:ptab` a TAB; `w:noBreakHyphen` "-"; `w:softHyphen` and `w:sym` nothing;
///   `w:br` and `w:cr` start a new line.
/// - Dropped with all they hold: deletions (`w:del`, `w:moveFrom`, `w:delText`, `w:delInstrText`), field
///   codes (`w:instrText`; a field's result stays), property elements (`w:pPr`, `w:rPr`, `w:sdtPr`, …),
///   drawings and pictures (`w:drawing`, `w:pict`, `w:object`: floating text boxes are not table text),
///   ruby annotations (`w:rt`).
/// - Kept: insertions (`w:ins`, `w:moveTo`), simple fields (`w:fldSimple`), content controls (`w:sdt`),
///   hyperlinks and any other wrapper. Bookmarks and `w:fldChar` hold no text.
/// - `mc:AlternateContent`: only its first `mc:Choice`, or its `mc:Fallback` when it has no choice.
/// - A table inside a cell adds its paragraphs to the cell's lines.
///
/// Merged cells: a horizontal-merge continuation (`w:hMerge` without "restart") joins the cell before it;
/// a cell whose `w:gridSpan` covers the whole grid makes its row a one-cell (section) row, taking in any
/// text of the row's other cells. A vertical-merge continuation (`w:vMerge`) stays a cell of its own,
/// usually empty, as Word's text export shows it. Everything after the first top-level table is read
/// only to check that the XML is well-formed.
///
/// - Complexity: O(1) work per XML event, O(n) in all.
final class WordDocumentParser: NSObject, XMLParserDelegate {
    /// The namespaces an element can be in, as far as reading text goes.
    enum NamespaceKind {
        /// WordprocessingML, transitional or strict.
        case word
        /// Markup compatibility (`mc:`).
        case compatibility
        case other
    }

    /// What a Word element means for the text; elements not listed are `.other` (read through).
    enum Element {
        case text, tab, noBreakHyphen, lineBreak, paragraph, table, gridColumn, row, cell, gridSpan,
             horizontalMerge
        /// Dropped with everything inside it.
        case dropped
        case other
    }

    /// The Word elements that matter, by local name; any other is `.other`.
    static let namedElements: [(name: String, element: Element)] = [
        ("t", .text), ("tab", .tab), ("ptab", .tab), ("noBreakHyphen", .noBreakHyphen), ("br", .lineBreak),
        ("cr", .lineBreak), ("p", .paragraph), ("tbl", .table), ("gridCol", .gridColumn), ("tr", .row), ("tc", .cell),
        ("gridSpan", .gridSpan), ("hMerge", .horizontalMerge),
        ("del", .dropped), ("moveFrom", .dropped), ("delText", .dropped), ("delInstrText", .dropped),
        ("instrText", .dropped), ("pPr", .dropped), ("rPr", .dropped), ("sectPr", .dropped), ("tblPr", .dropped),
        ("tblPrEx", .dropped), ("trPr", .dropped), ("sdtPr", .dropped), ("sdtEndPr", .dropped),
        ("drawing", .dropped), ("pict", .dropped), ("object", .dropped), ("rt", .dropped),
    ]

    /// ``namedElements`` keyed by ``key(_:)`` and sorted by key, for binary search.
    static let elementKeys: [(key: UInt64, name: String, element: Element)] =
        namedElements.map { (key($0.name), $0.name, $0.element) }.sorted { $0.key < $1.key }

    /// A name's first eight UTF-8 bytes, little-endian. No two names in ``namedElements`` share one.
    @inline(__always)
    static func key(_ name: String) -> UInt64 {
        var key: UInt64 = 0, shift: UInt64 = 0
        for byte in name.utf8 {
            guard shift < 64 else { break }
            key |= UInt64(byte) << shift
            shift += 8
        }
        return key
    }

    /// What the Word element with local name `name` means for the text.
    ///
    /// Called twice per element, so it looks the name up as an integer key by binary search rather than
    /// hashing the string or comparing it case by case; names longer than eight bytes are confirmed whole.
    /// - Complexity: O(log k) for the k names that matter.
    static func element(named name: String) -> Element {
        let wanted = key(name)
        return elementKeys.withUnsafeBufferPointer { keys in
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle].key < wanted { low = middle + 1 } else { high = middle }
            }
            guard low < keys.count, keys[low].key == wanted else { return .other }
            // Names that share their first eight bytes only match when whole.
            if name.utf8.count > 8 || keys[low].name.utf8.count > 8 {
                guard name == keys[low].name else { return .other }
            }
            return keys[low].element
        }
    }

    static let transitionalNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strictNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// The first error the XML parser reported, with where it stood.
    private(set) var error: (line: Int, column: Int)?
    /// How many elements are open: 0 at the end of a well-formed document.
    private(set) var openElements = 0
    /// True once the root element has started.
    private(set) var sawRoot = false
    private(set) var titleLines: [String] = []
    private(set) var rows: [WordDocument.Row] = []
    /// True once the first top-level table has started.
    private(set) var foundTable = false

    /// One cell being read, with its merge properties.
    private struct OpenCell {
        var lines: [String] = []
        var gridSpan = 1
        var continuesHorizontalMerge = false
    }

    /// > 0 while inside dropped content: the depth of elements opened since.
    private var skipDepth = 0
    /// For each open `mc:AlternateContent`: whether one of its branches has been taken.
    private var alternateContent: [Bool] = []
    /// How many tables are open, counting from the first top-level one (0 outside it).
    private var tableDepth = 0
    private var tableDone = false
    private var gridColumns = 0
    private var row: [OpenCell]?
    private var cell: OpenCell?
    private var paragraphDepth = 0
    private var paragraphLines: [String] = []
    private var line = ""
    private var inText = false
    private var lastNamespace = ""
    private var lastNamespaceKind = NamespaceKind.other

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        openElements += 1
        sawRoot = true
        if tableDone { return }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        switch namespaceKind(namespaceURI) {
        case .word: break
        case .compatibility:
            startCompatibility(elementName)
            return
        case .other: return
        }
        switch WordDocumentParser.element(named: elementName) {
        case .text: inText = true
        case .tab: line += "\t"
        case .noBreakHyphen: line += "-"
        case .lineBreak: breakLine()
        case .paragraph:
            if paragraphDepth > 0 { breakLine() }
            paragraphDepth += 1
        case .table:
            if tableDepth == 0 { foundTable = true }
            tableDepth += 1
        case .gridColumn where tableDepth == 1: gridColumns += 1
        case .row where tableDepth == 1: row = []
        case .cell where tableDepth == 1: cell = OpenCell()
        case .gridSpan where tableDepth == 1:
            cell?.gridSpan = max(1, Int(WordDocumentParser.value(attributes) ?? "") ?? 1)
        case .horizontalMerge where tableDepth == 1:
            cell?.continuesHorizontalMerge = WordDocumentParser.value(attributes) != "restart"
        case .dropped: skipDepth = 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        openElements -= 1
        if tableDone { return }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch namespaceKind(namespaceURI) {
        case .word: break
        case .compatibility:
            if elementName == "AlternateContent" { _ = alternateContent.popLast() }
            return
        case .other: return
        }
        switch WordDocumentParser.element(named: elementName) {
        case .text: inText = false
        case .paragraph:
            paragraphDepth -= 1
            if paragraphDepth > 0 { breakLine() } else { endParagraph() }
        case .cell where tableDepth == 1:
            if var finished = cell {
                if finished.lines.isEmpty { finished.lines = [""] }
                row?.append(finished)
            }
            cell = nil
        case .row where tableDepth == 1:
            if let cells = row, !cells.isEmpty { rows.append(WordDocument.Row(cells: merged(cells))) }
            row = nil
        case .table where tableDepth > 0:
            tableDepth -= 1
            tableDone = tableDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText && skipDepth == 0 && !tableDone else { return }
        line += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = (parser.lineNumber, parser.columnNumber) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    // MARK: Steps

    /// The kind of `namespace`, remembering the last one asked about (elements come in long runs of one
    /// namespace, so this is mostly one string comparison).
    @inline(__always)
    private func namespaceKind(_ namespace: String?) -> NamespaceKind {
        guard let namespace else { return .other }
        if namespace == lastNamespace { return lastNamespaceKind }
        let kind: NamespaceKind
        switch namespace {
        case WordDocumentParser.transitionalNamespace, WordDocumentParser.strictNamespace: kind = .word
        case WordDocumentParser.compatibilityNamespace: kind = .compatibility
        default: kind = .other
        }
        lastNamespace = namespace
        lastNamespaceKind = kind
        return kind
    }

    /// `mc:AlternateContent` and its branches: take the first branch, drop the rest.
    private func startCompatibility(_ name: String) {
        switch name {
        case "AlternateContent":
            alternateContent.append(false)
        case "Choice", "Fallback":
            if alternateContent.last == false {
                alternateContent[alternateContent.count - 1] = true
            } else {
                skipDepth = 1
            }
        default: break
        }
    }

    private func breakLine() {
        paragraphLines.append(line)
        line = ""
    }

    /// Files a finished paragraph's lines under the title or the open cell.
    private func endParagraph() {
        paragraphLines.append(line)
        line = ""
        defer { paragraphLines = [] }
        if tableDepth == 0 && !foundTable {
            titleLines += paragraphLines.filter { !$0.allSatisfy(\.isWhitespace) }
        } else if tableDepth > 0 && cell != nil {
            cell?.lines += paragraphLines
        }
    }

    /// The row's cells with merges applied: a horizontal-merge continuation joins the cell before it, and
    /// a cell spanning the whole grid makes the row a single cell.
    private func merged(_ cells: [OpenCell]) -> [WordDocument.Cell] {
        var result: [OpenCell] = []
        for cell in cells {
            if cell.continuesHorizontalMerge, !result.isEmpty {
                result[result.count - 1].lines += WordDocumentParser.visibleLines(cell.lines)
            } else {
                result.append(cell)
            }
        }
        if gridColumns > 1, result.count > 1, let full = result.firstIndex(where: { $0.gridSpan >= gridColumns }) {
            var lines: [String] = []
            for (index, cell) in result.enumerated() {
                lines += index == full ? cell.lines : WordDocumentParser.visibleLines(cell.lines)
            }
            result = [OpenCell(lines: lines, gridSpan: gridColumns)]
        }
        return result.map { WordDocument.Cell(lines: $0.lines) }
    }

    /// `lines`, or none when they are all blank.
    private static func visibleLines(_ lines: [String]) -> [String] {
        lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } ? [] : lines
    }

    /// The `val` attribute, whatever its namespace prefix.
    private static func value(_ attributes: [String: String]) -> String? {
        if let value = attributes["w:val"] { return value }
        return attributes.first { $0.key == "val" || $0.key.hasSuffix(":val") }?.value
    }
}
