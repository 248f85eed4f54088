/// Renders shell completion scripts from the command specs — like ``HelpText``, one generator over the
/// same data, so completions cannot drift from the commands: each command, its options, the values an
/// option takes (its ``OptionSpec/choices``; files for a `FILE`, folders for a `DIR`) and its arguments
/// (``CommandSpec/argumentChoices``, else files).
enum CompletionScript {
    enum Shell: String, CaseIterable {
        case bash, zsh, fish
    }

    /// What completes an option's value or a command's arguments.
    enum Completion: Equatable {
        case none, files, folders
        case words([String])
    }

    /// The script for `shell` over `commands` (plus `help COMMAND` and the global `--help`, `--version`).
    /// - Complexity: O(c · o) for c commands with o options each.
    static func render(_ shell: Shell, commands: [CommandSpec]) -> String {
        switch shell {
        case .bash: return bash(commands)
        case .zsh: return zsh(commands)
        case .fish: return fish(commands)
        }
    }

    static func completion(of option: OptionSpec) -> Completion {
        guard let value = option.value else { return .none }
        if !option.choices.isEmpty { return .words(option.choices) }
        if value.contains("DIR") { return .folders }
        if value.contains("FILE") { return .files }
        return .none
    }

    static func arguments(of command: CommandSpec) -> Completion {
        command.argumentChoices.isEmpty ? .files : .words(command.argumentChoices)
    }

    /// The help text's first sentence, without its full stop: short enough for a completion menu.
    static func summary(_ help: String) -> String {
        var text = Substring(help)
        if let end = text.range(of: ". ") { text = text[..<end.lowerBound] }
        if text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }

    static let helpOption = OptionSpec(long: "help", short: "h", value: nil, help: "Show this help.")
    static let helpCommand = (name: "help", abstract: "Show help for a command.")

    // MARK: bash

