import Entities
import Foundation

/// The hand annotations of one example report: its mentions (`NAME*.tsv`) and its sides (`NAME.sides.tsv`).
struct ReportGold {
    var mentions: [GoldMention]
    var sides: [GoldSide]

    /// The annotations of example report `name` in `Tests/Annotations`.
    static func load(_ name: String, folder: URL = Fixtures.root.appendingPathComponent("Tests/Annotations")) throws -> ReportGold {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(name + ".") }.sorted()
        var gold = ReportGold(mentions: [], sides: [])
        for file in files where file.hasSuffix(".tsv") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if file.hasSuffix(".sides.tsv") {
                gold.sides += try parseSides(text, file: file)
            } else {
                gold.mentions += try parseMentions(text, file: file)
            }
        }
        return gold
    }

    /// The ids of the organizations and people the annotations name (mentions, sides and parties), by the
    /// kinds `gazetteer` gives them.
    func organizationsAndPeople(_ gazetteer: Gazetteer) -> Set<String> {
        let ids = mentions.map(\.entity) + sides.map(\.entity) + sides.compactMap(\.party)
        return Set(ids.filter { id in gazetteer.entity(id: id).map { $0.kind == .org || $0.kind == .person } ?? false })
    }

    static func parseMentions(_ text: String, file: String) throws -> [GoldMention] {
        try rows(text, file: file).map { number, columns in
            guard columns.count == 4, let item = Int(columns[0]) else {
                throw InputError(file: file, line: number, message: "expected item, field, text and entity separated by tabs")
            }
            return GoldMention(item: item, field: columns[1], text: columns[2], entity: columns[3])
        }
    }

    static func parseSides(_ text: String, file: String) throws -> [GoldSide] {
        try rows(text, file: file).map { number, columns in
            guard columns.count >= 3, let item = Int(columns[0]), let role = GoldSide.Role(rawValue: columns[1]) else {
                throw InputError(file: file, line: number, message: "expected item, role (smolensk, foreign, agreement, planned) and entity")
            }
            let isDocument = role == .agreement || role == .planned
            guard !isDocument || (columns.count >= 4 && !columns[3].isEmpty) else {
                throw InputError(file: file, line: number, message: "an \(role.rawValue) line needs its two parties")
            }
            return GoldSide(item: item, role: role, entity: columns[2], party: isDocument ? columns[3] : nil)
        }
    }

    /// The data lines (not comments, blank lines or the header), with their line numbers, split at tabs.
    private static func rows(_ text: String, file: String) throws -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("item\t") { continue }
            result.append((index + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return result
    }
}
