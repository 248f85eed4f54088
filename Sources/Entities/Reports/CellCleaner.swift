/// Turns the lines of a cell into clean text with a map back to the source (see ``FieldText``).
///
/// It works on the UTF-8 bytes of the document: white space (space, tab, CR, NBSP) folds to one space,
/// soft hyphens and `[bookmark: …]` markers drop, lines join with a space, or with nothing after a
/// hyphen attached to a word ("российско-\nбелорусский" stays one word).
///
/// - Complexity: O(n) in the bytes of the cell.
struct CellCleaner {
    /// The document's text; its UTF-8 bytes are read in place.
    let text: String

    init(text: String) {
        self.text = text
    }

    func clean<Lines: Collection<RawLine>>(_ lines: Lines) -> FieldText {
        text.withUTF8Bytes { clean(lines, in: $0) }
    }

    /// Cleans `lines` of the text whose UTF-8 bytes are `source`.
    func clean<Lines: Collection<RawLine>>(_ lines: Lines, in source: UnsafeBufferPointer<UInt8>) -> FieldText {
        guard let first = lines.first else { return .empty(at: 0, line: 0) }
        var output = CleanTextBuilder(capacity: lines.count)
        var end = first.end
        for line in lines {
            output.breakLine()
            CellCleaner.clean(line, of: source, into: &output)
            end = line.end
        }
        return FieldText(text: output.text(of: text, bytes: source), start: first.start, end: end,
                         line: first.number, segments: output.segments)
    }

    /// Adds one line of a cell to `output`.
    static func clean(_ line: RawLine, of bytes: UnsafeBufferPointer<UInt8>, into output: inout CleanTextBuilder) {
        var index = line.start
        while index < line.end {
            // A run of bytes that stay as they are, copied at once; a single space between two such
            // bytes stays too (it is copied as the space it would fold to).
            let runStart = index
            while index < line.end {
                if index + 8 <= line.end,
                   eightBytesStay(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)),
                                  atRunStart: index == runStart) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if !mayNeedCleaning(byte) {
                    index += 1
                } else if byte == 0x20, index > runStart, index + 1 < line.end, !mayNeedCleaning(bytes[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            if index > runStart { output.copy(runStart, index, from: bytes) }
            guard index < line.end else { break }
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                output.pendingSpace = true
                index += 1
            case 0xC2 where index + 1 < line.end && bytes[index + 1] == 0xA0:
                output.pendingSpace = true
                index += 2
            case 0xC2 where index + 1 < line.end && bytes[index + 1] == 0xAD:
                index += 2
            case 0x5B where isBookmark(bytes, at: index, end: line.end):
                index = endOfBracket(bytes, from: index, end: line.end)
            default:
                output.copy(index, index + 1, from: bytes)
                index += 1
            }
        }
    }

    /// Whether eight bytes (the first in the low bits) all stay in a run, as the byte loop would find:
    /// none may need cleaning but single spaces, each between two bytes of the run (so not the last,
    /// and not the first at the start of a run).
    /// - Complexity: O(1), on the bytes as one word.
    @inline(__always)
    static func eightBytesStay(_ word: UInt64, atRunStart: Bool) -> Bool {
        let spaces = ByteMask.equal(word, 0x20)
        let needCleaning = ByteMask.less(word, 0x0E) | ByteMask.equal(word, 0xC2) | ByteMask.equal(word, 0x5B)
        let adjacentSpaces = spaces & (spaces << 8)
        let misplacedSpace = spaces & (atRunStart ? 0x8000_0000_0000_0080 : 0x8000_0000_0000_0000)
        return needCleaning | adjacentSpaces | misplacedSpace == 0
    }

    /// White space, the lead byte of NBSP and the soft hyphen, and "[" (a bookmark may start).
    @inline(__always)
    static func mayNeedCleaning(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C, 0xC2, 0x5B: true
        default: false
        }
    }

    static let bookmarkPrefix = Array("[bookmark:".utf8)

    static func isBookmark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        guard index + bookmarkPrefix.count <= end else { return false }
        for (offset, byte) in bookmarkPrefix.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    /// The offset just past the `]` closing the bracket at `index`, or `end` when it is not closed.
    static func endOfBracket(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, end: Int) -> Int {
        var position = index
        while position < end {
            if bytes[position] == 0x5D { return position + 1 }
            position += 1
        }
        return end
    }
}
