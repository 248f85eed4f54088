import Foundation
import Entities

/// Renders assessed partnerships as a table for people, CSV for spreadsheets, or JSON for scripts.
public enum DormancyOutput {
    public static let columns = ["status", "smolensk", "smolensk_id", "partner", "partner_id", "country", "relations",
                                 "agreements", "first", "last", "events", "silent_quarters", "days_silent", "rhythm_quarters",
                                 "overdue", "last_source", "last_item", "last_quote"]

    static func values(_ row: Dormancy.Assessment, _ graph: PartnershipGraph) -> [String] {
        let edge = row.edge
        let source = graph.node(edge.source), target = graph.node(edge.target)
        return [
            row.status.rawValue, source?.name ?? edge.source, edge.source, target?.name ?? edge.target, edge.target,
            target?.country ?? "", edge.relations.map(\.rawValue).joined(separator: ","),
            row.agreementDates.map(\.iso).joined(separator: ","), edge.first?.iso ?? "", edge.last?.iso ?? "",
            String(edge.events), String(row.silentQuarters.count), row.daysSilent.map(String.init) ?? "",
            row.rhythmQuarters.map { formatRhythm($0) } ?? "", row.overdue ? "yes" : "no",
            row.lastEvidence?.source ?? "", row.lastEvidence.map { String($0.item) } ?? "", row.lastEvidence?.quote ?? "",
        ]
    }

    static func formatRhythm(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    public static func csv(_ rows: [Dormancy.Assessment], graph: PartnershipGraph) -> String {
        ([columns] + rows.map { values($0, graph) }).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func csvField(_ value: String) -> String { CSVField.escaped(value) }

    public static func json(_ rows: [Dormancy.Assessment], graph: PartnershipGraph, coverage: ReportCoverage, asOf: CalendarDate, quiet: String) -> String {
        let partnerships: [JSONValue] = rows.map { row in
            let edge = row.edge
            return .object([
                ("status", .string(row.status.rawValue)),
                ("source", .string(edge.source)), ("source_name", .optional(graph.node(edge.source)?.name)),
                ("target", .string(edge.target)), ("target_name", .optional(graph.node(edge.target)?.name)),
                ("country", .optional(graph.node(edge.target)?.country)),
                ("relations", .array(edge.relations.map { .string($0.rawValue) })),
                ("agreements", .array(row.agreementDates.map { .string($0.iso) })),
                ("first", .optional(edge.first?.iso)), ("last", .optional(edge.last?.iso)),
                ("events", .int(edge.events)),
                ("silent_quarters", .array(row.silentQuarters.map { .string($0.code) })),
                ("days_silent", .optional(row.daysSilent)),
                ("rhythm_quarters", row.rhythmQuarters.map { .double($0) } ?? .null),
                ("overdue", .bool(row.overdue)),
                ("levels", .array(row.levels.map(\.rawValue).sorted().map { .string($0) })),
                ("last_evidence", row.lastEvidence.map { evidence in
                    .object([("source", .string(evidence.source)), ("item", .int(evidence.item)), ("dates", .string(evidence.dates)),
                             ("relation", .string(evidence.relation.rawValue)), ("quote", .string(evidence.quote))])
                } ?? .null),
            ])
        }
        return JSONValue.object([
            ("as_of", .string(asOf.iso)), ("quiet_for", .string(quiet)), ("coverage", .string(coverage.summary)),
            ("partnerships", .array(partnerships)),
        ]).serialized(indent: 2) + "\n"
    }

    public static func table(_ rows: [Dormancy.Assessment], graph: PartnershipGraph, coverage: ReportCoverage, asOf: CalendarDate, quiet: String) -> String {
        var lines = ["as of \(asOf.iso), quiet for \(quiet); inputs cover \(coverage.summary)", ""]
        if rows.isEmpty { lines.append("no partnerships to show") }
        for row in rows {
            let edge = row.edge
            let source = graph.node(edge.source)?.name ?? edge.source, target = graph.node(edge.target)?.name ?? edge.target
            let country = graph.node(edge.target)?.country.map { " (\($0))" } ?? ""
            lines.append("\(row.status.rawValue.uppercased())  \(source) ↔ \(target)\(country)")
            var facts = ["relations: \(edge.relations.map(\.rawValue).joined(separator: ", "))", "events: \(edge.events)",
                         "first: \(edge.first?.iso ?? "?")", "last: \(edge.last?.iso ?? "?")"]
            if !row.agreementDates.isEmpty { facts.append("agreements: \(row.agreementDates.map(\.iso).joined(separator: ", "))") }
            lines.append("    " + facts.joined(separator: "   "))
            var silence = "silent: \(row.daysSilent.map { "\($0) days" } ?? "?"), \(row.silentQuarters.count) covered quarter(s) without activity"
            if !row.silentQuarters.isEmpty { silence += " (\(row.silentQuarters.map(\.code).joined(separator: ", ")))" }
            if let rhythm = row.rhythmQuarters { silence += "; usual rhythm: every \(formatRhythm(rhythm)) quarter(s)" + (row.overdue ? ", OVERDUE" : "") }
            lines.append("    " + silence)
            if let evidence = row.lastEvidence {
                lines.append("    last: \(evidence.source) item \(evidence.item) (\(evidence.dates)): \(evidence.quote)")
            }
            lines.append("")
        }
        return TerminalText.lines(lines) + "\n"
    }
}
