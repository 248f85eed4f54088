import Foundation

/// Cutting strings by UTF-8 offsets, the offsets every token, field and mention carries.
extension String {
    /// The text between two UTF-8 offsets, clamped to the string. A cut through a character gives the
    /// replacement character, as decoding those bytes would.
    /// - Complexity: O(m) in the length of the slice (the offsets are found in O(1) in native strings).
    package func utf8Slice(_ start: Int, _ end: Int) -> String {
        let utf8 = self.utf8
        let count = utf8.count
        let lower = Swift.max(0, Swift.min(start, count)), upper = Swift.max(lower, Swift.min(end, count))
        let from = utf8.index(utf8.startIndex, offsetBy: lower)
        let to = utf8.index(from, offsetBy: upper - lower)
        // Cut between characters' scalars (the usual case): copy the bytes, which are valid already.
        if isScalarBoundary(lower), isScalarBoundary(upper) { return String(Substring(utf8[from..<to])) }
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// Whether UTF-8 offset `offset` falls between two scalars (not inside one).
    @inline(__always)
    private func isScalarBoundary(_ offset: Int) -> Bool {
        let utf8 = self.utf8
        guard offset > 0, offset < utf8.count else { return true }
        return utf8[utf8.index(utf8.startIndex, offsetBy: offset)] & 0xC0 != 0x80
    }
}

/// Comparing folded words by their UTF-8 bytes: for text without combining marks (every folded word)
/// this is comparing letters, without the cost of Swift's canonical-equivalence comparison.
extension String {
    @inline(__always)
    package func utf8Equals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && utf8HasPrefix(other)
    }

    @inline(__always)
    package func utf8HasPrefix(_ prefix: String) -> Bool {
        var text = self, prefix = prefix
        return text.withUTF8 { bytes in
            prefix.withUTF8 { start in
                bytes.count >= start.count && (start.isEmpty || memcmp(bytes.baseAddress!, start.baseAddress!, start.count) == 0)
            }
        }
    }

    /// Whether `needle` occurs in the string (compared as UTF-8 bytes).
    package func utf8Contains(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                var offset = 1
                while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            return false
        }
    }

    @inline(__always)
    package func utf8HasSuffix(_ suffix: String) -> Bool {
        var text = self, suffix = suffix
        return text.withUTF8 { bytes in
            suffix.withUTF8 { end in
                bytes.count >= end.count && (end.isEmpty || memcmp(bytes.baseAddress! + (bytes.count - end.count), end.baseAddress!, end.count) == 0)
            }
        }
    }
}

extension Token {
    /// The number of letters (Unicode scalars) of the folded word.
    package var length: Int { word.length }
    /// The first key, or "" for punctuation.
    package var firstKey: String { word.keys.first ?? "" }
    /// The first key may begin the name of a document (соглашен-, договор, меморандум-, протокол, план).
    package var mayNameDocument: Bool { word.traits.contains(.documentWord) }
    /// A word of twinning: побратим-, or партнер- joined by a hyphen ("города-партнера").
    package var isTwinningWord: Bool {
        kind == .word && (word.traits.contains(.twinningWord) || word.traits.contains(.partnerWord) && isHyphenJoined)
    }
}

extension String {
    /// The string of these Unicode scalar values (each a valid scalar), encoded straight into the
    /// string's own storage (no array in between).
    /// - Complexity: O(n).
    init<Values: Collection>(scalarValues values: Values) where Values.Element == UInt32 {
        self.init(unsafeUninitializedCapacity: values.count * 4) { utf8 in
            var count = 0
            func append(_ byte: UInt32) {
                utf8[count] = UInt8(truncatingIfNeeded: byte)
                count += 1
            }
            for value in values {
                switch value {
                case 0..<0x80:
                    append(value)
                case 0x80..<0x800:
                    append(0xC0 | value >> 6); append(0x80 | value & 0x3F)
                case 0x800..<0x10000:
                    append(0xE0 | value >> 12); append(0x80 | value >> 6 & 0x3F); append(0x80 | value & 0x3F)
                default:
                    append(0xF0 | value >> 18); append(0x80 | value >> 12 & 0x3F); append(0x80 | value >> 6 & 0x3F); append(0x80 | value & 0x3F)
                }
            }
            return count
        }
    }
}

/// Reading a string's UTF-8 bytes in place.
extension String {
    /// Calls `body` with the string's UTF-8 bytes: a native string's own storage, without a copy (a
    /// bridged or foreign string is copied once).
    /// - Complexity: O(1) for a native string.
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }
}
