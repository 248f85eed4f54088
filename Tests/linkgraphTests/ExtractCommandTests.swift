import Foundation
import XCTest

/// `linkgraph extract` and `linkgraph gazetteer check` from the command line: the JSON contract,
/// the table, a user's gazetteer folder, and gazetteer errors with file:line.
final class ExtractCommandTests: XCTestCase {
    let report = Linkgraph.example("smolensk-municipal-2023-q4")

    func extract(_ options: [String]) throws -> [String: Any] {
        let run = try runLinkgraph(["extract", report] + options)
        XCTAssertEqual(run.status, 0, run.errors)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    }

    func testMentionsAndEntitiesKeepTheirKeysAndOrder() throws {
        let run = try runLinkgraph(["extract", report])
        XCTAssertEqual(run.status, 0, run.errors)
        let text = run.output
        for (list, keys) in [("\"mentions\": [", ["text", "field", "start", "end", "entity"]),
                             ("\"entities\": [", ["id", "name", "kind", "country", "parent", "known", "smolensk"])] {
            // The keys of the first object of the list, in the order written.
            let listStart = try XCTUnwrap(text.range(of: list)?.upperBound, list)
            let objectEnd = try XCTUnwrap(text.range(of: "}", range: listStart..<text.endIndex)?.lowerBound)
            let object = text[listStart..<objectEnd]
            let written = object.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("\""), let close = trimmed.dropFirst().firstIndex(of: "\"") else { return nil }
                return String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
            }
            XCTAssertEqual(written, keys, list)
        }
    }

    func testMentionOffsetsPointIntoTheReport() throws {
        let json = try extract([])
        let source = try String(contentsOfFile: Linkgraph.repositoryRoot.appendingPathComponent(report).path, encoding: .utf8)
        let bytes = Array(source.utf8)
        let items = try XCTUnwrap(((json["reports"] as? [[String: Any]])?.first?["items"]) as? [[String: Any]])
        var checked = 0
        for item in items {
            for mention in item["mentions"] as? [[String: Any]] ?? [] {
                let start = try XCTUnwrap(mention["start"] as? Int), end = try XCTUnwrap(mention["end"] as? Int)
                let slice = String(decoding: bytes[start..<end], as: UTF8.self)
                let text = try XCTUnwrap(mention["text"] as? String)
                let folded = { (value: String) in value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
                XCTAssertEqual(folded(slice).replacingOccurrences(of: "\u{A0}", with: " "), folded(text), "offsets of \(text)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 200)
    }

    func testEntitiesListEveryMentionedEntityWithItsSmolenskFlag() throws {
        let json = try extract([])
        let entities = try XCTUnwrap(json["entities"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: entities.map { ($0["id"] as! String, $0) })
        XCTAssertEqual(byID["ru-smolensk-administration"]?["smolensk"] as? Bool, true)
        XCTAssertEqual(byID["ru-smolensk-region"]?["smolensk"] as? Bool, true)
        XCTAssertEqual(byID["by-vitebsk"]?["smolensk"] as? Bool, false)
        XCTAssertEqual(byID["by-vitebsk"]?["country"] as? String, "BY")
        XCTAssertEqual(byID["by-vitebsk"]?["kind"] as? String, "city")
        let items = ((json["reports"] as? [[String: Any]])?.first?["items"]) as? [[String: Any]] ?? []
        for item in items {
            for mention in item["mentions"] as? [[String: Any]] ?? [] {
                XCTAssertNotNil(byID[mention["entity"] as! String], "\(mention)")
            }
        }
        for entity in entities {
            if let parent = entity["parent"] as? String { XCTAssertNotNil(byID[parent], "the parent of \(entity["id"]!) is listed") }
        }
    }

    func testTableShowsMentionsForPeople() throws {
        let run = try runLinkgraph(["extract", report, "--format", "table"])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.output.contains("Витебского городского исполнительного комитета  →  by-vitebsk-city-executive-committee"), run.output)
    }

    func testAUserGazetteerAddsEntitiesAndUnknownNamesStayFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-user-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-user-report-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: input) }
        try Data("""
        Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления в I квартале 2025 года

        \t1.
        \tВизит в ГУО «Гимназия № 77 г. Лиды»
        \tг. Лида (Республика Беларусь)
        \t3 марта 2025 года
        \tПодписано соглашение между Администрацией города Смоленска и Фондом «Северный мост»
        \tПредставители Администрации г. Смоленска

        """.utf8).write(to: input)
        let before = try XCTUnwrap(JSONSerialization.jsonObject(with: try runLinkgraph(["extract", input.path]).stdout) as? [String: Any])
        let unknown = (before["entities"] as? [[String: Any]] ?? []).filter { $0["known"] as? Bool == false }
        XCTAssertTrue(unknown.contains { ($0["id"] as? String ?? "").hasPrefix("x-org-") && $0["country"] as? String == "BY" },
                      "the Lida gymnasium is found and placed in Belarus: \(unknown)")
        try Data("""
        # A user's own entities.
        org by-lida-north-bridge = Фонд «Северный мост»
            in by-lida

        """.utf8).write(to: folder.appendingPathComponent("mine.txt"))
        let after = try runLinkgraph(["extract", input.path, "--gazetteer", folder.path])
        XCTAssertEqual(after.status, 0, after.errors)
        XCTAssertTrue(after.output.contains("\"entity\": \"by-lida-north-bridge\""), after.output)
    }

    func testGazetteerErrorsNameTheFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-bad-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, String)] = [
            ("city x-a = Аааа\n    in nowhere-at-all\n", "is in 'nowhere-at-all', which is not in the gazetteer"),
            ("city by-vitebsk = Витебск второй\n    in by\n", "duplicate id 'by-vitebsk'"),
            ("town by-zzz = Ззз\n", "unknown kind 'town'"),
            ("city by-zzz = Ззз\n    in by\n    nearby by-minsk\n", "unknown keyword 'nearby'"),
        ]
        for (text, message) in cases {
            let file = folder.appendingPathComponent("bad.txt")
            try Data(text.utf8).write(to: file)
            let run = try runLinkgraph(["gazetteer", "check", "--gazetteer", folder.path])
            XCTAssertEqual(run.status, 3, text)
            XCTAssertEqual(run.errorLines.count, 1, run.errors)
            XCTAssertTrue(run.errors.contains("\(file.path):"), "names the file: \(run.errors)")
            XCTAssertTrue(run.errors.contains(message), "\(message): \(run.errors)")
        }
    }

    func testShippedGazetteerChecksOut() throws {
        let run = try runLinkgraph(["gazetteer", "check"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.hasPrefix("gazetteer OK:"), run.output)
    }
}
