/// Writes a JSON document — an object whose members are arrays — one element at a time, byte for byte
/// as ``JSONValue/serialized(indent:)`` with an indent of 2 writes the whole document, followed by a
/// line feed. Each call returns the bytes to append; elements come already serialized (see
/// ``JSONValue/utf8(indent:level:)`` at level 2), so they can be made on other threads.
///
/// ```swift
/// var stream = JSONDocumentStream()
/// out += stream.begin() + stream.beginArray("reports")
/// for report in reports { out += stream.element(ReportJSON.report(report).utf8(indent: 2, level: 2)) }
/// out += stream.endArray() + stream.end()
/// ```
public struct JSONDocumentStream: Sendable {
    private var members = 0
    private var elements = 0

    public init() {}

    public mutating func begin() -> [UInt8] {
        members = 0
        return [0x7B]
    }

    /// Opens the array member `key`.
    public mutating func beginArray(_ key: String) -> [UInt8] {
        var out: [UInt8] = members > 0 ? [0x2C] : []
        members += 1
        elements = 0
        out += [0x0A, 0x20, 0x20]
        JSONValue.writeString(key, to: &out)
        out += [0x3A, 0x20, 0x5B]
        return out
    }

    /// One element of the open array, serialized at level 2 with an indent of 2.
    public mutating func element(_ utf8: [UInt8]) -> [UInt8] {
        beginElement() + utf8
    }

    /// What comes before the next element of the open array (a comma after the first, and its indent),
    /// for an element written in pieces after it.
    public mutating func beginElement() -> [UInt8] {
        var out: [UInt8] = elements > 0 ? [0x2C] : []
        elements += 1
        out += [0x0A, 0x20, 0x20, 0x20, 0x20]
        return out
    }

    public mutating func element(_ value: JSONValue) -> [UInt8] {
        // Written straight after the separator, not into an array of its own first.
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        if elements > 0 { out.append(0x2C) }
        elements += 1
        out += [0x0A, 0x20, 0x20, 0x20, 0x20]
        value.write(to: &out, indent: 2, level: 2)
        return out
    }

    public mutating func endArray() -> [UInt8] {
        elements > 0 ? [0x0A, 0x20, 0x20, 0x5D] : [0x5D]
    }

    /// Closes the document, with its final line feed.
    public mutating func end() -> [UInt8] {
        members > 0 ? [0x0A, 0x7D, 0x0A] : [0x7D, 0x0A]
    }
}
