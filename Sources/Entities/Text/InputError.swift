/// A problem with a user's input (a report, a gazetteer file, an archive, a command-line value), told
/// as one line: where (file and line when known), what is wrong, and what to do about it.
///
/// ```swift
/// InputError(file: "q1.txt", line: 12, message: "item 7 has 4 cells, expected 6", hint: "check the table")
///     .description // "q1.txt:12: item 7 has 4 cells, expected 6 (check the table)"
/// ```
public struct InputError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String?
    public var line: Int?
    public var message: String
    public var hint: String?

    public init(file: String? = nil, line: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var location = file ?? ""
        if let line { location += (location.isEmpty ? "line \(line)" : ":\(line)") }
        let head = location.isEmpty ? message : "\(location): \(message)"
        guard let hint, !hint.isEmpty else { return head }
        return "\(head) (\(hint))"
    }
}
