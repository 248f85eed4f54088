/// Turns the lines of a cell into clean text with a map back to the source (see ``FieldText``).
///
/// It works on the UTF-8 bytes of the document: white space (space, tab, CR, NBSP) folds to one space,
/// soft hyphens and `[bookmark: …]` markers drop, lines join with a space, or with nothing after a
/// hyphen attached to a word ("российско-\nбелорусский" stays one word).
///
/// - Complexity: O(n) in the bytes of the cell.
struct CellCleaner {
    let bytes: [UInt8]

    init(text: String) {
        bytes = Array(text.utf8)
    }

    func clean(_ lines: [RawLine]) -> FieldText {
        guard let first = lines.first, let last = lines.last else { return .empty(at: 0, line: 0) }
        var output: [UInt8] = []
        output.reserveCapacity(lines.reduce(0) { $0 + $1.end - $1.start })
        var segments: [FieldText.Segment] = []
        var pendingSpace = false

        /// Copies `bytes[start..<end]`, which need no cleaning, extending the last segment when it
        /// continues it in both texts.
        func copy(_ start: Int, _ end: Int) {
            if pendingSpace && !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            if let lastSegment = segments.last, lastSegment.clean + lastSegment.length == output.count,
               lastSegment.source + lastSegment.length == start {
                segments[segments.count - 1].length += end - start
            } else {
                segments.append(.init(clean: output.count, source: start, length: end - start))
            }
            output.append(contentsOf: bytes[start..<end])
        }

        for line in lines {
            if !output.isEmpty {
                let count = output.count
                let attachedHyphen = output[count - 1] == 0x2D && count >= 2 && output[count - 2] != 0x20
                pendingSpace = !attachedHyphen
            }
            var index = line.start
            while index < line.end {
                // A run of bytes that stay as they are, copied at once.
                let runStart = index
                while index < line.end, !CellCleaner.mayNeedCleaning(bytes[index]) { index += 1 }
                if index > runStart { copy(runStart, index) }
                guard index < line.end else { break }
                let byte = bytes[index]
                switch byte {
                case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                    pendingSpace = true
                    index += 1
                case 0xC2 where index + 1 < line.end && bytes[index + 1] == 0xA0:
                    pendingSpace = true
                    index += 2
                case 0xC2 where index + 1 < line.end && bytes[index + 1] == 0xAD:
                    index += 2
                case 0x5B where CellCleaner.isBookmark(bytes, at: index, end: line.end):
                    index = CellCleaner.endOfBracket(bytes, from: index, end: line.end)
                default:
                    copy(index, index + 1)
                    index += 1
                }
            }
        }
        return FieldText(text: String(decoding: output, as: UTF8.self), start: first.start, end: last.end,
                         line: first.number, segments: segments)
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

    static func isBookmark(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
        guard index + bookmarkPrefix.count <= end else { return false }
        for (offset, byte) in bookmarkPrefix.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    /// The offset just past the `]` closing the bracket at `index`, or `end` when it is not closed.
    static func endOfBracket(_ bytes: [UInt8], from index: Int, end: Int) -> Int {
        var position = index
        while position < end {
            if bytes[position] == 0x5D { return position + 1 }
            position += 1
        }
        return end
    }
}
