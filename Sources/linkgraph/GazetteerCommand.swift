import Entities

/// `linkgraph gazetteer check`: loads and checks the gazetteer, and prints what it holds.
enum GazetteerCommand {
    static let spec = CommandSpec(
        name: "gazetteer",
        abstract: "Check the gazetteer (and folders added with --gazetteer) and count its entities.",
        arguments: "check",
        options: [CommonOptions.gazetteer],
        discussion: "Errors name the file and line: duplicate ids, unknown parents, cycles, a name claimed by two entities not marked ambiguous, malformed lines.",
        argumentChoices: ["check"])

    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        guard arguments.positionals == ["check"] else {
            throw UsageError(command: spec.name, message: "the only gazetteer action is 'check'")
        }
        let gazetteer = try GazetteerOptions.load(arguments)
        // By kind, in the order of `EntityKind.allCases`; each entity's kind read in place (a loop over the
        // entities would copy every one).
        let kinds = EntityKind.allCases
        var counts = [Int](repeating: 0, count: kinds.count)
        let entities = gazetteer.entities
        for position in entities.indices { counts[kinds.firstIndex(of: entities[position].kind)!] += 1 }
        let summary = zip(kinds, counts).map { "\($1) \($0.rawValue)" }.joined(separator: ", ")
        print("gazetteer OK: \(gazetteer.entities.count) entities (\(summary)); \(gazetteer.index.patterns.count) names indexed")
        return .success
    }
}
