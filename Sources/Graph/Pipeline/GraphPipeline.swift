import Entities

/// The one way reports become a graph — link, reduce each item to what the graph needs, accumulate —
/// used alike by the command line, the benchmark and the tests.
///
/// On one thread, hand it reports (or reports linked already) and ask for the graph:
///
/// ```swift
/// var pipeline = GraphPipeline(gazetteer: gazetteer, level: .place)
/// for path in paths { pipeline.add(try ReportReader.read(path: path)) }
/// let graph = pipeline.graph()
/// ```
///
/// On several, workers call ``parts(of:linker:batch:emit:)``, which keeps no state, and one thread
/// adds the parts in input order (``add(_:)-(ReportGraphInput)``): the graph is the same.
/// - Complexity: O(n) in the size of the reports for a fixed gazetteer, holding `batch` items of a
///   report at a time and the graph's evidence (see ``GraphAccumulator``).
public struct GraphPipeline {
    /// The linker the reports are linked with.
    public let linker: Linker
    /// The quarters and levels of the reports added.
    public private(set) var coverage = ReportCoverage(reports: [])
    private var accumulator: GraphAccumulator

    public init(gazetteer: Gazetteer, level: GraphLevel = .org) {
        linker = Linker(gazetteer: gazetteer)
        accumulator = GraphAccumulator(gazetteer: gazetteer, level: level)
    }

    /// Links `report` and hands its graph input to `emit` in parts of at most `batch` items, each with
    /// the entities found by shape in its items: added in order, the parts give the graph the whole
    /// report gives, and a report's linked items are never held at once.
    /// - Complexity: O(n) in the size of the report for a fixed gazetteer; O(`batch`) items held.
    public static func parts(of report: Report, linker: Linker, batch: Int = 256,
                             emit: (ReportGraphInput) throws -> Void) rethrows {
        var part = ReportGraphInput(partOf: report)
        let rest = try linker.linkItems(report) { _, item, linked, unknowns in
            part.add(item, linked: linked)
            guard part.itemCount >= batch else { return }
            part.unknowns = unknowns
            unknowns = [:]
            try emit(part)
            part = ReportGraphInput(partOf: report)
        }
        part.unknowns = rest
        try emit(part)
    }

    /// Adds a part of a report's graph input, or a whole one; parts of a report in order.
    public mutating func add(_ input: ReportGraphInput) {
        coverage.add(input)
        accumulator.add(input)
    }

    /// Links a report and adds it, a few items at a time.
    public mutating func add(_ report: Report) {
        GraphPipeline.parts(of: report, linker: linker) { add($0) }
    }

    /// Adds a report the linker has linked already.
    public mutating func add(_ linked: LinkedReport) {
        add(ReportGraphInput(linked))
    }

    /// The graph of everything added, at the pipeline's level.
    public mutating func graph() -> PartnershipGraph { accumulator.finish() }

    /// The catalog so far: the gazetteer and the entities found by shape in the reports added.
    public var catalog: EntityCatalog { accumulator.catalog }
}
