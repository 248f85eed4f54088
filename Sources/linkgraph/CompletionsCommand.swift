/// `linkgraph completions bash|zsh|fish`: prints a completion script for the shell, made from the
/// command specs by ``CompletionScript``.
enum CompletionsCommand {
    static let spec = CommandSpec(
        name: "completions",
        abstract: "Print shell completions for linkgraph's commands, options and formats.",
        arguments: "bash|zsh|fish",
        options: [],
        discussion: """
        Load them in the current shell with: source <(linkgraph completions bash). To keep them: \
        linkgraph completions bash > ~/.local/share/bash-completion/completions/linkgraph; \
        linkgraph completions zsh > ~/.zfunc/_linkgraph (with ~/.zfunc on fpath, before compinit); \
        linkgraph completions fish > ~/.config/fish/completions/linkgraph.fish.
        """,
        argumentChoices: CompletionScript.Shell.allCases.map(\.rawValue))

    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        let shells = CompletionScript.Shell.allCases.map(\.rawValue).joined(separator: ", ")
        guard arguments.positionals.count == 1, let shell = CompletionScript.Shell(rawValue: arguments.positionals[0]) else {
            let given = arguments.positionals.isEmpty ? "no shell" : "'\(arguments.positionals.joined(separator: " "))'"
            throw UsageError(command: spec.name, message: "'completions' takes one shell, \(shells); got \(given)")
        }
        print(CompletionScript.render(shell, commands: Commands.all.map(\.spec)), terminator: "")
        return .success
    }
}
