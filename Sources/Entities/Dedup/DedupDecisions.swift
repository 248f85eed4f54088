import Foundation

/// What people decided about proposed groups, read from a plain text file they edit:
///
/// ```
/// # a comment; blank lines are ignored; "  # …" ends a line with a comment
/// accept g-1a2b3c4d
/// reject g-5e6f7a8b
/// split g-9c0d1e2f: Гимназия № 4 | Гимназия № 4 г. Смоленска
/// ```
///
/// `accept`: the group is right, shown as accepted from then on. `reject`: it is wrong, its names are
/// not grouped and it is not proposed again. `split ID: NAME | NAME …`: the names listed (as printed,
/// or any case of them) must not be in one group; the group is clustered again with that constraint,
/// the rest of its names joining whichever side the evidence points to. A group's id is made from its
/// names, so a decision holds on later runs as long as the group keeps the same names.
public struct DedupDecisions: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        case accept
        case reject
        /// The names that must be kept apart.
        case split([String])
    }

    public struct Entry: Sendable, Equatable {
        public var group: String
        public var action: Action
        /// The 1-based line in the file.
        public var line: Int
    }

    /// The file, for messages.
    public var file: String?
    public var entries: [Entry]

    public init(file: String? = nil, entries: [Entry] = []) {
        self.file = file
        self.entries = entries
    }

    /// Reads a decisions file.
    public static func load(path: String) throws -> DedupDecisions {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "the decisions file cannot be read", hint: "check the path and its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, message: "the decisions file is not UTF-8 text", hint: "save it as UTF-8")
        }
        return try parse(text, file: path)
    }

    /// Parses decisions; a malformed line is an ``InputError`` with the file and line.
    public static func parse(_ text: String, file: String? = nil) throws -> DedupDecisions {
        var entries: [Entry] = []
        var decided: [String: Int] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let comment = line.range(of: " #") ?? line.range(of: "\t#") {
                line = line[..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            func fail(_ message: String, _ hint: String = syntaxHint) -> InputError {
                InputError(file: file, line: number, message: message, hint: hint)
            }
            let verb = String(line.prefix { !$0.isWhitespace && $0 != ":" })
            let rest = line.dropFirst(verb.count).trimmingCharacters(in: .whitespaces)
            let entry: Entry
            switch verb {
            case "accept", "reject":
                let words = rest.split(whereSeparator: \.isWhitespace)
                guard words.count == 1 else {
                    throw fail(words.isEmpty ? "'\(verb)' needs a group id" : "'\(verb)' takes one group id, got '\(rest)'")
                }
                let id = String(words[0])
                guard isGroupID(id) else { throw fail("'\(id)' is not a group id") }
                entry = Entry(group: id, action: verb == "accept" ? .accept : .reject, line: number)
            case "split":
                guard let colon = rest.firstIndex(of: ":") else {
                    throw fail("'split' needs a group id, a colon and the names to keep apart")
                }
                let id = rest[..<colon].trimmingCharacters(in: .whitespaces)
                guard !id.isEmpty else { throw fail("'split' needs a group id") }
                guard isGroupID(id) else { throw fail("'\(id)' is not a group id") }
                let names = rest[rest.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
                    .map { OrgNameNormalizer.cleanSpaces(String($0)) }
                guard !names.contains(where: \.isEmpty) else { throw fail("an empty name in 'split' (two '|' together, or one at an end)") }
                guard names.count >= 2 else { throw fail("'split' needs at least two names separated by '|'") }
                guard Set(names).count == names.count else { throw fail("'split' lists a name twice") }
                entry = Entry(group: id, action: .split(names), line: number)
            case "":
                throw fail("a line must start with accept, reject or split")
            default:
                throw fail("unknown decision '\(verb)'")
            }
            if let earlier = decided[entry.group] {
                throw fail("\(entry.group) is already decided on line \(earlier)", "keep one decision per group")
            }
            decided[entry.group] = number
            entries.append(entry)
        }
        return DedupDecisions(file: file, entries: entries)
    }

    static let syntaxHint = "write 'accept GROUP-ID', 'reject GROUP-ID' or 'split GROUP-ID: NAME | NAME'"

    /// `g-` and 8 lower-case hex digits.
    public static func isGroupID(_ text: String) -> Bool {
        text.hasPrefix("g-") && text.count == 10 && text.dropFirst(2).allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    public func entry(for group: String) -> Entry? { entries.first { $0.group == group } }

    // MARK: Writing

    /// The comment that starts a new decisions file: the syntax.
    public static let header = """
    # linkgraph dedup decisions. One decision per line; '#' starts a comment, blank lines are ignored.
    #
    #   accept GROUP-ID                    the group is right: shown as accepted from now on
    #   reject GROUP-ID                    the group is wrong: its names are not grouped, not proposed again
    #   split GROUP-ID: NAME | NAME [| …]  the names listed must not be in one group: the group is formed
    #                                      again without joining them, each other name going with the side
    #                                      the evidence points to (or alone)
    #
    # GROUP-ID is the id 'linkgraph dedup' prints: g- and 8 hex digits, made from the group's names, so it
    # stays the same on later runs while the group has the same names; a group that gains or loses a name
    # gets a new id and is proposed again. A NAME is a variant as printed (any case of it will do). Each
    # group is decided at most once; a malformed line stops the run with its line number.

    """

    /// A new decisions file: the header and, commented out, an `accept` line for each group proposed.
    public static func template(for groups: [DedupGroup]) -> String {
        var lines = [header, "# Groups proposed when this file was made: remove the '# ' before a line to decide it, or", "# change accept to reject or split.", ""]
        for group in groups where group.status == .proposed {
            let count = group.variants.count
            lines.append("# accept \(group.id)  # \(group.canonical) (\(count) \(count == 1 ? "spelling" : "spellings"))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
