/// One command-line option, as data: the parser reads it and the help generator prints it.
struct OptionSpec {
    /// The long name without dashes: `format` for `--format`.
    let long: String
    /// The one-letter name, if any: `o` for `-o`.
    let short: Character?
    /// The value's placeholder (`FILE`); nil for a flag that takes no value.
    let value: String?
    let help: String
    var repeatable = false
    /// The values it takes, when they are a fixed list (formats, levels): shell completion offers them.
    var choices: [String] = []

    var isFlag: Bool { value == nil }

    /// `-o, --output FILE`
    var synopsis: String {
        let names = (short.map { "-\($0), " } ?? "    ") + "--\(long)"
        return value.map { "\(names) \($0)" } ?? names
    }
}