    static func bash(_ commands: [CommandSpec]) -> String {
        let names = commands.map(\.name) + [helpCommand.name]
        var lines = [
            "# bash completion for linkgraph: source <(linkgraph completions bash)",
            "_linkgraph() {",
            "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
            "    # --option=value: bash splits at '=', so the option is two words back.",
            "    if [[ $prev == = ]] && ((COMP_CWORD > 2)); then prev=\"${COMP_WORDS[COMP_CWORD-2]}\"; fi",
            "    if ((COMP_CWORD == 1)); then",
            "        COMPREPLY=($(compgen -W '\(names.joined(separator: " ")) -h --help --version' -- \"$cur\"))",
            "        return",
            "    fi",
            "    case \"${COMP_WORDS[1]}\" in",
        ]
        for command in commands {
            lines.append("    \(command.name))")
            let valued = command.options.filter { !$0.isFlag }
            if !valued.isEmpty {
                lines.append("        case \"$prev\" in")
                for option in valued {
                    let patterns = (option.short.map { ["-\($0)"] } ?? []) + ["--\(option.long)"]
                    lines.append("        \(patterns.joined(separator: "|"))) \(bashReply(completion(of: option))); return ;;")
                }
                lines.append("        esac")
            }
            let options = (command.options + [helpOption]).flatMap { option in
                (option.short.map { ["-\($0)"] } ?? []) + ["--\(option.long)"]
            }
            lines += [
                "        if [[ $cur == -* ]]; then",
                "            COMPREPLY=($(compgen -W '\(options.joined(separator: " "))' -- \"$cur\"))",
                "        else",
                "            \(bashReply(arguments(of: command)))",
                "        fi",
                "        ;;",
            ]
        }
        lines += [
            "    \(helpCommand.name))",
            "        ((COMP_CWORD == 2)) && COMPREPLY=($(compgen -W '\(commands.map(\.name).joined(separator: " "))' -- \"$cur\"))",
            "        ;;",
            "    esac",
            "}",
            "complete -o filenames -F _linkgraph linkgraph",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func bashReply(_ completion: Completion) -> String {
        switch completion {
        case .none: return "COMPREPLY=()"
        case .files: return "COMPREPLY=($(compgen -f -- \"$cur\"))"
        case .folders: return "COMPREPLY=($(compgen -d -- \"$cur\"))"
        case .words(let words): return "COMPREPLY=($(compgen -W '\(words.joined(separator: " "))' -- \"$cur\"))"
        }
    }

    // MARK: zsh

    static func zsh(_ commands: [CommandSpec]) -> String {
        var lines = [
            "#compdef linkgraph",
            "# zsh completion for linkgraph: save as _linkgraph in a folder on $fpath, or source <(linkgraph completions zsh)",
            "",
            "_linkgraph() {",
            "    local curcontext=\"$curcontext\" state line",
            "    _arguments -C \\",
            "        '(- *)'{-h,--help}'[Show help]' \\",
            "        '(- *)--version[Show the version and the gazetteer'\\''s size]' \\",
            "        '1: :->command' \\",
            "        '*:: :->arguments' && return",
            "    case $state in",
            "    command)",
            "        local -a commands",
            "        commands=(",
        ]
        for (name, abstract) in commands.map({ ($0.name, $0.abstract) }) + [helpCommand] {
            lines.append("            \(zshQuoted(name + ":" + zshEscaped(summary(abstract), extra: ":")))")
        }
        lines += [
            "        )",
            "        _describe -t commands 'linkgraph command' commands",
            "        ;;",
            "    arguments)",
            "        case $line[1] in",
        ]
        for command in commands {
            lines += ["        \(command.name))", "            _arguments \\"]
            for option in command.options + [helpOption] {
                var spec = option.short.map { "{-\($0),--\(option.long)}" } ?? "--\(option.long)"
                let exclusion = option.short.map { "(-\($0) --\(option.long))" } ?? "(--\(option.long))"
                let prefix = option.long == "help" ? "'(- *)'" : option.repeatable ? "'*'" : zshQuoted(exclusion)
                spec = prefix + spec + zshQuoted("[" + zshEscaped(summary(option.help), extra: "") + "]" + zshAction(option))
                lines.append("                \(spec) \\")
            }
            lines += ["                \(zshArguments(command))", "            ;;"]
        }
        lines += [
            "        \(helpCommand.name))",
            "            _arguments '1:command:(\(commands.map(\.name).joined(separator: " ")))'",
            "            ;;",
            "        esac",
            "        ;;",
            "    esac",
            "}",
            "",
            "if [[ $funcstack[1] == _linkgraph ]]; then",
            "    _linkgraph \"$@\"",
            "else",
            "    compdef _linkgraph linkgraph",
            "fi",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func zshAction(_ option: OptionSpec) -> String {
        guard let value = option.value else { return "" }
        let message = value.lowercased().replacingOccurrences(of: ":", with: " ")
        switch completion(of: option) {
        case .none: return ":\(message): "
        case .files: return ":\(message):_files"
        case .folders: return ":\(message):_files -/"
        case .words(let words): return ":\(option.long):(\(words.joined(separator: " ")))"
        }
    }

    static func zshArguments(_ command: CommandSpec) -> String {
        switch arguments(of: command) {
        case .words(let words): return "'1:\(command.arguments.lowercased()):(\(words.joined(separator: " ")))'"
        default: return "'*:file:_files'"
        }
    }

    /// Escapes what `_arguments` and `_describe` read specially in a description: brackets, and `extra`.
    static func zshEscaped(_ text: String, extra: String) -> String {
        var escaped = ""
        for character in text {
            if "[]\\".contains(character) || extra.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// `text` in single quotes for zsh (and bash): a quote inside becomes `'\''`.
    static func zshQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    // MARK: fish

    static func fish(_ commands: [CommandSpec]) -> String {
        let top = "__fish_use_subcommand"
        var lines = [
            "# fish completion for linkgraph: linkgraph completions fish > ~/.config/fish/completions/linkgraph.fish",
            "complete -c linkgraph -f",
            "complete -c linkgraph -n \(top) -s h -l help -d 'Show help'",
            "complete -c linkgraph -n \(top) -l version -d \(fishQuoted("Show the version and the gazetteer's size"))",
        ]
        for (name, abstract) in commands.map({ ($0.name, $0.abstract) }) + [helpCommand] {
            lines.append("complete -c linkgraph -n \(top) -a \(name) -d \(fishQuoted(summary(abstract)))")
        }
        for command in commands {
            let condition = "-n '__fish_seen_subcommand_from \(command.name)'"
            for option in command.options + [helpOption] {
                var line = "complete -c linkgraph \(condition)"
                if let short = option.short { line += " -s \(short)" }
                line += " -l \(option.long)"
                switch completion(of: option) {
                case .none: if !option.isFlag { line += " -x" }
                case .files: line += " -r -F"
                case .folders: line += " -x -a '(__fish_complete_directories)'"
                case .words(let words): line += " -x -a \(fishQuoted(words.joined(separator: " ")))"
                }
                lines.append(line + " -d \(fishQuoted(summary(option.help)))")
            }
            switch arguments(of: command) {
            case .words(let words): lines.append("complete -c linkgraph \(condition) -a \(fishQuoted(words.joined(separator: " ")))")
            default: lines.append("complete -c linkgraph \(condition) -F")
            }
        }
        lines.append("complete -c linkgraph -n '__fish_seen_subcommand_from \(helpCommand.name)' -a \(fishQuoted(commands.map(\.name).joined(separator: " ")))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` in single quotes for fish: backslashes and quotes inside are escaped.
    static func fishQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
