import Entities
import Foundation

/// The one place that turns any error into the line printed on stderr and an exit status.
struct ErrorMessage {
    /// The message's lines, as they are before escaping; one line but for a list of failed inputs.
    let lines: [String]
    let status: ExitStatus
    var text: String { lines.joined(separator: "\n") }

    init(_ error: Error) {
        switch error {
        case let usage as UsageError:
            let help = usage.hint ?? usage.command.map { "see 'linkgraph help \($0)'" } ?? "see 'linkgraph --help'"
            lines = ["linkgraph: \(usage.message) (\(help))"]
            status = .usage
        case let gazetteer as GazetteerError:
            lines = ["linkgraph: gazetteer: \(gazetteer.underlying)"]
            status = .gazetteer
        case let dataFile as DataFileError:
            lines = ["linkgraph: \(dataFile.underlying)"]
            status = .gazetteer
        case is OutputClosed:
            lines = []
            status = .readerClosed
        case let output as OutputError:
            lines = ["linkgraph: \(output.path): cannot write the output: \(output.reason) (\(output.hint))"]
            status = .output
        case let failures as InputFailures:
            lines = failures.lines
            status = .inputFailed
        case let input as InputError:
            lines = ["linkgraph: \(input)"]
            status = .inputFailed
        default:
            lines = ["linkgraph: internal error: \(error) (please report this with the input that caused it)"]
            status = .internalError
        }
    }

    /// Prints the message to stderr — its control characters escaped, so that a file name or a report's
    /// text cannot drive the terminal — and returns the status. A run stopped by its reader prints nothing.
    func emit() -> ExitStatus {
        guard !lines.isEmpty else { return status }
        FileHandle.standardError.write(Data((TerminalText.lines(lines) + "\n").utf8))
        return status
    }
}

/// A gazetteer that fails to load.
struct GazetteerError: Error {
    let underlying: Error
}

/// A data file other than the gazetteer — a `--decisions` file — with an error; exit status 3, as for
/// the gazetteer: the message names the file and line.
struct DataFileError: Error {
    let underlying: Error
}

/// Inputs that failed while others were processed: listed at the end of a run.
struct InputFailures: Error {
    let failures: [InputError]

    var lines: [String] {
        let noun = failures.count == 1 ? "input" : "inputs"
        return ["linkgraph: \(failures.count) \(noun) could not be read:"] + failures.map { "  \($0)" }
    }

    var summary: String { lines.joined(separator: "\n") }
}
