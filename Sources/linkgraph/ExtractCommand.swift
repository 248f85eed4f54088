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
    /// A piece of what extract makes of one report: its JSON text, piece by piece, then the entities it
    /// names; or, for the table, its mentions.
    enum Piece {
        case json([UInt8])
        case entities(unknowns: [String: UnknownEntity], referenced: Set<String>)
        case table(MentionTable.Mentions, unknowns: [String: UnknownEntity])
    }

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
                                                   maximumBytes: maximumBytes, waitingPieces: 256 /* of 64 KB: 16 MB */, work: { (input, emit: (Piece) throws -> Void) in
                let report = try input.report()
                if format == "table" {
                    let linked = linker.link(report)
                    try emit(.table(MentionTable.Mentions(linked), unknowns: linked.unknowns))
                } else {
                    let (unknowns, referenced) = try ExtractJSON.write(report, linker: linker, indent: 2, level: 2) { try emit(.json($0)) }
                    try emit(.entities(unknowns: unknowns, referenced: referenced))
                }
            }) { piece, first in
                switch piece {
                case .json(let bytes):
                    if first { out += stream.beginElement() }
                    out += bytes
                case .entities(let unknowns, let ids):
                    catalog.add(unknowns: unknowns)
                    referenced.formUnion(ids)
                case .table(let table, let unknowns):
                    catalog.add(unknowns: unknowns)
                    tables.append(table)
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
