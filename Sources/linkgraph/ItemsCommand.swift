import Entities

/// `linkgraph items FILE...`: the reports' items as JSON or a table.
enum ItemsCommand {
    static let formats = ["json", "table"]

    static let spec = CommandSpec(
        name: "items",
        abstract: "Read reports into their numbered items: fields, sections, dates.",
        arguments: "FILE...",
        options: [
            CommonOptions.format(formats, help: "json (default) or table, for people to read."),
            CommonOptions.output, CommonOptions.jobs, CommonOptions.strict, CommonOptions.maximumInput,
        ],
        discussion: """
        FILE is a report as text (UTF-8, UTF-16, Windows-1251 or KOI8-R) or as a Word .docx file, \
        recognized by its content; - reads standard input (pipes, FIFOs and /dev/stdin are read as \
        streams). Warnings (dates outside the reporting quarter, numbering gaps, bytes that are not \
        UTF-8) are in the output and do not change the exit status; bytes that are not UTF-8 are also \
        named on stderr, line by line.
        """)

    /// Each report is read and rendered on a worker thread, written in input order, and dropped.
    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        let format = try CommonOptions.format(arguments, formats)
        let paths = try CommonOptions.inputs(arguments)
        let jobs = try CommonOptions.jobs(arguments)
        let maximumBytes = try CommonOptions.maximumInputBytes(arguments)
        let failures = try OutputDestination(path: arguments.value("output")).open().writing { out in
            var stream = JSONDocumentStream()
            var written = 0
            if format == "json" { out += stream.begin() + stream.beginArray("reports") }
            let failures = try ReportInputs.stream(paths, jobs: jobs, strict: arguments.has("strict"),
                                                   maximumBytes: maximumBytes, waitingPieces: 256 /* of 64 KB: 16 MB */, work: { input, emit in
                let report = try input.report()
                if format == "table" {
                    try ItemTable.write(report) { try emit(Array($0.utf8)) }
                } else {
                    var writer = ReportJSON.Writer(report, indent: 2, level: 2)
                    for item in report.items { if let piece = writer.add(item) { try emit(piece) } }
                    try emit(writer.finish())
                }
            }) { piece, first in
                if first {
                    if format == "table" {
                        if written > 0 { out += "\n" }
                    } else {
                        out += stream.beginElement()
                    }
                    written += 1
                }
                out += piece
            }
            if format == "json" { out += stream.endArray() + stream.end() }
            return failures
        }
        return try ReportInputs.finish(failures)
    }
}
