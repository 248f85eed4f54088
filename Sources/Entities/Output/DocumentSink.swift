/// Where a document goes while it is written: a string in memory, or a file written as it grows (the
/// command line's output), so that a large document never has to be held whole.
///
/// ```swift
/// var text = ""
/// GraphJSONWriter().write(graph, to: &text)
/// ```
public protocol DocumentSink: TextOutputStream {
    /// Appends UTF-8 bytes (a string's bytes: valid UTF-8).
    mutating func write(utf8 bytes: [UInt8])
}

extension DocumentSink {
    public mutating func write(utf8 bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }

    /// Appends text: writers build documents with `out += …` whatever `out` is.
    public static func += (out: inout Self, text: String) { out.write(text) }

    /// Appends UTF-8 bytes.
    public static func += (out: inout Self, bytes: [UInt8]) { out.write(utf8: bytes) }
}

extension String: DocumentSink {}
