/// The `dedup` table, for people: a summary line, then each group with its variants (how often and
/// where), why it was formed and the gazetteer lines it calls for.
///
/// ```
/// g-5c0e51d9  proposed  ГУО «Гимназия № 146 г. Минска»  → by-minsk-gymnasium-146
///    3  Гимназии № 146 г. Минска          Examples/smolensk-municipal-2023-q4.txt 7; …
///   why
///     gazetteer   3 of 3 variants are linked to by-minsk-gymnasium-146 by the gazetteer
///     key         same key «гимназ #146 @by-minsk» after: legal form ГУО set apart; case endings
/// ```
public enum DedupTable {
    public static func render(_ result: DedupResult) -> String {
        var lines: [String] = []
        let accepted = result.groups.filter { $0.status == .accepted }.count
        let reports = result.sources.count
        lines.append("linkgraph dedup: \(result.groups.count) groups (\(result.groups.count - accepted) proposed, \(accepted) accepted) "
            + "among \(result.variantCount) spellings of \(result.mentionCount) organization mentions in \(reports) \(reports == 1 ? "report" : "reports"); "
            + "threshold \(NameComparer.format(result.threshold)), \(result.comparedPairs) pairs compared")
        if let file = result.decisionsFile {
            lines.append("decisions: \(file): \(result.accepted.count) accepted, \(result.rejected.count) rejected (not shown), \(result.split.count) split")
        }
        for warning in result.warnings { lines.append("warning: \(warning)") }
        for group in result.groups {
            lines.append("")
            var head = "\(group.id)  \(group.status.rawValue)  \(group.canonical)"
            if let entity = group.entity { head += "  → \(entity)" } else if let proposed = group.proposedID { head += "  → new: \(proposed)" }
            if let from = group.splitFrom { head += "  (split from \(from))" }
            lines.append(head)
            let width = group.variants.map(\.text.count).max() ?? 0
            let countWidth = String(group.variants.map(\.count).max() ?? 0).count
            for variant in group.variants {
                let count = String(variant.count)
                var row = "  " + String(repeating: " ", count: countWidth - count.count) + count + "  "
                row += variant.text + String(repeating: " ", count: width - variant.text.count) + "  "
                row += where_(variant.occurrences)
                let unknown = variant.entities.filter { $0.hasPrefix("x-") }
                if group.entity != nil && !unknown.isEmpty {
                    row += "  [not in the gazetteer: \(unknown.joined(separator: ", "))]"
                } else if variant.entities.count > 1 {
                    row += "  [\(variant.entities.joined(separator: ", "))]"
                }
                lines.append(row)
            }
            lines.append("  why")
            for reason in group.reasons {
                let label: String
                switch reason.kind {
                case .gazetteer: label = "gazetteer"
                case .key: label = "key"
                case .abbreviation: label = "abbreviation \(NameComparer.format(reason.score))"
                case .score: label = "score \(NameComparer.format(reason.score))"
                }
                let names = reason.kind == .gazetteer ? "" : reason.variants.map { "«\($0)»" }.joined(separator: reason.kind == .key ? " = " : " ~ ") + ": "
                lines.append("    " + label.padding(toLength: 18, withPad: " ", startingAt: 0) + names + reason.detail)
            }
            if group.gazetteerLines.isEmpty {
                lines.append("  gazetteer: nothing to add" + (group.entity.map { " (every variant is linked to \($0))" } ?? ""))
            } else {
                lines.append("  gazetteer" + (group.entity.map { ": add under \($0)" } ?? ": a new entity"))
                lines += group.gazetteerLines.map { "  " + $0 }
            }
        }
        return TerminalText.lines(lines) + "\n"
    }

    /// "a.txt 1, 4; b.txt 7": each report with its item numbers.
    static func where_(_ occurrences: [NameVariant.Occurrence]) -> String {
        var bySource: [(String, [Int])] = []
        for occurrence in occurrences {
            if let last = bySource.indices.last, bySource[last].0 == occurrence.source {
                bySource[last].1.append(occurrence.item)
            } else {
                bySource.append((occurrence.source, [occurrence.item]))
            }
        }
        return bySource.map { "\($0.0) \($0.1.map(String.init).joined(separator: ", "))" }.joined(separator: "; ")
    }
}
