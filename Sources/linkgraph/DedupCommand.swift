import Entities
import Foundation

/// `linkgraph dedup FILE...`: groups of organization names that denote the same body.
enum DedupCommand {
    static let formats = ["table", "json"]

    static let spec = CommandSpec(
        name: "dedup",
        abstract: "Group the organization names that denote the same body, and propose gazetteer lines for them.",
        arguments: "FILE...",
        options: [
            OptionSpec(long: "threshold", short: nil, value: "X",
                       help: "The similarity (0 to 1) two names need to be grouped by their words (default \(NameComparer.format(Deduplicator.defaultThreshold)))."),
            OptionSpec(long: "decisions", short: nil, value: "FILE",
                       help: "Read accept/reject/split decisions from FILE; when FILE does not exist, create it with the syntax and the groups proposed."),
            OptionSpec(long: "emit-gazetteer", short: nil, value: "FILE",
                       help: "Write the proposed gazetteer lines to FILE (new entities as blocks, names for known ones commented)."),
            CommonOptions.format(formats, help: "table (default): the groups for people; json: for scripts."),
            CommonOptions.gazetteer, CommonOptions.output, CommonOptions.jobs, CommonOptions.strict, CommonOptions.maximumInput,
        ],
        discussion: """
        Names are compared after normalization: case endings folded, lexicon abbreviations expanded (СШ, ДМШ, \
        горисполком), the legal form (МБОУ, ГУО, ОАО) set apart, quotes and punctuation dropped; numbers and \
        places are hard constraints (different numbers or places never group). Names the gazetteer links to \
        one entity group; names it links to different entities never do. Each group has a stable id (from \
        its names) for the decisions file: 'accept ID', 'reject ID', 'split ID: NAME | NAME'.
        """)

    static func run(_ arguments: ParsedArguments) throws -> ExitStatus {
        let format = try CommonOptions.format(arguments, formats)
        let threshold = try self.threshold(arguments)
        let paths = try CommonOptions.inputs(arguments)
        let decisionsPath = arguments.value("decisions")
        var decisions: DedupDecisions?
        var createDecisions = false
        if let decisionsPath {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: decisionsPath, isDirectory: &isDirectory) {
                guard !isDirectory.boolValue else {
                    throw UsageError(command: spec.name, message: "'--decisions' needs a file, and '\(decisionsPath)' is a folder")
                }
                do {
                    decisions = try DedupDecisions.load(path: decisionsPath)
                } catch {
                    throw DataFileError(underlying: error)
                }
            } else {
                createDecisions = true
            }
        }
        // Every output is checked and opened before the reports are read, so that a run that cannot
        // write one of them stops at once; the outputs appear together when the run is done.
        let output = try OutputDestination(path: arguments.value("output")).open()
        let proposals = try arguments.value("emit-gazetteer").map { try OutputDestination(path: $0).open() }
        let newDecisions = try (createDecisions ? decisionsPath : nil).map { try OutputDestination(path: $0).open() }
        let sinks = [output] + [proposals, newDecisions].compactMap { $0 }
        do {
            return try run(arguments, paths: paths, threshold: threshold, format: format, decisions: decisions,
                           output: output, proposals: proposals, newDecisions: newDecisions)
        } catch {
            for sink in sinks { sink.discard() }
            throw error
        }
    }

    private static func run(_ arguments: ParsedArguments, paths: [String], threshold: Double, format: String,
                            decisions: DedupDecisions?, output: OutputSink, proposals: OutputSink?,
                            newDecisions: OutputSink?) throws -> ExitStatus {
        let gazetteer = try GazetteerOptions.load(arguments)
        // Grouping compares names across all reports: each report is reduced to its organization names as
        // it is linked, and only the names are kept.
        let linker = Linker(gazetteer: gazetteer)
        var names = NameVariantTable(gazetteer: gazetteer)
        var sources: [String] = []
        let jobs = try CommonOptions.jobs(arguments)
        let failures = try ReportInputs.stream(paths, jobs: jobs, strict: arguments.has("strict"),
                                               maximumBytes: try CommonOptions.maximumInputBytes(arguments), work: { input, emit in
            let report = try input.report()
            try emit((report.source, NameVariantTable(linking: report, linker: linker)))
        }) { (report: (source: String, names: NameVariantTable), _) in
            sources.append(report.source)
            names.add(report.names)
        }
        var result = Deduplicator(gazetteer: gazetteer, threshold: threshold, jobs: jobs).run(variants: names.takeVariants(), decisions: decisions)
        result.sources = sources
        switch format {
        case "json":
            // The document's bytes as they are made, then its line feed: a string of them, or the two
            // joined, would be a copy of the document (15 MB for 100 MB of reports).
            output.write(utf8: DedupJSON.document(result).utf8(indent: 2))
            output.write("\n")
        default:
            output.write(DedupTable.render(result))
        }
        proposals?.write(GazetteerProposal(gazetteer: gazetteer).file(for: result.groups))
        newDecisions?.write(DedupDecisions.template(for: result.groups))
        try output.commit()
        try proposals?.commit()
        try newDecisions?.commit()
        return try ReportInputs.finish(failures)
    }

    static func threshold(_ arguments: ParsedArguments) throws -> Double {
        guard let value = arguments.value("threshold") else { return Deduplicator.defaultThreshold }
        guard let number = Double(value), number.isFinite, (0...1).contains(number) else {
            throw UsageError(command: spec.name, message: "'--threshold' takes a number from 0 to 1, not '\(value)'")
        }
        return number
    }
}
