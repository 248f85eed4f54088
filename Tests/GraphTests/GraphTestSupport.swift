import Foundation
import XCTest
@testable import Entities
@testable import Graph

/// What the graph tests share: the shipped gazetteer, the example reports linked once, and small
/// reports written in a test.
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let exampleNames = ["smolensk-municipal-2023-q4", "smolensk-municipal-2024-q4", "smolensk-municipal-2025-q1",
                               "smolensk-regional-2025-q2"]

    static func examplePath(_ name: String) -> String { root.appendingPathComponent("Examples/\(name).txt").path }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var loadedGazetteer: Gazetteer?
    nonisolated(unsafe) private static var linkedExamples: [LinkedReport]?

    static func gazetteer() throws -> Gazetteer {
        lock.lock()
        defer { lock.unlock() }
        if let loadedGazetteer { return loadedGazetteer }
        let gazetteer = try Gazetteer.load(directories: [root.appendingPathComponent("Gazetteer").path])
        loadedGazetteer = gazetteer
        return gazetteer
    }

    static func linker() throws -> Linker { Linker(gazetteer: try gazetteer()) }

    /// The four example reports, read and linked once per run.
    static func examples() throws -> [LinkedReport] {
        let linker = try linker()
        lock.lock()
        defer { lock.unlock() }
        if let linkedExamples { return linkedExamples }
        let linked = try exampleNames.map { linker.link(try ReportReader.read(path: examplePath($0))) }
        linkedExamples = linked
        return linked
    }

    nonisolated(unsafe) private static var graphs: [GraphLevel: PartnershipGraph] = [:]

    /// The graph of the four example reports at `level`, built once per run.
    static func exampleGraph(_ level: GraphLevel) throws -> PartnershipGraph {
        let reports = try examples()
        if let graph = lock.withLock({ graphs[level] }) { return graph }
        let graph = try builder(reports).build(reports, level: level)
        lock.withLock { graphs[level] = graph }
        return graph
    }

    /// A graph builder over `reports`, with a catalog of their entities.
    static func builder(_ reports: [LinkedReport]) throws -> GraphBuilder {
        let gazetteer = try gazetteer()
        return GraphBuilder(catalog: EntityCatalog(gazetteer: gazetteer, reports: reports))
    }

    static func catalog(_ reports: [LinkedReport] = []) throws -> EntityCatalog {
        EntityCatalog(gazetteer: try gazetteer(), reports: reports)
    }
}

/// Small reports written in a test, read through the public reader.
enum HandReport {
    struct Row {
        var section: String? = nil
        var name = "Встреча"
        var place = "г. Смоленск"
        var dates = "1 октября 2024 года"
        var goal = "Обмен опытом"
        var participants = "Представители"
    }

    static func text(_ rows: [Row], level: ReportLevel, year: Int, quarter: Int) -> String {
        HandReports.text(rows.map { HandReports.Row(section: $0.section, name: $0.name, place: $0.place, dates: $0.dates,
                                                    goal: $0.goal, participants: $0.participants) },
                         level: level, year: year, quarter: quarter)
    }

    static func read(_ rows: [Row], level: ReportLevel = .municipal, year: Int = 2024, quarter: Int = 4,
                     source: String = "hand.txt") throws -> Report {
        try ReportReader.read(bytes: Array(text(rows, level: level, year: year, quarter: quarter).utf8), source: source)
    }

    static func linked(_ rows: [Row], level: ReportLevel = .municipal, year: Int = 2024, quarter: Int = 4,
                       source: String = "hand.txt") throws -> LinkedReport {
        try Fixtures.linker().link(read(rows, level: level, year: year, quarter: quarter, source: source))
    }
}

