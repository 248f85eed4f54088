import Entities

/// Defaults that depend on the machine.
enum ReportBatchDefaults {
    static var jobs: Int { ReportBatch.defaultJobs }
}

/// Reads the input files of a run: the good ones become reports, the bad ones failures (or, with
/// `--strict`, the first bad one stops the run).
enum ReportInputs {
    static func read(_ paths: [String], jobs: Int, strict: Bool) throws -> (reports: [Report], failures: [InputError]) {
        try process(paths, jobs: jobs, strict: strict) { try ReportReader.read(path: $0) }
    }

    /// Runs `work` on every input, in parallel and in input order. Failures are collected; with
    /// `strict` the inputs are taken one at a time and the first failure stops the run.
    static func process<Output>(_ paths: [String], jobs: Int, strict: Bool, _ work: (String) throws -> Output) throws -> (reports: [Output], failures: [InputError]) {
        func attempt(_ path: String) -> Result<Output, InputError> {
            do { return .success(try work(path)) } catch let error as InputError {
                return .failure(error)
            } catch {
                return .failure(InputError(file: path, message: "\(error)"))
            }
        }
        if strict {
            var outputs: [Output] = []
            for path in paths {
                switch attempt(path) {
                case .success(let output): outputs.append(output)
                case .failure(let error): throw error
                }
            }
            return (outputs, [])
        }
        var outputs: [Output] = [], failures: [InputError] = []
        for result in ReportBatch.map(paths, jobs: jobs, attempt) {
            switch result {
            case .success(let output): outputs.append(output)
            case .failure(let error): failures.append(error)
            }
        }
        return (outputs, failures)
    }

    /// The status at the end of a run: failures are listed and make it non-zero.
    static func finish(_ failures: [InputError]) throws -> ExitStatus {
        guard failures.isEmpty else { throw InputFailures(failures: failures) }
        return .success
    }
}
