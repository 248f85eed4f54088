import Entities

/// `linkgraph extract FILE...`: items with the entities they mention.
enum ExtractCommand {
    static let formats = ["json", "table"]

    static let spec = CommandSpec(
        name: "extract",
        abstract: "Link every organization, place and person the reports name to a canonical entity.",
        arguments: "FILE...",
        options: [
            CommonOptions.format(formats, help: "json (default): items with mentions, and the entities; table: mentions for people to read."),
            CommonOptions.gazetteer, CommonOptions.output, CommonOptions.jobs, CommonOptions.strict,
        ],
        discussion: """
        Each item gets "mentions" ({"text","field","start","end","entity"}; start and end are UTF-8 byte \
        offsets into the report's text) and the output gets "entities" ({"id","name","kind","country",\
        "parent","known","smolensk"}). Names not in the gazetteer are kept with known: false and an id \
        starting with x-.
        """)

    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        let format = try CommonOptions.format(arguments, formats)
        let paths = try CommonOptions.inputs(arguments)
        let gazetteer = try GazetteerOptions.load(arguments)
        let (linked, failures) = try LinkedInputs.read(paths, gazetteer: gazetteer, arguments: arguments)
        let catalog = EntityCatalog(gazetteer: gazetteer, reports: linked)
        let text: String
        switch format {
        case "table": text = MentionTable.render(linked, catalog: catalog)
        default: text = ExtractJSON.document(linked, catalog: catalog).serialized(indent: 2) + "\n"
        }
        try OutputDestination(path: arguments.value("output")).write(text)
        return try ReportInputs.finish(failures)
    }
}

/// Reads and links the inputs of a run, in parallel, in input order.
enum LinkedInputs {
    static func read(_ paths: [String], gazetteer: Gazetteer, arguments: ParsedArguments) throws -> (reports: [LinkedReport], failures: [InputError]) {
        let linker = Linker(gazetteer: gazetteer)
        return try ReportInputs.process(paths, jobs: try CommonOptions.jobs(arguments), strict: arguments.has("strict")) { path in
            linker.link(try ReportReader.read(path: path))
        }
    }
}
