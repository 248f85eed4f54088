/// A JSON value whose objects keep their keys in the order they were written, so output is
/// byte-for-byte the same run after run (Foundation's encoder either scrambles or sorts keys).
///
/// ```swift
/// let value: JSONValue = .object([("id", "by"), ("known", true)])
/// value.serialized() // {"id":"by","known":true}
/// ```
public enum JSONValue: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }

    /// A string, or null for nil.
    public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    /// An integer, or null for nil.
    public static func optional(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.int(x), .int(y)): x == y
        case let (.double(x), .double(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value of `key` in an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The JSON text; `indent` > 0 pretty-prints with that many spaces per level.
    /// - Complexity: O(n) in the size of the output.
    public func serialized(indent: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out, indent: indent, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes, as it stands `level` deep in a document indented by `indent` (what
    /// ``serialized(indent:)`` writes for this value there), for writing a document a piece at a time.
    /// - Complexity: O(n) in the size of the output.
    public func utf8(indent: Int = 0, level: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(to: &out, indent: indent, level: level)
        return out
    }

    func write(to out: inout [UInt8], indent: Int, level: Int) {
        switch self {
        case .null: out += JSONValue.nullBytes
        case .bool(let value): out += value ? JSONValue.trueBytes : JSONValue.falseBytes
        case .int(let value): JSONValue.writeInt(value, to: &out)
        case .double(let value): out += Array((value.isFinite ? String(value) : "null").utf8)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let values):
            out.append(0x5B)
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent: indent, level: level + 1)
                value.write(to: &out, indent: indent, level: level + 1)
            }
            if !values.isEmpty { JSONValue.newline(&out, indent: indent, level: level) }
            out.append(0x5D)
        case .object(let members):
            out.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent: indent, level: level + 1)
                JSONValue.writeString(key, to: &out)
                out.append(0x3A)
                if indent > 0 { out.append(0x20) }
                value.write(to: &out, indent: indent, level: level + 1)
            }
            if !members.isEmpty { JSONValue.newline(&out, indent: indent, level: level) }
            out.append(0x7D)
        }
    }

    static func newline(_ out: inout [UInt8], indent: Int, level: Int) {
        guard indent > 0 else { return }
        let count = indent * level
        if count < newlineAndSpaces.count {
            newlineAndSpaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[...count])) }
        } else {
            out.append(0x0A)
            out += repeatElement(0x20, count: count)
        }
    }

    static let hexDigits = Array("0123456789abcdef".utf8)
    static let nullBytes = Array("null".utf8), trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)
    /// A line feed and 64 spaces: a new line and its indentation, cut to length.
    static let newlineAndSpaces: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 64)

    /// Writes a whole number in decimal, without making a string of it.
    static func writeInt(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            guard value != Int.min else { out += Array(String(value).utf8); return }
            out.append(0x2D)
            writeInt(-value, to: &out)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(0x30 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Writes a JSON string literal: UTF-8 kept as is, quotes, backslashes and control characters escaped.
    /// Runs of bytes that need no escape are copied at once; they are found eight bytes at a time.
    static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(0x22)
        var value = value
        value.withUTF8 { bytes in
            var index = 0, runStart = 0
            while index < bytes.count {
                if index + 8 <= bytes.count,
                   !mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { index += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                default: out += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                }
                index += 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }

    /// Whether any of eight bytes is a control character, a quote or a backslash (exact: no false
    /// alarms and none missed).
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }
}
