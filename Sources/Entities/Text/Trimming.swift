/// Splitting and trimming the lines of hand-edited files (the gazetteer, the lexicon) without Foundation,
/// whose `trimmingCharacters(in:)` and `range(of:)` bridge every line through NSString.
extension StringProtocol {
    /// The text without leading and trailing tabs and space separators: what
    /// `trimmingCharacters(in: .whitespaces)` gives.
    /// - Complexity: O(n) in the length of the text.
    package func trimmingSpaces() -> String {
        let text = Substring(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0.value) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isSpace($0.value) })!
        return String(scalars[first...last])
    }

    /// Tab, and the space separators (Unicode category Zs): Foundation's `.whitespaces`.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The range of the first (or, `backwards`, last) occurrence of an ASCII `needle`.
    /// - Complexity: O(n · m), with no copy of the text (a gazetteer file asks it of every line).
    package func asciiRange(of needle: String, backwards: Bool = false) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        let utf8 = self.utf8
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Int? {
            guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
            let last = haystack.count - pattern.count
            for offset in 0...last {
                let start = backwards ? last - offset : offset
                var matched = true
                for index in 0..<pattern.count where haystack[start + index] != pattern[index] {
                    matched = false
                    break
                }
                if matched { return start }
            }
            return nil
        }
        let found = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        guard let start = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }
}

extension String {
    /// The lines of the text, split at line feeds (a carriage return before one stays with its line).
    /// - Complexity: O(n) in the bytes of the text.
    package func lines() -> [Substring] {
        var lines: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(self[start..<utf8.endIndex])
        return lines
    }
}
