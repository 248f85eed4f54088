import Entities

/// Defaults that depend on the machine.
enum ReportBatchDefaults {
    static var jobs: Int { ReportBatch.defaultJobs }
}

/// Reads the input files of a run: the good ones become reports, the bad ones failures (or, with
/// `--strict`, the first bad one stops the run).
enum ReportInputs {
    static func read(_ paths: [String], jobs: Int, strict: Bool) throws -> (reports: [Report], failures: [InputError]) {
        let results: [Result<Report, InputError>] = ReportBatch.map(paths, jobs: strict ? 1 : jobs) { path in
            do { return .success(try ReportReader.read(path: path)) } catch let error as InputError {
                return .failure(error)
            } catch {
                return .failure(InputError(file: path, message: "\(error)"))
            }
        }
        var reports: [Report] = [], failures: [InputError] = []
        for result in results {
            switch result {
            case .success(let report): reports.append(report)
            case .failure(let error):
                if strict { throw error }
                failures.append(error)
            }
        }
        return (reports, failures)
    }

    /// The status at the end of a run: failures are listed and make it non-zero.
    static func finish(_ failures: [InputError]) throws -> ExitStatus {
        guard failures.isEmpty else { throw InputFailures(failures: failures) }
        return .success
    }
}
