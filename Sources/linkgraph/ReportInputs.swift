import Entities
import Foundation

/// Defaults that depend on the machine.
enum ReportBatchDefaults {
    static var jobs: Int { ReportBatch.defaultJobs }
}

/// A piece of what a worker makes of one input, in the order the consumer takes them: the report is
/// read (its fingerprint, by which a report given twice is noticed, and the warnings on how its bytes
/// were read), then the command's output for it in as many pieces as the command makes; or the input
/// could not be read.
enum InputPiece<Output> {
    case read(ReportFingerprint, notices: [String])
    case output(Output)
    case failed(InputError)
}

/// Reads the input files of a run, streaming: each input is worked on (read, linked, turned into what
/// the output needs) on one of `jobs` threads and handed over in input order, piece by piece as it is
/// made, so that a run holds only a few reports at a time and never a report's whole output. The bad
/// ones become failures, listed at the end (or, with `--strict`, the first bad one in input order stops
/// the run). A report given twice — the same file under two names, or a `.txt` beside its `.docx` — is
/// used once, with a warning (an error with `--strict`).
enum ReportInputs {
    /// Runs `work` on every input and gives each good input's pieces to `consume`, in input order (with
    /// whether the piece is its report's first). `work` reads its report with ``RunInput/report()`` and
    /// hands each piece of its output to `emit`.
    ///
    /// Returns the failures, in input order. Warnings about how an input's bytes were read go to standard
    /// error as it is consumed. Shows progress on a terminal (see ``Progress``). Stops with
    /// ``OutputClosed`` when standard output's reader has gone.
    /// - Parameter maximumBytes: the largest input read (see ``CommonOptions/maximumInputBytes(_:)``).
    /// - Parameter waitingPieces: how many pieces of an input may wait for the consumer (see
    ///   ``ReportBatch/stream(_:jobs:waitingPieces:work:consume:)``): a few megabytes' worth.
    /// - Complexity: O(n) calls of `work` on `jobs` threads; a few pieces of a few inputs wait at a time.
    static func stream<Output>(_ paths: [String], jobs: Int, strict: Bool, maximumBytes: Int,
                               waitingPieces: Int = ReportBatch.waitingPieces,
                               work: (RunInput, _ emit: (Output) throws -> Void) throws -> Void,
                               consume: (Output, _ first: Bool) throws -> Void) throws -> [InputError] {
        func attempt(_ path: String, _ emit: (InputPiece<Output>) throws -> Void) throws {
            do {
                try withoutActuallyEscaping(emit) { emit in
                    let input = RunInput(path: path, maximumBytes: maximumBytes) { report, notices in
                        try emit(.read(ReportFingerprint(report), notices: notices))
                    }
                    try work(input) { try emit(.output($0)) }
                }
            } catch let stopped as ReportBatch.Stopped {
                throw stopped
            } catch let error as InputError {
                try emit(.failed(error))
            } catch {
                try emit(.failed(InputError(file: path, message: "\(error)")))
            }
        }
        let sizes = Progress.sizes(of: paths)
        let progress = Progress(sizes: sizes)
        var failures: [InputError] = []
        var seen: [ReportFingerprint: String] = [:]
        var warnings: [String] = []
        var skipping = false, first = false
        defer {
            progress.finish()
            for warning in warnings { StandardError.warn(warning) }
        }
        // Inputs are worked on side by side while they weigh at most the largest or 32 MB together: large
        // files one at a time, so memory stays within a few times the largest file.
        let budget = max(sizes.max() ?? 0, 32 << 20)
        try ReportBatch.stream(paths, jobs: jobs, waitingPieces: waitingPieces + 1, weights: sizes, budget: budget, work: attempt) { index, piece in
            switch piece {
            case .read(let fingerprint, let notices):
                progress.advance(bytes: sizes[index])
                if !notices.isEmpty {
                    progress.finish()
                    FileHandle.standardError.write(Data((TerminalText.lines(notices) + "\n").utf8))
                }
                first = true
                skipping = false
                if let earlier = seen[fingerprint] {
                    let what = earlier == paths[index] ? "is given twice" : "is the same report as \(earlier) (the same period and items)"
                    if strict { throw InputError(file: paths[index], message: "this report \(what)", hint: "give each report once") }
                    warnings.append("\(paths[index]): this report \(what); it is read once")
                    skipping = true
                } else {
                    seen[fingerprint] = paths[index]
                }
            case .output(let output):
                guard !skipping else { return }
                try consume(output, first)
                first = false
                if OutputSink.readerClosed { throw OutputClosed() }
            case .failed(let error):
                progress.advance(bytes: sizes[index])
                if strict { throw error }
                failures.append(error)
            }
        }
        return failures
    }

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
