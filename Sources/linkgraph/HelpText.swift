/// Renders help from the command specs: the one generator for every help screen.
enum HelpText {
    static let version = "linkgraph 0.2.0"

    /// `linkgraph 0.2.0 (gazetteer: 1390 entities)`; with the folder when `LINKGRAPH_GAZETTEER` replaced
    /// the built-in gazetteer.
    static func versionLine(entities: Int, folder: String?) -> String {
        "\(version) (gazetteer: \(entities) entities\(folder.map { " from \($0)" } ?? ""))"
    }

    static func overview() -> String {
        var lines = [
            "linkgraph: turn quarterly reports on the international work of Smolensk region bodies",
            "into a linked graph of who works with whom abroad.",
            "",
            "USAGE: linkgraph COMMAND [OPTIONS] FILE...",
            "",
            "COMMANDS:",
        ]
        let width = (Commands.all.map(\.spec.name.count).max() ?? 0) + 2
        for (spec, _) in Commands.all {
            lines.append("  " + spec.name.padding(toLength: width, withPad: " ", startingAt: 0) + spec.abstract)
        }
        lines += [
            "  " + "help".padding(toLength: width, withPad: " ", startingAt: 0) + "Show help for a command: linkgraph help COMMAND.",
            "",
            "OPTIONS:",
            "  -h, --help     Show this help.",
            "      --version  Show the version and the gazetteer's size.",
            "",
            "EXIT STATUS: 0 done; 1 some inputs could not be read (the rest were processed);",
            "2 wrong command line; 3 gazetteer error; 4 output could not be written; 70 internal error.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func command(_ spec: CommandSpec) -> String {
        var lines = [spec.abstract, "", "USAGE: linkgraph \(spec.name) [OPTIONS] \(spec.arguments)".trimmingCharacters(in: .whitespaces), ""]
        if !spec.options.isEmpty {
            lines.append("OPTIONS:")
            let all = spec.options + [OptionSpec(long: "help", short: "h", value: nil, help: "Show this help.")]
            let width = (all.map(\.synopsis.count).max() ?? 0) + 2
            for option in all {
                lines.append("  " + option.synopsis.padding(toLength: width, withPad: " ", startingAt: 0) + option.help)
            }
        }
        if !spec.discussion.isEmpty {
            lines += ["", spec.discussion]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
