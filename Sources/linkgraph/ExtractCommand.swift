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
            CommonOptions.gazetteer, CommonOptions.output, CommonOptions.jobs, CommonOptions.strict, CommonOptions.maximumInput,
        ],
        discussion: """
        Each item gets "mentions" ({"text","field","start","end","entity"}; start and end are UTF-8 byte \
        offsets into the report's text) and the output gets "entities" ({"id","name","kind","country",\
        "parent","known","smolensk"}). Names not in the gazetteer are kept with known: false and an id \
        starting with x-.
        """)

    /// What a worker makes of one report: its JSON (or its mentions, for the table) and what the entity
    /// list at the end needs.
    struct Linked {
        var json: [UInt8]
        var table: MentionTable.Mentions?
        var unknowns: [String: UnknownEntity]
        var referenced: Set<String>
    }

    /// Reports are read, linked and rendered on worker threads; each report's JSON is written in input
    /// order as soon as it is ready, and the `entities` list, which needs them all, at the end.
    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        let format = try CommonOptions.format(arguments, formats)
        let paths = try CommonOptions.inputs(arguments)
        let jobs = try CommonOptions.jobs(arguments)
        let maximumBytes = try CommonOptions.maximumInputBytes(arguments)
        let gazetteer = try GazetteerOptions.load(arguments)
        let linker = Linker(gazetteer: gazetteer)
        let failures = try OutputDestination(path: arguments.value("output")).open().writing { out in
            var catalog = EntityCatalog(gazetteer: gazetteer)
            var referenced: Set<String> = []
            var tables: [MentionTable.Mentions] = []
            var stream = JSONDocumentStream()
            if format == "json" { out += stream.begin() + stream.beginArray("reports") }
            let failures = try ReportInputs.stream(paths, jobs: jobs, strict: arguments.has("strict"),
                                                       maximumBytes: maximumBytes, work: { input -> ReadInput<Linked> in
                let linked = linker.link(try input.report())
                let table = format == "table" ? MentionTable.Mentions(linked) : nil
                let json = format == "json" ? ExtractJSON.utf8(linked, indent: 2, level: 2) : []
                return ReadInput(Linked(json: json, table: table, unknowns: linked.unknowns, referenced: ExtractJSON.referencedIDs(linked)),
                                 of: linked.report)
            }) { linked in
                catalog.add(unknowns: linked.unknowns)
                if let table = linked.table {
                    tables.append(table)
                } else {
                    referenced.formUnion(linked.referenced)
                    out += stream.element(linked.json)
                }
            }
            if format == "table" {
                out += MentionTable.render(tables, catalog: catalog)
            } else {
                out += stream.endArray() + stream.beginArray("entities")
                for entity in ExtractJSON.entities(referenced, catalog: catalog) { out += stream.element(entity) }
                out += stream.endArray() + stream.end()
            }
            return failures
        }
        return try ReportInputs.finish(failures)
    }
}
