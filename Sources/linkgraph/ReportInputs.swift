import Entities
import Foundation

/// Defaults that depend on the machine.
enum ReportBatchDefaults {
    static var jobs: Int { ReportBatch.defaultJobs }
}

/// What a worker makes of one input: the command's output for it, and the report's fingerprint, by which
/// a report given twice is noticed.
struct ReadInput<Output> {
    var output: Output
    var fingerprint: ReportFingerprint

    init(_ output: Output, of report: Report) {
        self.output = output
        fingerprint = ReportFingerprint(report)
    }
}

/// Reads the input files of a run, streaming: each input is worked on (read, linked, turned into what
/// the output needs) on one of `jobs` threads and handed over in input order as soon as it is ready, so
/// that a run holds only a few reports at a time. The bad ones become failures, listed at the end (or,
/// with `--strict`, the first bad one in input order stops the run). A report given twice — the same
/// file under two names, or a `.txt` beside its `.docx` — is used once, with a warning (an error with
/// `--strict`).
enum ReportInputs {
    /// Runs `work` on every input and gives each good input's result to `consume`, in input order.
    /// Returns the failures, in input order. Warnings about how an input's bytes were read go to standard
    /// error as its result is consumed. Shows progress on a terminal (see ``Progress``). Stops with
    /// ``OutputClosed`` when standard output's reader has gone.
    /// - Parameter maximumBytes: the largest input read (see ``CommonOptions/maximumInputBytes(_:)``).
    /// - Complexity: O(n) calls of `work` on `jobs` threads; at most `2 · jobs` results wait at a time.
    static func stream<Output>(_ paths: [String], jobs: Int, strict: Bool, maximumBytes: Int,
                               work: (RunInput) throws -> ReadInput<Output>,
                               consume: (Output) throws -> Void) throws -> [InputError] {
        func attempt(_ path: String) -> Result<(ReadInput<Output>, [String]), InputError> {
            let input = RunInput(path: path, maximumBytes: maximumBytes)
            do { return .success((try work(input), input.notices)) } catch let error as InputError {
                return .failure(error)
            } catch {
                return .failure(InputError(file: path, message: "\(error)"))
            }
        }
        let sizes = Progress.sizes(of: paths)
        let progress = Progress(sizes: sizes)
        var failures: [InputError] = []
        var seen: [ReportFingerprint: String] = [:]
        var warnings: [String] = []
        defer {
            progress.finish()
            for warning in warnings { StandardError.warn(warning) }
        }
        try ReportBatch.forEach(paths, jobs: jobs, work: attempt) { index, result in
            progress.advance(bytes: sizes[index])
            switch result {
            case .success(let (read, notices)):
                if !notices.isEmpty {
                    progress.finish()
                    FileHandle.standardError.write(Data((TerminalText.lines(notices) + "\n").utf8))
                }
                if let first = seen[read.fingerprint] {
                    let what = first == paths[index] ? "is given twice" : "is the same report as \(first) (the same period and items)"
                    if strict { throw InputError(file: paths[index], message: "this report \(what)", hint: "give each report once") }
                    warnings.append("\(paths[index]): this report \(what); it is read once")
                    return
                }
                seen[read.fingerprint] = paths[index]
                try consume(read.output)
                if OutputSink.readerClosed { throw OutputClosed() }
            case .failure(let error):
                if strict { throw error }
                failures.append(error)
            }
        }
        return failures
    }

    /// The status at the end of a run: failures are listed and make it non-zero.
    static func finish(_ failures: [InputError]) throws -> ExitStatus {
        guard failures.isEmpty else { throw InputFailures(failures: failures) }
        return .success
    }
}

extension OutputSink {
    /// Runs `body`, which writes the output, then commits it; on any error the output is discarded
    /// (nothing is left) and the error rethrown.
    func writing<T>(_ body: (OutputSink) throws -> T) throws -> T {
        do {
            let result = try body(self)
            try commit()
            return result
        } catch {
            discard()
            if OutputSink.readerClosed { throw OutputClosed() }
            throw error
        }
    }
}
