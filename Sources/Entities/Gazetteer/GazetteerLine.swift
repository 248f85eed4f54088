/// The quick way through a gazetteer line: a well-formed entity header or common attribute line
/// (`in`, `aka`, `role`, `adjective`, `ambiguous`, `historical`) of plain text, read on its UTF-8 bytes
/// with no string made but the values kept. Every other line — an error, another keyword, or text
/// where characters and Unicode scalars could differ — is left to ``GazetteerParser/parseLine(_:into:from:file:lineNumber:)``,
/// so the entities and the errors are the same either way.
///
/// Plain text: ASCII, Latin-1 and other scalars below U+0300, basic Cyrillic (U+0400…U+045F), and the
/// dashes, quotes and № of U+2013…U+2116 listed in ``isPlain(_:)``: none of them joins the one before
/// into one character, so a character is a scalar and the only spaces are tab, space and no-break space.
///
/// ```swift
/// GazetteerLine.read(bytes, of: "city zz-ensk = Энск", at: 0, into: &entities, from: 0, file: "x.txt", line: 1) // true
/// ```
/// - Complexity: O(n) in the bytes of the line.
enum GazetteerLine {
    /// Reads the line into `entities` (the file's being `entities[fileStart...]`) and returns true, or
    /// returns false (having changed nothing) when the general parser must read it. The line is the bytes
    /// of `text` from UTF-8 offset `start` on: its values are copied out of `text` as they are (valid
    /// UTF-8 cut at spaces, `=` and line ends, so not checked again).
    static func read(_ line: UnsafeBufferPointer<UInt8>, of text: String, at start: Int, into entities: inout [Entity], from fileStart: Int,
                     file: String, line number: Int) -> Bool {
        guard isPlain(line) else { return false }
        var end = line.count
        if end > 0 && line[end - 1] == 0x0D { end -= 1 }
        let (low, high) = trimmed(line, 0, end)
        if low == high || line[low] == 0x23 { return true }
        let source = Source(text: text, start: start)
        if line[0] == 0x20 || line[0] == 0x09 {
            guard entities.count > fileStart else { return false }
            return attribute(line, low, high, source, to: &entities[entities.count - 1])
        }
        return header(line, low, high, source, file: file, line: number, into: &entities)
    }

    /// Where a line's bytes lie in the file's text, to copy its values out as strings.
    struct Source {
        let text: String
        /// The line's UTF-8 offset in `text`.
        let start: Int

