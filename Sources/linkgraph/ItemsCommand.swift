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
            CommonOptions.output, CommonOptions.jobs, CommonOptions.strict,
        ],
        discussion: """
        FILE is a report as text (UTF-8, UTF-16 or Windows-1251) or as a Word .docx file, recognized by \
        its content; - reads standard input. Warnings (dates outside the reporting quarter, numbering \
        gaps) are in the output and do not change the exit status.
        """)

    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        let format = try CommonOptions.format(arguments, formats)
        let paths = try CommonOptions.inputs(arguments)
        let (reports, failures) = try ReportInputs.read(paths, jobs: try CommonOptions.jobs(arguments), strict: arguments.has("strict"))
        let text: String
        switch format {
        case "table": text = reports.map(ItemTable.render).joined(separator: "\n")
        default: text = JSONValue.object([("reports", .array(reports.map { ReportJSON.report($0) }))]).serialized(indent: 2) + "\n"
        }
        try OutputDestination(path: arguments.value("output")).write(text)
        return try ReportInputs.finish(failures)
    }
}
