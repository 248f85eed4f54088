import Entities
import Foundation

/// Scores every annotated example report with each gazetteer variant (``GazetteerVariant``); run once per
/// test run and shared by the tests that read it.
///
/// The leave-one-out gazetteer of a report drops the organizations and people its annotations name
/// (mentions, sides, parties) and no other report's annotations name.
enum LeaveOneOutEvaluation {
    static let reports = Fixtures.exampleNames

    /// The table of all reports and variants.
    static func table() throws -> ScoreTable {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let table = try evaluate()
        cached = table
        return table
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: ScoreTable?

    /// Links, builds and scores every report with every variant.
    /// - Complexity: six gazetteer loads (full, no orgs, one per report) and twelve runs of small reports.
    private static func evaluate() throws -> ScoreTable {
        let full = try Fixtures.gazetteer()
        let folder = Fixtures.root.appendingPathComponent("Gazetteer").path
        let golds = try reports.map { try ReportGold.load($0) }
        let named = golds.map { $0.organizationsAndPeople(full) }
        let noOrganizations = try GazetteerSubset.load(from: folder, dropping: GazetteerSubset.organizationsAndPeople)
        var rows: [ScoreTable.Row] = []
        for variant in GazetteerVariant.allCases {
            for (index, report) in reports.enumerated() {
                let gazetteer: Gazetteer
                switch variant {
                case .full: gazetteer = full
                case .noOrganizationsOrPeople: gazetteer = noOrganizations
                case .leaveOneOut:
                    let others = named.indices.filter { $0 != index }.reduce(into: Set<String>()) { $0.formUnion(named[$1]) }
                    gazetteer = try GazetteerSubset.load(from: folder, dropping: GazetteerSubset.organizationsAndPeople(in: named[index].subtracting(others)))
                }
                let predicted = try ReportRun.predicted(path: Fixtures.examplePath(report), gazetteer: gazetteer)
                let scorer = ReportScorer(gold: golds[index], predicted: predicted, reference: full)
                rows.append(ScoreTable.Row(report: report, variant: variant, score: scorer.score, differences: scorer.differences,
                                           dropped: full.entities.count - gazetteer.entities.count))
            }
        }
        return ScoreTable(rows: rows)
    }
}
