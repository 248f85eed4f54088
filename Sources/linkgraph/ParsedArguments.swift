/// The options and arguments given to one subcommand.
struct ParsedArguments {
    let command: CommandSpec
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ long: String) -> String? { values[long]?.last }
    func all(_ long: String) -> [String] { values[long] ?? [] }
    func has(_ long: String) -> Bool { flags.contains(long) }

    /// Reads argv after the subcommand name: `--name value`, `--name=value`, `-x value`, flags, `-` (standard
    /// input) and `--` (all after it are arguments).
    static func parse(_ arguments: [String], for command: CommandSpec) throws -> ParsedArguments {
        var parsed = ParsedArguments(command: command)
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = argument
            var inlineValue: String?
            let option: OptionSpec
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let found = command.option(named: name) else {
                    throw UsageError(command: command.name, message: "unknown option '--\(name)'\(suggestion(for: name, in: command))")
                }
                option = found
            } else {
                guard argument.count == 2, let letter = argument.dropFirst().first, let found = command.option(short: letter) else {
                    throw UsageError(command: command.name, message: "unknown option '\(argument)'")
                }
                option = found
            }
            if option.isFlag {
                if inlineValue != nil { throw UsageError(command: command.name, message: "'--\(option.long)' takes no value") }
                parsed.flags.insert(option.long)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw UsageError(command: command.name, message: "'--\(option.long)' needs a value (\(option.value ?? "VALUE"))")
                }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable, parsed.values[option.long] != nil {
                throw UsageError(command: command.name, message: "'--\(option.long)' is given twice")
            }
            parsed.values[option.long, default: []].append(value)
        }
        return parsed
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
}
