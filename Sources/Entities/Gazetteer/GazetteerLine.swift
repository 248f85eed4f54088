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
/// GazetteerLine.read(bytes("city zz-ensk = Энск"), into: &entities, from: 0, file: "x.txt", line: 1) // true
/// ```
/// - Complexity: O(n) in the bytes of the line.
enum GazetteerLine {
    /// Reads the line into `entities` (the file's being `entities[fileStart...]`) and returns true, or
    /// returns false (having changed nothing) when the general parser must read it.
    static func read(_ line: UnsafeBufferPointer<UInt8>, into entities: inout [Entity], from fileStart: Int, file: String,
                     line number: Int) -> Bool {
        guard isPlain(line) else { return false }
        var end = line.count
        if end > 0 && line[end - 1] == 0x0D { end -= 1 }
        let (low, high) = trimmed(line, 0, end)
        if low == high || line[low] == 0x23 { return true }
        if line[0] == 0x20 || line[0] == 0x09 {
            guard entities.count > fileStart else { return false }
            return attribute(line, low, high, to: &entities[entities.count - 1])
        }
        guard let entity = header(line, low, high, file: file, line: number) else { return false }
        entities.append(entity)
        return true
    }

    /// `KIND ID = Name`, or nil for anything else.
    static func header(_ line: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int, file: String, line number: Int) -> Entity? {
        guard let equals = find([0x20, 0x3D, 0x20], in: line, low, high) else { return nil }
        // The words before " = ", split at spaces: exactly two.
        var words: [Range<Int>] = []
        var index = low
        while index < equals {
            while index < equals && line[index] == 0x20 { index += 1 }
            let start = index
            while index < equals && line[index] != 0x20 { index += 1 }
            if index > start { words.append(start..<index) }
        }
        guard words.count == 2, let kind = EntityKind(rawValue: string(line, words[0])),
              GazetteerParser.isValidID(UnsafeBufferPointer(rebasing: line[words[1]])) else { return nil }
        let (nameLow, nameHigh) = trimmed(line, equals + 3, high)
        guard nameLow < nameHigh else { return nil }
        let id = string(line, words[1])
        if kind == .country && id.utf8.count != 2 { return nil }
        var entity = Entity(id: id, kind: kind, name: string(line, nameLow..<nameHigh))
        entity.setOrigin(file: file, line: number)
        if kind == .country { entity.country = id.uppercased() }
        return entity
    }

    /// An attribute line with a keyword read here, applied to `entity`; false (nothing changed) otherwise.
    static func attribute(_ line: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int, to entity: inout Entity) -> Bool {
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
            entity.parent = String(decoding: value, as: UTF8.self)
        } else if keyword.elementsEqual("aka".utf8) {
            entity.aliases.append(String(decoding: value, as: UTF8.self))
        } else if keyword.elementsEqual("role".utf8) {
            entity.roles.append(String(decoding: value, as: UTF8.self))
        } else if keyword.elementsEqual("adjective".utf8) {
            entity.adjectives.append(String(decoding: value, as: UTF8.self))
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

    static func string(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
    }
}
