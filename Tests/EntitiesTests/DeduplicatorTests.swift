import Foundation
import XCTest
@testable import Entities

/// The whole `dedup` run: variants from linked reports, the labelled pairs' precision and recall,
/// decisions, canonical names and gazetteer lines.
final class DeduplicatorTests: XCTestCase {
    // MARK: Labelled pairs

    struct LabelledPair {
        let first: String
        let second: String
        let same: Bool
        let line: Int
    }

    static func labelledPairs() throws -> [LabelledPair] {
        let url = TestPaths.root.appendingPathComponent("Tests/Dedup/pairs.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var pairs: [LabelledPair] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, fields[2] == "same" || fields[2] == "different" else {
                XCTFail("pairs.tsv:\(offset + 1): expected name1<TAB>name2<TAB>same|different, got «\(line)»")
                continue
            }
            pairs.append(LabelledPair(first: fields[0], second: fields[1], same: fields[2] == "same", line: offset + 1))
        }
        return pairs
    }

    /// Precision and recall of "same body" over the pairs, given which names ended in one group.
    static func measure(_ pairs: [LabelledPair], together: (String, String) -> Bool, label: String) -> (precision: Double, recall: Double) {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for pair in pairs {
            let predicted = together(pair.first, pair.second)
            switch (predicted, pair.same) {
            case (true, true): truePositives += 1
            case (true, false):
                falsePositives += 1
                print("  \(label): false merge (pairs.tsv:\(pair.line)): «\(pair.first)» / «\(pair.second)»")
            case (false, true):
                falseNegatives += 1
                print("  \(label): missed (pairs.tsv:\(pair.line)): «\(pair.first)» / «\(pair.second)»")
            case (false, false): break
            }
        }
        let precision = truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        let recall = truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        print(String(format: "dedup on %d labelled pairs (%@): precision %.3f, recall %.3f (%d merged right, %d merged wrong, %d missed)",
                     pairs.count, label, precision, recall, truePositives, falsePositives, falseNegatives))
        return (precision, recall)
    }

    /// Every name of the pairs clustered at once, as `dedup` would; which names ended in one group.
    static func groupOf(_ variants: [NameVariant], gazetteer: Gazetteer) -> [String: String] {
        let result = Deduplicator(gazetteer: gazetteer).run(variants: variants)
        var group: [String: String] = [:]
        for found in result.groups { for variant in found.variants { group[variant.text] = found.id } }
        return group
    }

    func testLabelledPairsPrecisionAndRecallFromNamesAlone() throws {
        let pairs = try Self.labelledPairs()
        XCTAssertGreaterThanOrEqual(pairs.count, 80)
        XCTAssertGreaterThanOrEqual(pairs.filter(\.same).count, 30)
        XCTAssertGreaterThanOrEqual(pairs.filter { !$0.same }.count, 30)
        let gazetteer = try TestGazetteer.shared()
        // Names alone: the gazetteer gives places and the lexicon, never an organization's identity.
        let names = Set(pairs.flatMap { [$0.first, $0.second] }).sorted()
        let variants = names.enumerated().map { NameVariant(text: $1, entity: "x-org-\($0)", known: false) }
        let group = Self.groupOf(variants, gazetteer: gazetteer)
        let score = Self.measure(pairs, together: { a, b in group[a] != nil && group[a] == group[b] }, label: "names alone")
        XCTAssertGreaterThanOrEqual(score.precision, 0.95)
        XCTAssertGreaterThanOrEqual(score.recall, 0.95)
    }

    func testLabelledPairsPrecisionAndRecallWithTheGazetteer() throws {
        let pairs = try Self.labelledPairs()
        let gazetteer = try TestGazetteer.shared()
        let linker = Linker(gazetteer: gazetteer)
        // Each name linked as the linker would in a report: a known organization when one covers it whole.
        let names = Set(pairs.flatMap { [$0.first, $0.second] }).sorted()
        let variants = names.enumerated().map { index, name -> NameVariant in
            if let entity = Self.wholeNameEntity(name, linker: linker) { return NameVariant(text: name, entity: entity, known: true) }
            return NameVariant(text: name, entity: "x-org-\(index)", known: false)
        }
        XCTAssertGreaterThan(variants.filter(\.known).count, names.count / 2, "most names of the pairs are in the gazetteer")
        let group = Self.groupOf(variants, gazetteer: gazetteer)
        let score = Self.measure(pairs, together: { a, b in group[a] != nil && group[a] == group[b] }, label: "with the gazetteer")
        XCTAssertGreaterThanOrEqual(score.precision, 0.95)
        XCTAssertGreaterThanOrEqual(score.recall, 0.95)
    }

    /// The known organization the linker finds over the whole name, if exactly one.
    static func wholeNameEntity(_ name: String, linker: Linker) -> String? {
        let tokens = Tokenizer.tokenize(name)
        let content = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
        guard let first = content.first, let last = content.last else { return nil }
        let spans = linker.spansIn(tokens)
        guard spans.count == 1, let span = spans.first, span.source == .gazetteer, span.entities.count == 1,
              span.start <= first, span.end > last else { return nil }
        let entity = linker.gazetteer.entities[span.entities[0]]
        return entity.kind == .org ? entity.id : nil
    }
}
