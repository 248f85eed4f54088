/// The options and arguments given to one subcommand.
struct ParsedArguments {
    let command: CommandSpec
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ long: String) -> String? { values[long]?.last }
    func all(_ long: String) -> [String] { values[long] ?? [] }
    func has(_ long: String) -> Bool { flags.contains(long) }

    /// Reads argv after the subcommand name as people type it: `--name value`, `--name=value`, `-x value`,
    /// `-xVALUE`, `-x=VALUE`, bundled flags (`-ab`, and `-abVALUE` when the last letter takes a value),
    /// `-` (standard input) and `--` (all after it are arguments).
    /// - Complexity: O(n) in the arguments' length.
    static func parse(_ arguments: [String], for command: CommandSpec) throws -> ParsedArguments {
        var parsed = ParsedArguments(command: command)
        var index = 0
        var onlyPositionals = false
        /// The value of `option`: the text attached to it, else the next argument.
        func value(of option: OptionSpec, attached: String?) throws -> String {
            if let attached { return attached }
            guard index < arguments.count else {
                throw UsageError(command: command.name, message: "'--\(option.long)' needs a value (\(option.value ?? "VALUE"))")
            }
            index += 1
            return arguments[index - 1]
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                var attached: String?
                if let equals = name.firstIndex(of: "=") {
                    attached = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let option = command.option(named: name) else {
                    throw UsageError(command: command.name, message: "unknown option '--\(name)'\(suggestion(for: name, in: command))")
                }
                if option.isFlag {
                    if attached != nil { throw UsageError(command: command.name, message: "'--\(option.long)' takes no value") }
                    parsed.flags.insert(option.long)
                } else {
                    try parsed.record(option, try value(of: option, attached: attached))
                }
                continue
            }
            // Short options: flags may be bundled; the first letter that takes a value takes the rest.
            let letters = Array(argument.unicodeScalars.dropFirst())
            var position = 0
            while position < letters.count {
                let letter = Character(letters[position])
                position += 1
                guard let option = command.option(short: letter) else {
                    let within = letters.count > 1 ? " in '\(argument)'" : ""
                    throw UsageError(command: command.name, message: "unknown option '-\(letter)'\(within)")
                }
                if option.isFlag {
                    parsed.flags.insert(option.long)
                    continue
                }
                var rest = String(String.UnicodeScalarView(letters[position...]))
                if rest.hasPrefix("=") { rest.removeFirst() }
                try parsed.record(option, try value(of: option, attached: position < letters.count ? rest : nil))
                break
            }
        }
        return parsed
    }

    /// Keeps an option's value; a second value of an option that takes one is an error.
    private mutating func record(_ option: OptionSpec, _ value: String) throws {
        if !option.repeatable, values[option.long] != nil {
            throw UsageError(command: command.name, message: "'--\(option.long)' is given twice")
        }
        values[option.long, default: []].append(value)
    }

    static func suggestion(for name: String, in command: CommandSpec) -> String {
        let close = command.options.map(\.long).filter { $0.hasPrefix(String(name.prefix(3))) }
        return close.isEmpty ? "" : " (did you mean '--\(close[0])'?)"
    }
}

/// A mistake in how linkgraph was called; exit status 2.
struct UsageError: Error {
    let command: String?
    let message: String
    /// What to do, when more to the point than the command's help.
    var hint: String?
}
