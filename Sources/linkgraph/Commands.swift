import Entities
import Foundation

/// Every subcommand, with the function that runs it. `linkgraph help` lists them in this order.
enum Commands {
    typealias Runner = (ParsedArguments) throws -> ExitStatus

    static let all: [(spec: CommandSpec, run: Runner)] = [
        (ItemsCommand.spec, ItemsCommand.run),
        (ExtractCommand.spec, ExtractCommand.run),
        (GraphCommand.spec, GraphCommand.run),
        (DormantCommand.spec, DormantCommand.run),
        (DedupCommand.spec, DedupCommand.run),
        (GazetteerCommand.spec, GazetteerCommand.run),
        (CompletionsCommand.spec, CompletionsCommand.run),
    ]

    static func named(_ name: String) -> (spec: CommandSpec, run: Runner)? { all.first { $0.spec.name == name } }
}

/// Options several commands share, defined once.
enum CommonOptions {
    static let output = OptionSpec(long: "output", short: "o", value: "FILE", help: "Write to FILE instead of standard output (atomically: a failed run leaves no partial file).")
    static let jobs = OptionSpec(long: "jobs", short: "j", value: "N", help: "Read N files at once (default: the number of cores). Output is the same for any N.")
    static let strict = OptionSpec(long: "strict", short: nil, value: nil, help: "Stop at the first input that cannot be read, instead of finishing the others.")
    static let maximumInput = OptionSpec(long: "max-input-mb", short: nil, value: "N", help: "Refuse an input over N MB (default: $LINKGRAPH_MAX_INPUT_MB, else 256); a file's size is checked before it is read, standard input and pipes are read up to N MB.")
    static let gazetteer = OptionSpec(long: "gazetteer", short: "g", value: "DIR", help: "Add the entities in DIR/*.txt to the shipped gazetteer (repeatable).", repeatable: true)

    static func format(_ choices: [String], help: String) -> OptionSpec {
        OptionSpec(long: "format", short: "f", value: choices.joined(separator: "|"), help: help, choices: choices)
    }

    /// The value of `--format`, checked against the choices; the first choice is the default.
    static func format(_ arguments: ParsedArguments, _ choices: [String]) throws -> String {
        guard let value = arguments.value("format") else { return choices[0] }
        guard choices.contains(value) else {
            throw UsageError(command: arguments.command.name, message: "'--format' must be one of \(choices.joined(separator: ", ")), not '\(value)'")
        }
        return value
    }

    static func jobs(_ arguments: ParsedArguments) throws -> Int {
        guard let value = arguments.value("jobs") else { return ReportBatchDefaults.jobs }
        guard let jobs = Int(value), (1...512).contains(jobs) else {
            throw UsageError(command: arguments.command.name, message: "'--jobs' takes a whole number from 1 to 512, not '\(value)'")
        }
        return jobs
    }

    /// The most MB `--max-input-mb` and `LINKGRAPH_MAX_INPUT_MB` may set.
    static let maximumInputMegabytes = 16_384

    /// The largest input in bytes: `--max-input-mb`, else the environment's `LINKGRAPH_MAX_INPUT_MB`, else
    /// the library's default (256 MB).
    static func maximumInputBytes(_ arguments: ParsedArguments,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int {
        let given: (text: String, source: String)?
        if let value = arguments.value("max-input-mb") {
            given = (value, "'--max-input-mb'")
        } else if let value = environment["LINKGRAPH_MAX_INPUT_MB"], !value.isEmpty {
            given = (value, "LINKGRAPH_MAX_INPUT_MB")
        } else {
            given = nil
        }
        guard let given else { return ReportReader.maximumInputBytes }
        guard let megabytes = Int(given.text), (1...maximumInputMegabytes).contains(megabytes) else {
            throw UsageError(command: arguments.command.name,
                             message: "\(given.source) takes a whole number of MB from 1 to \(maximumInputMegabytes), not '\(given.text)'")
        }
        return megabytes << 20
    }

    /// The input files; at least one is required.
    static func inputs(_ arguments: ParsedArguments) throws -> [String] {
        guard !arguments.positionals.isEmpty else {
            throw UsageError(command: arguments.command.name, message: "no input files given")
        }
        try OutputOverlap.check(arguments)
        return arguments.positionals
    }
}