        /// Bytes `range` of the line, as a string.
        /// - Complexity: O(n) in the length of the range (offsets are found in O(1) in a native string).
        func string(_ range: Range<Int>) -> String {
            let utf8 = text.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: start + range.lowerBound)
            return String(Substring(utf8[from..<utf8.index(from, offsetBy: range.count)]))
        }
    }

    /// `KIND ID = Name`, appended to `entities`; false (nothing appended) for anything else.
    static func header(_ line: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int, _ source: Source, file: String, line number: Int,
                       into entities: inout [Entity]) -> Bool {
        guard let equals = find([0x20, 0x3D, 0x20], in: line, low, high) else { return false }
        // The words before " = ", split at spaces: exactly two.
        var words = 0, first = 0..<0, second = 0..<0
        var index = low
        while index < equals {
            while index < equals && line[index] == 0x20 { index += 1 }
            let start = index
            while index < equals && line[index] != 0x20 { index += 1 }
            guard index > start else { continue }
            words += 1
            if words == 1 { first = start..<index } else { second = start..<index }
        }
        guard words == 2, let kind = kind(UnsafeBufferPointer(rebasing: line[first])),
              GazetteerParser.isValidID(UnsafeBufferPointer(rebasing: line[second])) else { return false }
        let (nameLow, nameHigh) = trimmed(line, equals + 3, high)
        guard nameLow < nameHigh else { return false }
        if kind == .country && second.count != 2 { return false }
        let id = source.string(second)
        // Made in the array and finished there, so that it is never copied.
        entities.append(Entity(id: id, kind: kind, name: source.string(nameLow..<nameHigh)))
        entities[entities.count - 1].setOrigin(file: file, line: number)
        if kind == .country { entities[entities.count - 1].country = id.uppercased() }
        return true
    }

    /// The kinds by their names' UTF-8 bytes.
    static let kindNames: [(name: [UInt8], kind: EntityKind)] = EntityKind.allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The kind named by these bytes, or nil.
    static func kind(_ bytes: UnsafeBufferPointer<UInt8>) -> EntityKind? {
        kindNames.first { $0.name.count == bytes.count && $0.name.elementsEqual(bytes) }?.kind
    }

    /// An attribute line with a keyword read here, applied to `entity`; false (nothing changed) otherwise.
    static func attribute(_ line: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int, _ source: Source, to entity: inout Entity) -> Bool {
        var space = low
        while space < high && line[space] != 0x20 { space += 1 }
        let keyword = UnsafeBufferPointer(rebasing: line[low..<space])
        let (valueLow, valueHigh) = space < high ? trimmed(line, space + 1, high) : (high, high)
        let value = UnsafeBufferPointer(rebasing: line[valueLow..<valueHigh])
        if keyword.elementsEqual("ambiguous".utf8) { entity.isAmbiguous = true; return true }
        if keyword.elementsEqual("historical".utf8) { entity.isHistorical = true; return true }
        guard !value.isEmpty else { return false }
        if keyword.elementsEqual("in".utf8) {
            guard entity.parent == nil, GazetteerParser.isValidID(value) else { return false }
            entity.parent = source.string(valueLow..<valueHigh)
        } else if keyword.elementsEqual("aka".utf8) {
            entity.aliases.append(source.string(valueLow..<valueHigh))
        } else if keyword.elementsEqual("role".utf8) {
            entity.roles.append(source.string(valueLow..<valueHigh))
        } else if keyword.elementsEqual("adjective".utf8) {
            entity.adjectives.append(source.string(valueLow..<valueHigh))
        } else {
            return false
        }
        return true
    }

    /// Whether every scalar of the line is plain text (see the type's summary).
    static func isPlain(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 { index += 1; continue }
            // U+0400…U+043F, the most of a Russian line, without decoding.
            if byte == 0xD0, index + 1 < line.count { index += 2; continue }
            if byte >= 0xC2 && byte <= 0xDF, index + 1 < line.count {
                let value = UInt32(byte & 0x1F) << 6 | UInt32(line[index + 1] & 0x3F)
                guard value < 0x300 || (value >= 0x400 && value <= 0x45F) else { return false }
                index += 2
                continue
            }
            if byte == 0xE2, index + 2 < line.count {
                let value = UInt32(byte & 0x0F) << 12 | UInt32(line[index + 1] & 0x3F) << 6 | UInt32(line[index + 2] & 0x3F)
                switch value {
                case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2116: index += 3; continue
                default: return false
                }
            }
            return false
        }
        return true
    }

    /// `low..<high` without the tabs, spaces and no-break spaces at either end.
    static func trimmed(_ line: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> (Int, Int) {
        var low = low, high = high
        while low < high {
            if line[low] == 0x20 || line[low] == 0x09 { low += 1 } else if line[low] == 0xC2 && low + 1 < high && line[low + 1] == 0xA0 { low += 2 } else { break }
        }
        while high > low {
            if line[high - 1] == 0x20 || line[high - 1] == 0x09 { high -= 1 } else if line[high - 1] == 0xA0 && high - 2 >= low && line[high - 2] == 0xC2 { high -= 2 } else { break }
        }
        return (low, high)
    }

    /// The offset of the first `needle` in `low..<high`.
    static func find(_ needle: [UInt8], in line: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> Int? {
        guard high - low >= needle.count else { return nil }
        for start in low...(high - needle.count) where (0..<needle.count).allSatisfy({ line[start + $0] == needle[$0] }) { return start }
        return nil
    }
}
