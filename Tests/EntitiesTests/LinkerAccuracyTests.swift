import Entities
import Foundation
import XCTest

/// Scores the linker against the hand annotations in Tests/Annotations: mention precision and recall
/// (a mention counts when the same text is found in the same field of the same item) and linking
/// accuracy (the share of found mentions linked to the right entity). Each must be at least 0.95.
final class LinkerAccuracyTests: XCTestCase {
    func testMunicipalReport() throws {
        try score(report: "smolensk-municipal-2025-q1")
    }

    func testRegionalReport() throws {
        try score(report: "smolensk-regional-2025-q2")
    }

    /// As on a report never seen: the gazetteer keeps its places and lexicon but loses every
    /// organization and person, so those must be found by shape (as unknown entities of the right kind).
    func testUnseenOrganizationsAndPeople() throws {
        let places = try GazetteerSubset.load(from: TestPaths.gazetteer, dropping: GazetteerSubset.organizationsAndPeople)
        let linker = Linker(gazetteer: places)
        for name in ["smolensk-municipal-2025-q1", "smolensk-regional-2025-q2"] {
            let gold = try AccuracyScore.annotations(for: name).map { mention -> AccuracyScore.Gold in
                guard let entity = try? TestGazetteer.shared().entity(id: mention.entity), places.entity(id: mention.entity) == nil else { return mention }
                var unseen = mention
                unseen.entity = "?" + entity.kind.rawValue
                return unseen
            }
            let score = AccuracyScore(gold: gold, linked: linker.link(try ReportReader.read(path: TestPaths.example("\(name).txt"))))
            say("without organization and people data: " + score.summary(name))
            for line in score.differences.prefix(200) { say("  " + line) }
            XCTAssertGreaterThanOrEqual(score.precision, 0.80, "precision on \(name) without organization data")
            XCTAssertGreaterThanOrEqual(score.recall, 0.80, "recall on \(name) without organization data")
        }
    }

    func score(report name: String) throws {
        let gold = try AccuracyScore.annotations(for: name)
        try XCTSkipIf(gold.isEmpty, "no annotations for \(name)")
        let linked = Linker(gazetteer: try TestGazetteer.shared()).link(try ReportReader.read(path: TestPaths.example("\(name).txt")))
        let score = AccuracyScore(gold: gold, linked: linked)
        say(score.summary(name))
        for line in score.differences.prefix(60) { say("  " + line) }
        XCTAssertGreaterThanOrEqual(score.precision, 0.95, "mention precision on \(name)")
        XCTAssertGreaterThanOrEqual(score.recall, 0.95, "mention recall on \(name)")
        XCTAssertGreaterThanOrEqual(score.linkingAccuracy, 0.95, "linking accuracy on \(name)")
    }
}

/// Compares gold mentions with the linker's.
struct AccuracyScore {
    struct Gold: Equatable {
        var item: Int
        var field: String
        var text: String
        var entity: String
    }

    var goldCount = 0
    var predictedCount = 0
    var matched = 0
    var correctlyLinked = 0
    var differences: [String] = []

    var precision: Double { predictedCount == 0 ? 1 : Double(matched) / Double(predictedCount) }
    var recall: Double { goldCount == 0 ? 1 : Double(matched) / Double(goldCount) }
    var linkingAccuracy: Double { matched == 0 ? 1 : Double(correctlyLinked) / Double(matched) }

    func summary(_ name: String) -> String {
        String(format: "%@: %d gold, %d found, %d matched: precision %.3f, recall %.3f, linking accuracy %.3f",
               name, goldCount, predictedCount, matched, precision, recall, linkingAccuracy)
    }

    init(gold: [Gold], linked: LinkedReport) {
        var goldByPlace: [String: [Gold]] = [:]
        for mention in gold { goldByPlace["\(mention.item)/\(mention.field)", default: []].append(mention) }
        var predictedByPlace: [String: [Mention]] = [:]
        for (item, mentions) in zip(linked.report.items, linked.mentions) {
            for mention in mentions { predictedByPlace["\(item.number)/\(mention.field.key)", default: []].append(mention) }
        }
        goldCount = gold.count
        predictedCount = predictedByPlace.values.reduce(0) { $0 + $1.count }
        for place in Set(goldByPlace.keys).union(predictedByPlace.keys).sorted(by: AccuracyScore.placeOrder) {
            var unmatched = predictedByPlace[place] ?? []
            for mention in goldByPlace[place] ?? [] {
                guard let index = unmatched.firstIndex(where: { $0.text == mention.text }) else {
                    differences.append("missed   \(place): \(mention.text) [\(mention.entity)]")
                    continue
                }
                let found = unmatched.remove(at: index)
                matched += 1
                if AccuracyScore.sameEntity(gold: mention.entity, found: found.entityID) {
                    correctlyLinked += 1
                } else {
                    differences.append("mislinked \(place): \(mention.text) [\(mention.entity)] as \(found.entityID)")
                }
            }
            for extra in unmatched { differences.append("extra    \(place): \(extra.text) [\(extra.entityID)]") }
        }
    }

    /// `?org` in the gold accepts any unknown organization (`x-org-…`).
    static func sameEntity(gold: String, found: String) -> Bool {
        if gold.hasPrefix("?") { return found.hasPrefix("x-\(gold.dropFirst())-") }
        return gold == found
    }

    static func placeOrder(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: "/"), right = b.split(separator: "/")
        return (Int(left[0]) ?? 0, String(left[1])) < (Int(right[0]) ?? 0, String(right[1]))
    }

    /// Every `NAME*.tsv` in Tests/Annotations but the sides files (`NAME.sides.tsv`, the edge gold).
    static func annotations(for name: String) throws -> [Gold] {
        let folder = TestPaths.root.appendingPathComponent("Tests/Annotations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(name) && $0.hasSuffix(".tsv") && !$0.hasSuffix(".sides.tsv") }.sorted()
        var result: [Gold] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("item\t") { continue }
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard columns.count == 4, let item = Int(columns[0]) else {
                    throw InputError(file: file, line: number + 1, message: "expected item, field, text and entity separated by tabs")
                }
                result.append(Gold(item: item, field: columns[1], text: columns[2], entity: columns[3]))
            }
        }
        return result
    }
}

/// Prints a line and flushes, so the numbers are seen even from the last test of a run.
func say(_ line: String) {
    print(line)
    fflush(stdout)
}
