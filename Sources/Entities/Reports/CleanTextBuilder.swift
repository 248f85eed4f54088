/// The clean text of a cell while ``CellCleaner`` builds it: the runs of source bytes it copies
/// (``FieldText/Segment``) and the single spaces between them, without copying any byte until the end.
///
/// A run that follows the previous one across exactly one source space extends its segment: the space
/// is copied too, and every offset maps to the same source byte as with two segments.
///
/// - Complexity: O(1) per run; ``text(of:bytes:)`` is O(n) in the length of the clean text.
struct CleanTextBuilder {
    private(set) var segments: [FieldText.Segment] = []
    /// The length of the clean text so far, in UTF-8 bytes.
    private(set) var count = 0
    /// The last two bytes of the clean text so far (0 where there are fewer).
    private var lastByte: UInt8 = 0, byteBeforeLast: UInt8 = 0
    /// White space was seen since the last run: a space comes before the next one (none at the start).
    var pendingSpace = false

    init(capacity: Int) {
        segments.reserveCapacity(capacity)
    }

    /// A new line begins: it joins the text with a space, or with nothing after a hyphen attached to a
    /// word ("российско-" + "белорусский").
    mutating func breakLine() {
        guard count > 0 else { return }
        let attachedHyphen = lastByte == 0x2D && count >= 2 && byteBeforeLast != 0x20
        pendingSpace = !attachedHyphen
    }

    /// Copies the source bytes `start..<end` (not empty), which need no cleaning.
    mutating func copy(_ start: Int, _ end: Int, from source: UnsafeBufferPointer<UInt8>) {
        let spaced = pendingSpace && count > 0
        if spaced {
            byteBeforeLast = lastByte
            lastByte = 0x20
            count += 1
        }
        pendingSpace = false
        let length = end - start
        if let last = segments.last, continues(last, at: start, spaced: spaced, source) {
            segments[segments.count - 1].length = count + length - last.clean
        } else {
            segments.append(.init(clean: count, source: start, length: length))
        }
        byteBeforeLast = length >= 2 ? source[end - 2] : lastByte
        lastByte = source[end - 1]
        count += length
    }

    /// Whether a run at `start` continues `segment` in both texts: right after it, or after one space
    /// in each.
    @inline(__always)
    private func continues(_ segment: FieldText.Segment, at start: Int, spaced: Bool,
                           _ source: UnsafeBufferPointer<UInt8>) -> Bool {
        let sourceEnd = segment.source + segment.length
        guard spaced else { return sourceEnd == start }
        return sourceEnd + 1 == start && source[sourceEnd] == 0x20
    }

    /// The clean text: the segments of `text` (whose UTF-8 bytes are `bytes`) with a space in each gap.
    /// Slices of `text` need no new UTF-8 validation; a segment cut through a character (only hand-made
    /// lines can do that) is decoded with repairs instead, as the bytes would be.
    func text(of text: String, bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard segments.allSatisfy({ CleanTextBuilder.isBoundary($0.source, bytes) &&
                                    CleanTextBuilder.isBoundary($0.source + $0.length, bytes) }) else {
            return String(decoding: cleanBytes(bytes), as: UTF8.self)
        }
        let utf8 = text.utf8
        func slice(_ segment: FieldText.Segment) -> Substring {
            let from = utf8.index(utf8.startIndex, offsetBy: segment.source)
            return Substring(utf8[from..<utf8.index(from, offsetBy: segment.length)])
        }
        if segments.count == 1 { return String(slice(segments[0])) }
        var result = ""
        result.reserveCapacity(count)
        for segment in segments {
            if segment.clean > result.utf8.count { result.append(" ") }
            result.append(contentsOf: slice(segment))
        }
        return result
    }

    /// The clean text's bytes.
    private func cleanBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(count)
        for segment in segments {
            if segment.clean > output.count { output.append(0x20) }
            output += bytes[segment.source..<segment.source + segment.length]
        }
        return output
    }

    /// Whether a character starts at `offset` (or the text ends there).
    @inline(__always)
    private static func isBoundary(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}
