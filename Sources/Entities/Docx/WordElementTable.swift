/// Recognises the WordprocessingML and markup-compatibility elements that matter for a document's text
/// by their qualified names ("w:tc", "mc:Choice"), under the namespace prefixes in scope.
///
/// The XML parser runs without namespace processing (about 10% faster with swift-corelibs-foundation),
/// so names arrive with their prefixes. The table lists each element under every prefix bound to its
/// namespace, keyed by the name's first eight UTF-8 bytes; a lookup is one key and a binary search,
/// with a whole-name comparison only for names longer than eight bytes.
///
/// ```swift
/// let table = WordElementTable(prefixes: ["w": .word, "mc": .compatibility])
/// table.element(named: "w:tc")       // .cell
/// table.element(named: "mc:Choice")  // .alternateBranch
/// table.element(named: "w14:foo")    // .other
/// ```
/// - Complexity: building is O(k·p log(k·p)) for k names and p prefixes; a lookup is O(log(k·p)).
struct WordElementTable {
    /// What an element means for the text; elements not listed are `.other` (read through).
    enum Element: Equatable {
        case text, tab, noBreakHyphen, lineBreak, paragraph, table, gridColumn, row, cell, gridSpan,
             horizontalMerge
        /// `w:pPr`: read through only to find `w:numPr`.
        case paragraphProperties
        /// `w:numPr`: the paragraph is an item of a numbered list.
        case listNumbering
        /// Dropped with everything inside it.
        case dropped
        /// `mc:AlternateContent`.
        case alternateContent
        /// `mc:Choice` or `mc:Fallback`: read when it is the first branch of its `mc:AlternateContent`.
        case alternateBranch
        case other
    }

    /// The namespaces whose elements matter.
    enum Namespace: Equatable {
        /// WordprocessingML, transitional or strict.
        case word
        /// Markup compatibility.
        case compatibility

        /// The namespace named by `uri`, if it is one of these.
        init?(uri: String) {
            switch uri {
            case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                 "http://purl.oclc.org/ooxml/wordprocessingml/main": self = .word
            case "http://schemas.openxmlformats.org/markup-compatibility/2006": self = .compatibility
            default: return nil
            }
        }
    }

    /// The WordprocessingML elements that matter, by local name.
    static let wordElements: [(name: String, element: Element)] = [
        ("t", .text), ("tab", .tab), ("ptab", .tab), ("noBreakHyphen", .noBreakHyphen), ("br", .lineBreak),
        ("cr", .lineBreak), ("p", .paragraph), ("tbl", .table), ("gridCol", .gridColumn), ("tr", .row), ("tc", .cell),
        ("gridSpan", .gridSpan), ("hMerge", .horizontalMerge),
        ("del", .dropped), ("moveFrom", .dropped), ("delText", .dropped), ("delInstrText", .dropped),
        ("instrText", .dropped), ("pPr", .paragraphProperties), ("numPr", .listNumbering), ("tabs", .dropped), ("rPr", .dropped), ("sectPr", .dropped), ("tblPr", .dropped),
        ("tblPrEx", .dropped), ("trPr", .dropped), ("sdtPr", .dropped), ("sdtEndPr", .dropped),
        ("drawing", .dropped), ("pict", .dropped), ("object", .dropped), ("rt", .dropped),
    ]

    /// The markup-compatibility elements that matter, by local name.
    static let compatibilityElements: [(name: String, element: Element)] = [
        ("AlternateContent", .alternateContent), ("Choice", .alternateBranch), ("Fallback", .alternateBranch),
    ]

    /// Qualified names sorted by key; names sharing a key stand next to each other.
    private let entries: [(key: UInt64, name: String, element: Element)]

    /// The table for these prefix bindings ("" is the default namespace).
    init(prefixes: [String: Namespace]) {
        var entries: [(key: UInt64, name: String, element: Element)] = []
        for (prefix, namespace) in prefixes {
            let names = namespace == .word ? WordElementTable.wordElements : WordElementTable.compatibilityElements
            for (local, element) in names {
                let name = prefix.isEmpty ? local : prefix + ":" + local
                entries.append((WordElementTable.key(name), name, element))
            }
        }
        self.entries = entries.sorted { $0.key < $1.key }
    }

    /// What the element with qualified name `name` means for the text.
    ///
    /// - Complexity: O(log n) in the table's size.
    func element(named name: String) -> Element {
        let wanted = WordElementTable.key(name)
        return entries.withUnsafeBufferPointer { entries in
            var low = 0, high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].key < wanted { low = middle + 1 } else { high = middle }
            }
            // Equal keys and both names within eight bytes mean equal names; longer ones are compared whole.
            let short = name.utf8.count <= 8
            while low < entries.count && entries[low].key == wanted {
                let entry = entries[low]
                if short && entry.name.utf8.count <= 8 || entry.name == name { return entry.element }
                low += 1
            }
            return .other
        }
    }

    /// A name's first eight UTF-8 bytes, little-endian.
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
}
