/// A subcommand, as data: its name, what it does, its arguments and options, and more text for help.
struct CommandSpec {
    let name: String
    let abstract: String
    /// The arguments after the options, as shown in the usage line: `FILE...`.
    let arguments: String
    let options: [OptionSpec]
    /// Paragraphs shown after the options in `linkgraph help NAME`.
    var discussion: String = ""
    /// The arguments it takes, when they are a fixed list (`check`); empty when they are files.
    var argumentChoices: [String] = []

    func option(named long: String) -> OptionSpec? { options.first { $0.long == long } }
    func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
}
