import Foundation

/// Reads one gazetteer file (format: Gazetteer/README.md) into entities, with `file:line` errors.
///
/// ```
/// city by-vitebsk = Витебск
///     in by-vitebsk-region
///     aka Витебск-город
/// ```
/// - Complexity: O(n) in the length of the file.
enum GazetteerParser {
    static func parse(_ text: String, file: String) throws -> [Entity] {
        var entities: [Entity] = []
        try parse(text, file: file, into: &entities)
        return entities
    }

    /// Appends the file's entities to `entities` (the entities of the files before it, which its lines
    /// never touch), without copying those.
    static func parse(_ text: String, file: String, into entities: inout [Entity]) throws {
        let fileStart = entities.count
        var lineNumber = 0
        var utf8 = text
        // The lines as `String.lines()` gives them: split at line feeds, the part after the last one too.
        try utf8.withUTF8 { bytes in
            // Room for every entity at once: at most one for each line that starts with something other
            // than a space, a tab, a comment or the line's end.
            var headers = 0, lineStart = true
            for byte in bytes {
                if lineStart && byte != 0x20 && byte != 0x09 && byte != 0x23 && byte != 0x0A && byte != 0x0D { headers += 1 }
                lineStart = byte == 0x0A
            }
            entities.reserveCapacity(entities.count + headers)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !GazetteerLine.read(line, of: text, at: start, into: &entities, from: fileStart, file: file, line: lineNumber) {
                    try parseLine(Substring(String(decoding: line, as: UTF8.self)), into: &entities, from: fileStart, file: file,
                                  lineNumber: lineNumber)
                }
                start = end + 1
            }
        }
    }

    /// One line, the general way: any text, and every error. The file's entities are `entities[fileStart...]`.
    static func parseLine(_ rawLine: Substring, into entities: inout [Entity], from fileStart: Int, file: String, lineNumber: Int) throws {
        var line = rawLine
        if line.hasSuffix("\r") { line = line.dropLast() }
        let trimmed = line.trimmingSpaces()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
        let indented = line.first == " " || line.first == "\t"
        if !indented {
            entities.append(try header(trimmed, file: file, line: lineNumber))
        } else {
            guard entities.count > fileStart else {
                throw InputError(file: file, line: lineNumber, message: "an indented attribute line before any entity",
                                 hint: "start an entity with 'KIND ID = Name' at the beginning of a line")
            }
            try attribute(trimmed, to: &entities[entities.count - 1], file: file, line: lineNumber)
        }
    }

    static func header(_ text: String, file: String, line: Int) throws -> Entity {
        guard let equals = text.asciiRange(of: " = ") else {
            throw InputError(file: file, line: line, message: "expected 'KIND ID = Name', got '\(text)'",
                             hint: "attribute lines must be indented")
        }
        let head = text[..<equals.lowerBound].split(separator: " ", omittingEmptySubsequences: true)
        let name = text[equals.upperBound...].trimmingSpaces()
        guard head.count == 2 else {
            throw InputError(file: file, line: line, message: "expected 'KIND ID = Name', got '\(text)'")
        }
        guard let kind = EntityKind(rawValue: String(head[0])) else {
            throw InputError(file: file, line: line, message: "unknown kind '\(head[0])'",
                             hint: "one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let id = String(head[1])
        guard isValidID(id) else {
            throw InputError(file: file, line: line, message: "bad id '\(id)'", hint: "ids are lower-case ASCII letters, digits and hyphens")
        }
        guard !name.isEmpty else { throw InputError(file: file, line: line, message: "entity '\(id)' has no name") }
        var entity = Entity(id: id, kind: kind, name: name)
        entity.setOrigin(file: file, line: line)
        if kind == .country {
            guard id.count == 2 else {
                throw InputError(file: file, line: line, message: "the id of country '\(name)' is '\(id)', not a two-letter code",
                                 hint: "a country's id is its ISO 3166-1 alpha-2 code in lower case, e.g. by")
            }
            entity.country = id.uppercased()
        }
        return entity
    }

    static func attribute(_ text: String, to entity: inout Entity, file: String, line: Int) throws {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let keyword = String(parts[0])
        let value = parts.count > 1 ? parts[1].trimmingSpaces() : ""
        func requireValue() throws {
            if value.isEmpty { throw InputError(file: file, line: line, message: "'\(keyword)' needs a value") }
        }
        switch keyword {
        case "in":
            try requireValue()
            guard entity.parent == nil else { throw InputError(file: file, line: line, message: "'\(entity.id)' has two parents") }
            guard isValidID(value) else { throw InputError(file: file, line: line, message: "bad parent id '\(value)'") }
            entity.parent = value
        case "country":
            try requireValue()
            guard value.count == 2, value.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw InputError(file: file, line: line, message: "country '\(value)' is not an ISO 3166 alpha-2 code", hint: "two capital letters, e.g. BY")
            }
            entity.country = value
        case "aka":
            try requireValue()
            entity.aliases.append(value)
        case "was":
            try requireValue()
            if let until = value.asciiRange(of: " until ", backwards: true) {
                let dateText = value[until.upperBound...].trimmingSpaces()
                guard let date = CalendarDate(iso: dateText) else {
                    throw InputError(file: file, line: line, message: "'\(dateText)' is not a date", hint: "write YYYY-MM-DD")
                }
                entity.formerNames.append(FormerName(name: String(value[..<until.lowerBound]), until: date))
            } else {
                entity.formerNames.append(FormerName(name: value, until: nil))
            }
        case "role":
            try requireValue()
            entity.roles.append(value)
        case "adjective":
            try requireValue()
            entity.adjectives.append(value)
        case "needs":
            try requireValue()
            entity.requiredMarkers = value.split(separator: " ").map(String.init)
        case "ambiguous":
            entity.isAmbiguous = true
        case "historical":
            entity.isHistorical = true
        default:
            throw InputError(file: file, line: line, message: "unknown keyword '\(keyword)'",
                             hint: "one of in, country, aka, was, role, adjective, needs, ambiguous, historical")
        }
    }

    static func isValidID(_ id: String) -> Bool { isValidID(id.utf8) }

    /// Lower-case ASCII letters, digits and hyphens, at least one.
    static func isValidID<Bytes: Collection>(_ id: Bytes) -> Bool where Bytes.Element == UInt8 {
        !id.isEmpty && id.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
