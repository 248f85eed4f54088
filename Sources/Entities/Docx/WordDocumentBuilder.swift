/// Builds a ``WordDocument`` from the events of an XML parser run without namespace processing
/// (``WordDocumentParser`` feeds it): the title paragraphs and the first top-level table. Element names
/// come qualified ("w:t"); the builder follows the `xmlns` declarations in scope and recognises elements
/// through a ``WordElementTable``, so any prefix (or the default namespace) works.
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
/// usually empty, as Word's text export shows it. The rows of every top-level table are read, in order
/// (a long report may be split into several tables); paragraphs after the first table are not text of
/// the report.
///
/// It is a value type driven by one mutating call per event, so the per-event work needs no
/// exclusivity checks on class properties.
///
/// - Complexity: O(1) work per XML event, O(n) in all.
struct WordDocumentBuilder {
    typealias Element = WordElementTable.Element

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
        var isListNumbered = false
    }

    /// The prefixes bound to the namespaces that matter ("" for the default namespace).
    private var prefixes: [String: WordElementTable.Namespace] = [:]
    /// ``prefixes`` as a lookup table.
    private var elements = WordElementTable(prefixes: [:])
    /// Bindings replaced by an element's own declarations, restored when the element at `depth` ends.
    private var savedPrefixes: [(depth: Int, prefixes: [String: WordElementTable.Namespace])] = []
    /// > 0 while inside dropped content: the depth of elements opened since.
    private var skipDepth = 0
    /// What each open element is, innermost last (elements inside dropped content are not kept).
    private var open: [Element] = []
    /// For each open `mc:AlternateContent`: whether one of its branches has been taken.
    private var alternateContent: [Bool] = []
    /// How many tables are open, counting from the first top-level one (0 outside it).
    private var tableDepth = 0
    private var gridColumns = 0
    private var row: [OpenCell]?
    private var cell: OpenCell?
    private var paragraphDepth = 0
    private var paragraphLines: [String] = []
    private var line = ""
    private var inText = false

    /// An element starts; `name` is its qualified name.
    mutating func start(_ name: String, attributes: [String: String]) {
        openElements += 1
        sawRoot = true
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if !attributes.isEmpty { declareNamespaces(attributes) }
        let element = elements.element(named: name)
        switch element {
        case .text: inText = true
        case .tab: line += "\t"
        case .noBreakHyphen: line += "-"
        case .lineBreak: breakLine()
        case .paragraph:
            if paragraphDepth > 0 { breakLine() }
            paragraphDepth += 1
        case .table:
            // Every top-level table adds its rows: a long report may be split into several tables.
            if tableDepth == 0 {
                foundTable = true
                gridColumns = 0
            }
            tableDepth += 1
        case .gridColumn where tableDepth == 1: gridColumns += 1
        case .row where tableDepth == 1: row = []
        case .cell where tableDepth == 1: cell = OpenCell()
        case .gridSpan where tableDepth == 1:
            cell?.gridSpan = max(1, Int(WordDocumentBuilder.value(attributes) ?? "") ?? 1)
        case .horizontalMerge where tableDepth == 1:
            cell?.continuesHorizontalMerge = WordDocumentBuilder.value(attributes) != "restart"
        case .listNumbering where tableDepth == 1:
            if cell?.lines.isEmpty == true { cell?.isListNumbered = true }
        case .alternateContent: alternateContent.append(false)
        case .alternateBranch:
            guard alternateContent.last == false else {
                skipDepth = 1
                return
            }
            alternateContent[alternateContent.count - 1] = true
        case .dropped:
            skipDepth = 1
            return
        default: break
        }
        open.append(element)
    }

    /// The innermost open element ends. What it was comes from ``open``, so ends need no name lookup.
    mutating func end() {
        if savedPrefixes.last?.depth == openElements, let saved = savedPrefixes.popLast() {
            prefixes = saved.prefixes
            elements = WordElementTable(prefixes: prefixes)
        }
        openElements -= 1
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch open.popLast() ?? .other {
        case .alternateContent: _ = alternateContent.popLast()
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
        default: break
        }
    }

    /// Character data (text or CDATA) inside the current element.
    mutating func characters(_ string: String) {
        guard inText && skipDepth == 0 else { return }
        line += string
    }

    // MARK: Steps

    /// Applies the `xmlns` declarations among `attributes` for the element just opened, saving the
    /// bindings they replace until it ends.
    private mutating func declareNamespaces(_ attributes: [String: String]) {
        var updated = prefixes
        for (key, uri) in attributes where key.hasPrefix("xmlns") {
            let prefix: String
            if key == "xmlns" {
                prefix = ""
            } else if key.hasPrefix("xmlns:") {
                prefix = String(key.dropFirst(6))
            } else {
                continue
            }
            updated[prefix] = WordElementTable.Namespace(uri: uri)
        }
        guard updated != prefixes else { return }
        savedPrefixes.append((openElements, prefixes))
        prefixes = updated
        elements = WordElementTable(prefixes: prefixes)
    }

    private mutating func breakLine() {
        paragraphLines.append(line)
        line = ""
    }

    /// Files a finished paragraph's lines under the title or the open cell.
    private mutating func endParagraph() {
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
                result[result.count - 1].lines += WordDocumentBuilder.visibleLines(cell.lines)
            } else {
                result.append(cell)
            }
        }
        if gridColumns > 1, result.count > 1, let full = result.firstIndex(where: { $0.gridSpan >= gridColumns }) {
            var lines: [String] = []
            for (index, cell) in result.enumerated() {
                lines += index == full ? cell.lines : WordDocumentBuilder.visibleLines(cell.lines)
            }
            result = [OpenCell(lines: lines, gridSpan: gridColumns)]
        }
        return result.map { WordDocument.Cell(lines: $0.lines, isListNumbered: $0.isListNumbered) }
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
