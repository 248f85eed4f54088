import Entities

/// One input of a run as a command's work sees it: reads the report with the run's size limit and keeps
/// the warnings about how its bytes were read, which ``ReportInputs`` prints on standard error, in input
/// order, as `linkgraph: FILE:LINE: warning: …`.
final class RunInput {
    let path: String
    let maximumBytes: Int
    private(set) var readingWarnings: [ReportWarning] = []

    init(path: String, maximumBytes: Int) {
        self.path = path
        self.maximumBytes = maximumBytes
    }

    /// The report, read (see ``ReportReader/read(path:maximumBytes:)``).
    func report() throws -> Report {
        let report = try ReportReader.read(path: path, maximumBytes: maximumBytes)
        readingWarnings += report.readingWarnings
        return report
    }

    /// The lines for standard error.
    var notices: [String] {
        readingWarnings.map { warning in
            "linkgraph: \(path)\(warning.line.map { ":\($0)" } ?? ""): warning: \(warning.message)"
        }
    }
}
