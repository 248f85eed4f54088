import Entities
import Foundation

/// The one place that turns any error into the line printed on stderr and an exit status.
struct ErrorMessage {
    let text: String
    let status: ExitStatus

    init(_ error: Error) {
        switch error {
        case let usage as UsageError:
            let help = usage.command.map { "see 'linkgraph help \($0)'" } ?? "see 'linkgraph --help'"
            text = "linkgraph: \(usage.message) (\(help))"
            status = .usage
        case let gazetteer as GazetteerError:
            text = "linkgraph: gazetteer: \(gazetteer.underlying)"
            status = .gazetteer
        case let output as OutputError:
            text = "linkgraph: \(output.path): cannot write the output: \(output.reason) (\(output.hint))"
            status = .output
        case let failures as InputFailures:
            text = failures.summary
            status = .inputFailed
        case let input as InputError:
            text = "linkgraph: \(input)"
            status = .inputFailed
        default:
            text = "linkgraph: internal error: \(error) (please report this with the input that caused it)"
            status = .internalError
        }
    }

    /// Prints the message to stderr and returns the status.
    func emit() -> ExitStatus {
        FileHandle.standardError.write(Data((text + "\n").utf8))
        return status
    }
}

/// A gazetteer that fails to load.
struct GazetteerError: Error {
    let underlying: Error
}

/// Inputs that failed while others were processed: listed at the end of a run.
struct InputFailures: Error {
    let failures: [InputError]

    var summary: String {
        let noun = failures.count == 1 ? "input" : "inputs"
        return "linkgraph: \(failures.count) \(noun) could not be read:\n" + failures.map { "  \($0)" }.joined(separator: "\n")
    }
}
