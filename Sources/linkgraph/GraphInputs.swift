import Entities
import Graph

/// The part of a run that `graph` and `dormant` share: read and link the inputs on worker threads, and
/// turn each into graph evidence as it arrives (``GraphPipeline``), so that a run holds the graph's
/// evidence and a few reports at a time, not all the reports.
struct GraphInputs {
    let failures: [InputError]
    private var pipeline: GraphPipeline

    /// Reads, links and reduces the inputs on worker threads, in input order.
    init(_ arguments: ParsedArguments, gazetteer: Gazetteer, level: GraphLevel) throws {
        // The command has checked the inputs (and that no output is one of them) before the gazetteer.
        let paths = arguments.positionals
        let jobs = try CommonOptions.jobs(arguments)
        let maximumBytes = try CommonOptions.maximumInputBytes(arguments)
        var pipeline = GraphPipeline(gazetteer: gazetteer, level: level)
        let linker = pipeline.linker
        failures = try ReportInputs.stream(paths, jobs: jobs, strict: arguments.has("strict"),
                                          maximumBytes: maximumBytes, work: { input, emit in
            try GraphPipeline.parts(of: try input.report(), linker: linker, emit: emit)
        }) { part, _ in
            pipeline.add(part)
        }
        self.pipeline = pipeline
    }

    /// The quarters and levels the good inputs cover.
    var coverage: ReportCoverage { pipeline.coverage }

    /// The graph at the level given.
    mutating func graph() -> PartnershipGraph { pipeline.graph() }

    /// `--level`, offering the levels a command takes (its help and completion list only those).
    static func levelOption(_ allowed: [GraphLevel] = GraphLevel.allCases) -> OptionSpec {
        let meanings = allowed.map { level -> String in
            switch level {
            case .org: return "org: entities as named (default)"
            case .place: return "place: organizations rolled up to their city or district"
            case .country: return "country: foreign partners rolled up to their country"
            }
        }
        return OptionSpec(long: "level", short: "l", value: allowed.map(\.rawValue).joined(separator: "|"),
                          help: meanings.joined(separator: "; ") + ".", choices: allowed.map(\.rawValue))
    }

    static func level(_ arguments: ParsedArguments, allowed: [GraphLevel] = GraphLevel.allCases) throws -> GraphLevel {
        guard let value = arguments.value("level") else { return .org }
        guard let level = GraphLevel(rawValue: value), allowed.contains(level) else {
            throw UsageError(command: arguments.command.name, message: "'--level' must be one of \(allowed.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
        }
        return level
    }

    /// A `YYYY-MM-DD` option value.
    static func date(_ arguments: ParsedArguments, _ option: String) throws -> CalendarDate? {
        guard let value = arguments.value(option) else { return nil }
        guard let date = CalendarDate(iso: value) else {
            throw UsageError(command: arguments.command.name, message: "'--\(option)' takes a date as YYYY-MM-DD, not '\(value)'")
        }
        return date
    }

    /// A whole-number option value at least `minimum`.
    static func count(_ arguments: ParsedArguments, _ option: String, default value: Int, minimum: Int = 0) throws -> Int {
        guard let text = arguments.value(option) else { return value }
        guard let number = Int(text), number >= minimum else {
            throw UsageError(command: arguments.command.name, message: "'--\(option)' takes a whole number of at least \(minimum), not '\(text)'")
        }
        return number
    }
}
