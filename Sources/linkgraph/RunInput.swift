import Entities

/// One input of a run as a command's work sees it: reads the report with the run's size limit and keeps
/// the warnings about how its bytes were read, which ``ReportInputs`` prints on standard error, in input
/// order, as `linkgraph: FILE:LINE: warning: …`.
final class RunInput {
    let path: String
    let maximumBytes: Int
    private(set) var readingWarnings: [ReportWarning] = []

    /// Told of the report once it is read, with ``notices``, before anything is made of it.
    private let onRead: (Report, [String]) throws -> Void

    init(path: String, maximumBytes: Int, onRead: @escaping (Report, [String]) throws -> Void = { _, _ in }) {
        self.path = path
        self.maximumBytes = maximumBytes
        self.onRead = onRead
    }

    /// The report, read (see ``ReportReader/read(path:maximumBytes:)``).
    func report() throws -> Report {
        let report = try ReportReader.read(path: path, maximumBytes: maximumBytes)
        readingWarnings += report.readingWarnings
        try onRead(report, notices)
        return report
    }

    /// The lines for standard error.
    var notices: [String] {
        readingWarnings.map { warning in
            "linkgraph: \(path)\(warning.line.map { ":\($0)" } ?? ""): warning: \(warning.message)"
        }
    }
}
