/// The clean text of one table cell, with a map back to where each part stands in the source.
///
/// Cleaning joins a cell's lines with single spaces (a line that ends in a hyphen after a letter joins
/// the next without one, so hyphenated words are kept), turns non-breaking spaces into spaces, folds runs
/// of white space, and drops `[bookmark: …]` markers. ``sourceOffset(of:)`` maps a UTF-8 offset in
/// ``text`` to the UTF-8 offset in the source text it was copied from.
///
/// - Complexity: mapping an offset is O(log s) in the number of copied segments.
public struct FieldText: Sendable, Equatable {
    /// A run of `length` bytes copied unchanged from `source` to `clean`.
    struct Segment: Sendable, Equatable {
        var clean: Int
        var source: Int
        var length: Int
    }

    /// The clean text.
    public let text: String
    /// UTF-8 offsets of the raw cell in the source text: `start..<end`.
    public let start: Int
    public let end: Int
    /// The 1-based line the cell starts on in the source text.
    public let line: Int
    let segments: [Segment]

    init(text: String, start: Int, end: Int, line: Int, segments: [Segment]) {
        self.text = text
        self.start = start
        self.end = end
        self.line = line
        self.segments = segments
    }

    /// An empty field at `offset`.
    static func empty(at offset: Int, line: Int) -> FieldText {
        FieldText(text: "", start: offset, end: offset, line: line, segments: [])
    }

    /// The source offset of the clean-text UTF-8 offset `cleanOffset`. Offsets that fall on an inserted
    /// joining space map to the end of the segment before it.
    public func sourceOffset(of cleanOffset: Int) -> Int {
        guard !segments.isEmpty else { return start }
        var low = 0, high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].clean <= cleanOffset { low = middle } else { high = middle - 1 }
        }
        let segment = segments[low]
        let inside = min(max(cleanOffset - segment.clean, 0), segment.length)
        return segment.source + inside
    }

    /// The source range `start..<end` of the clean range `cleanStart..<cleanEnd`.
    public func sourceRange(cleanStart: Int, cleanEnd: Int) -> (start: Int, end: Int) {
        let sourceStart = sourceOffset(of: cleanStart)
        let sourceEnd = cleanEnd > cleanStart ? sourceOffset(of: cleanEnd - 1) + 1 : sourceStart
        return (sourceStart, max(sourceStart, sourceEnd))
    }
}
