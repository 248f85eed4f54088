import Foundation
import XCTest
@testable import Entities

/// The JSON for scripts: its keys, in order.
final class DedupJSONTests: XCTestCase {
    func testKeysInOrder() throws {
        let json = DedupJSON.document(DedupTableTests.sample())
        guard case .object(let top) = json else { return XCTFail() }
        XCTAssertEqual(top.map(\.0), ["threshold", "reports", "mentions", "spellings", "compared_pairs", "groups", "decisions", "warnings"])
        guard case .array(let groups) = json["groups"], case .object(let group) = groups[0] else { return XCTFail() }
        XCTAssertEqual(group.map(\.0), ["id", "status", "split_from", "canonical", "entity", "proposed_id", "legal_forms", "numbers", "places",
                                        "variants", "reasons", "gazetteer"])
        guard case .array(let variants) = group.first(where: { $0.0 == "variants" })!.1, case .object(let variant) = variants[0] else { return XCTFail() }
        XCTAssertEqual(variant.map(\.0), ["text", "entities", "known", "key", "legal_form", "count", "occurrences"])
        guard case .array(let reasons) = group.first(where: { $0.0 == "reasons" })!.1, case .object(let reason) = reasons[0] else { return XCTFail() }
        XCTAssertEqual(reason.map(\.0), ["kind", "variants", "score", "detail"])
        XCTAssertEqual(json["decisions"], .object([("file", "decisions.txt"), ("accepted", .array(["g-89abcdef"])), ("rejected", .array(["g-11111111"])),
                                                   ("split", .array(["g-00000000"]))]))
        XCTAssertEqual(json["warnings"], .array([.object([("file", "decisions.txt"), ("line", 4), ("message", "no group g-22222222 in this run")])]))
    }

    func testValuesParseAsJSON() throws {
        let text = DedupJSON.document(DedupTableTests.sample()).serialized(indent: 2)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["threshold"] as? Double, 0.85)
        let groups = try XCTUnwrap(parsed["groups"] as? [[String: Any]])
        XCTAssertEqual(groups[0]["split_from"] as? NSNull, NSNull())
        XCTAssertEqual(groups[1]["split_from"] as? String, "g-00000000")
        XCTAssertEqual(groups[1]["entity"] as? String, "by-maz")
        let reasons = try XCTUnwrap(groups[1]["reasons"] as? [[String: Any]])
        XCTAssertEqual(reasons[1]["kind"] as? String, "abbreviation")
        XCTAssertEqual(reasons[1]["score"] as? Double, 0.95)
        XCTAssertEqual(groups[0]["gazetteer"] as? [String], ["org by-minsk-gimnaziya-146 = ГУО «Гимназия № 146» г. Минска", "    in by-minsk",
                                                            "    aka Гимназии № 146 г. Минска"])
    }
}
