import Foundation

/// The leave-one-out table in Markdown: per gazetteer variant, one row per report and the mean over the
/// reports (each report weighs the same).
struct ScoreTable {
    struct Row {
        var report: String
        var variant: GazetteerVariant
        var score: EvaluationScore
        /// What differs from the gold (``ReportScorer/differences``), for reading.
        var differences: [String] = []
        /// How many organizations and people of the shipped gazetteer the variant's gazetteer lacks.
        var dropped = 0
    }

    var rows: [Row]

    /// The mean of `metric` over the reports scored with `variant`.
    func mean(_ metric: EvaluationMetric, _ variant: GazetteerVariant) -> Double {
        let values = rows.filter { $0.variant == variant }.map { metric.value($0.score) }
        return values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// The table, with figures to three decimals.
    var markdown: String {
        let metrics = EvaluationMetric.allCases
        var lines = ["| report | gazetteer | " + metrics.map(\.rawValue).joined(separator: " | ") + " |",
                     "|---|---|" + String(repeating: "---|", count: metrics.count)]
        for variant in GazetteerVariant.allCases where rows.contains(where: { $0.variant == variant }) {
            for row in rows where row.variant == variant {
                lines.append("| \(row.report) | \(variant.rawValue) | " + metrics.map { Self.figure($0.value(row.score)) }.joined(separator: " | ") + " |")
            }
            lines.append("| **mean** | \(variant.rawValue) | " + metrics.map { Self.figure(mean($0, variant)) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    static func figure(_ value: Double) -> String { String(format: "%.3f", value) }
}
