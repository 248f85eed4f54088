import Entities
import Graph

/// `linkgraph graph FILE...`: the partnership graph as DOT, GraphML, GEXF, JSON, HTML or SVG.
enum GraphCommand {
    static let spec = CommandSpec(
        name: "graph",
        abstract: "Build the partnership graph of Smolensk bodies and foreign counterparts and export it.",
        arguments: "FILE...",
        options: [
            CommonOptions.format(GraphFormat.allCases.map(\.rawValue), help: "dot (Graphviz, the default), graphml (Gephi, yEd, Cytoscape, networkx), gexf (Gephi, with a timeline), json, html (one interactive page, no network needed) or svg (a picture, no Graphviz needed)."),
            GraphInputs.levelOption(),
            OptionSpec(long: "country", short: "c", value: "CODES", help: "Keep foreign partners in these countries only: BY,CN (ISO 3166 alpha-2)."),
            OptionSpec(long: "since", short: nil, value: "DATE", help: "Keep evidence that ends on or after this day (YYYY-MM-DD)."),
            OptionSpec(long: "until", short: nil, value: "DATE", help: "Keep evidence that starts on or before this day (YYYY-MM-DD)."),
            OptionSpec(long: "relation", short: "r", value: "KINDS", help: "Keep these relations only: agreement,twinning,planned,event.",
                       choices: Relation.allCases.map(\.rawValue)),
            OptionSpec(long: "min-events", short: nil, value: "N", help: "Keep edges with at least N distinct report items as evidence."),
            CommonOptions.gazetteer, CommonOptions.output, CommonOptions.jobs, CommonOptions.strict, CommonOptions.maximumInput,
        ],
        discussion: """
        An edge joins a Smolensk-region body and a foreign counterpart (an entity whose country is not RU). \
        Its relations: agreement (a document signed between them), twinning (twin or partner cities), \
        planned (a document to be signed, not signed yet), \
        event (both took part in an item). Every edge keeps its evidence: report, item, dates, relation \
        and a short quote. Render DOT with: dot -Tsvg graph.dot -o graph.svg. Or let linkgraph draw it: \
        -f html -o graph.html writes one page to open in a browser (search, filters, evidence on click, a \
        time slider that shows partnerships going dormant as the dormant command judges them, 12m quiet); \
        -f svg -o graph.svg a static picture.
        """)

    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        let format = try CommonOptions.format(arguments, GraphFormat.allCases.map(\.rawValue))
        let level = try GraphInputs.level(arguments)
        let filter = try self.filter(arguments)
        _ = try CommonOptions.inputs(arguments)
        let gazetteer = try GazetteerOptions.load(arguments)
        // The output is checked and opened before the inputs are read, and written as it is rendered.
        let failures = try OutputDestination(path: arguments.value("output")).open().writing { out in
            var inputs = try GraphInputs(arguments, gazetteer: gazetteer, level: level)
            let whole = inputs.graph()
            for code in filter.countries.subtracting(whole.partnerCountries).sorted() {
                StandardError.warn("--country \(code): no partner in \(code) in these reports")
            }
            let graph = filter.apply(whole)
            var sink = out
            GraphFormat(rawValue: format)!.render(graph, coverage: inputs.coverage, to: &sink)
            return inputs.failures
        }
        return try ReportInputs.finish(failures)
    }

    static func filter(_ arguments: ParsedArguments) throws -> GraphFilter {
        var filter = GraphFilter()
        if let codes = arguments.value("country") {
            let list = codes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            guard !list.isEmpty, list.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }) else {
                throw UsageError(command: spec.name, message: "'--country' takes ISO 3166 alpha-2 codes separated by commas, such as BY,CN, not '\(codes)'")
            }
            filter.countries = Set(list)
        }
        filter.since = try GraphInputs.date(arguments, "since")
        filter.until = try GraphInputs.date(arguments, "until")
        if let since = filter.since, let until = filter.until, since > until {
            throw UsageError(command: spec.name, message: "'--since' \(since.iso) is after '--until' \(until.iso)")
        }
        if let kinds = arguments.value("relation") {
            var relations: Set<Relation> = []
            for kind in kinds.split(separator: ",") {
                guard let relation = Relation(rawValue: kind.trimmingCharacters(in: .whitespaces)) else {
                    throw UsageError(command: spec.name, message: "'--relation' takes agreement, twinning, planned and event separated by commas, not '\(kind)'")
                }
                relations.insert(relation)
            }
            filter.relations = relations
        }
        filter.minimumEvents = try GraphInputs.count(arguments, "min-events", default: 0)
        return filter
    }
}
