import Entities
import Graph

/// `linkgraph dormant FILE...`: partnerships gone quiet.
enum DormantCommand {
    static let formats = ["table", "csv", "json"]
    static let levels: [GraphLevel] = [.org, .place]

    static let spec = CommandSpec(
        name: "dormant",
        abstract: "Find dormant partnerships: agreements, twin cities and regular partners with no recent activity.",
        arguments: "FILE...",
        options: [
            OptionSpec(long: "as-of", short: nil, value: "DATE", help: "Judge silence as of this day (YYYY-MM-DD; default: the last day of the latest reporting period among the inputs)."),
            OptionSpec(long: "quiet-for", short: nil, value: "PERIOD", help: "Dormant after this long without activity: 12m (default), 18m, 2y, 4q, 90d."),
            OptionSpec(long: "min-events", short: nil, value: "N", help: "Joint events that make a partnership without an agreement or twinning (default 2)."),
            GraphInputs.levelOption(levels),
            OptionSpec(long: "all", short: "a", value: nil, help: "List every tie with its status (dormant, active, not-judged, one-off), not only the dormant ones."),
            CommonOptions.format(formats, help: "table (default), csv or json."),
            CommonOptions.gazetteer, CommonOptions.output, CommonOptions.jobs, CommonOptions.strict, CommonOptions.maximumInput,
        ],
        discussion: """
        A partnership is a pair with an agreement, twinning or a planned document, or with at least --min-events joint events. \
        It is dormant when its last recorded activity is older than --quiet-for before --as-of, or when its \
        silence is at least three of its own usual gaps between active quarters. A pair is judged only \
        against the reports that could have mentioned it: those of the levels (municipal, regional) that \
        reported it; a pair with no covered quarter after its last activity is "not-judged". Sorted by \
        how long each has been silent.
        """)

    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        let format = try CommonOptions.format(arguments, formats)
        let level = try GraphInputs.level(arguments, allowed: levels)
        let quietText = arguments.value("quiet-for") ?? "12m"
        guard let quiet = QuietPeriod(quietText) else {
            throw UsageError(command: spec.name, message: "'--quiet-for' takes a number and a unit (d, m, q, y) such as 12m, not '\(quietText)'")
        }
        let minimumEvents = try GraphInputs.count(arguments, "min-events", default: 2, minimum: 1)
        let explicitAsOf = try GraphInputs.date(arguments, "as-of")
        _ = try CommonOptions.inputs(arguments)
        let gazetteer = try GazetteerOptions.load(arguments)
        let failures = try OutputDestination(path: arguments.value("output")).open().writing { out in
            var inputs = try GraphInputs(arguments, gazetteer: gazetteer, level: level)
            let coverage = inputs.coverage
            guard let asOf = explicitAsOf ?? coverage.latest?.end else {
                // Inputs that could not be read are the reason when there are any: name them.
                if !inputs.failures.isEmpty { throw InputFailures(failures: inputs.failures) }
                throw UsageError(command: spec.name, message: "no input names its reporting period, so there is no default as-of date: give --as-of")
            }
            let graph = inputs.graph()
            var rows = Dormancy(coverage: coverage, asOf: asOf, quiet: quiet, minimumEvents: minimumEvents).assess(graph)
            if !arguments.has("all") { rows = rows.filter { $0.status == .dormant } }
            switch format {
            case "csv": out += DormancyOutput.csv(rows, graph: graph)
            case "json": out += DormancyOutput.json(rows, graph: graph, coverage: coverage, asOf: asOf, quiet: quietText)
            default: out += DormancyOutput.table(rows, graph: graph, coverage: coverage, asOf: asOf, quiet: quietText)
            }
            return inputs.failures
        }
        return try ReportInputs.finish(failures)
    }
}
