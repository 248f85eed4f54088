import Foundation

/// The command line: picks the subcommand, parses its options, runs it, and maps any error to a
/// message and exit status through ``ErrorMessage``.
enum LinkgraphCLI {
    static func run(_ arguments: [String]) -> ExitStatus {
        do {
            return try dispatch(arguments)
        } catch {
            return ErrorMessage(error).emit()
        }
    }

    static func dispatch(_ arguments: [String]) throws -> ExitStatus {
        guard let first = arguments.first else {
            FileHandle.standardError.write(Data(HelpText.overview().utf8))
            return .usage
        }
        switch first {
        case "-h", "--help":
            print(HelpText.overview(), terminator: "")
            return .success
        case "--version", "version":
            guard arguments.count == 1 else {
                throw UsageError(command: nil, message: "'\(first)' takes no arguments, not '\(arguments[1])'")
            }
            let shipped = try GazetteerOptions.loadShipped()
            print(HelpText.versionLine(entities: shipped.gazetteer.entities.count, folder: shipped.folder))
            return .success
        case "help":
            guard let name = arguments.dropFirst().first else {
                print(HelpText.overview(), terminator: "")
                return .success
            }
            guard let command = Commands.named(name) else {
                throw UsageError(command: nil, message: "no command '\(name)'")
            }
            print(HelpText.command(command.spec), terminator: "")
            return .success
        default:
            guard let command = Commands.named(first) else {
                throw UsageError(command: nil, message: "no command '\(first)'")
            }
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                print(HelpText.command(command.spec), terminator: "")
                return .success
            }
            return try command.run(try ParsedArguments.parse(rest, for: command.spec))
        }
    }
}
