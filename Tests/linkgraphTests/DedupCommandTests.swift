import Foundation
import XCTest

/// `linkgraph dedup`, run as the built binary on the example reports.
final class DedupCommandTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-dedup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    static let paths = ["smolensk-municipal-2023-q4", "smolensk-municipal-2024-q4", "smolensk-municipal-2025-q1", "smolensk-regional-2025-q2"]
        .map(Linkgraph.example)

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func object(_ run: LinkgraphRun, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], run.errors, file: file, line: line)
    }

    func testTableOnTheExamples() throws {
        let run = try runLinkgraph(["dedup"] + Self.paths)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let summary = #"^linkgraph dedup: (\d+) groups \(\1 proposed, 0 accepted\) among \d+ spellings of \d+ organization mentions in 4 reports; threshold 0\.85, \d+ pairs compared$"#
        XCTAssertNotNil(lines.first?.range(of: summary, options: .regularExpression), lines.first ?? "")
        let groups = lines.filter { $0.hasPrefix("g-") }.count
        XCTAssertGreaterThanOrEqual(groups, 25)
        XCTAssertTrue(lines.first?.hasPrefix("linkgraph dedup: \(groups) groups") == true)
        XCTAssertTrue(lines.contains { $0.range(of: #"^g-[0-9a-f]{8}  proposed  Администрация города Смоленска  → ru-smolensk-administration$"#, options: .regularExpression) != nil })
        XCTAssertTrue(run.output.contains("  14  Администрации города Смоленска   Examples/smolensk-municipal-2023-q4.txt 1, 2, 3"), run.output)
        XCTAssertTrue(run.output.contains("same key «средн школ #40 @ru-smolensk» after: СШ = средняя школа"), run.output)
        XCTAssertTrue(run.output.contains("МАЗ = минский автомобильный завод"))
    }

    func testJSONKeysAndDeterminism() throws {
        let run = try runLinkgraph(["dedup", "--format", "json"] + Self.paths)
        XCTAssertEqual(run.status, 0, run.errors)
        let object = try Self.object(run)
        XCTAssertEqual(object["threshold"] as? Double, 0.85)
        XCTAssertEqual(object["reports"] as? [String], Self.paths)
        let groups = try XCTUnwrap(object["groups"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(groups.count, 25)
        let spellings = try XCTUnwrap(object["spellings"] as? Int), mentions = try XCTUnwrap(object["mentions"] as? Int)
        XCTAssertGreaterThan(spellings, 200)
        XCTAssertGreaterThan(mentions, spellings)
        XCTAssertLessThan(try XCTUnwrap(object["compared_pairs"] as? Int), spellings * (spellings - 1) / 20, "blocking")
        for group in groups {
            XCTAssertEqual(Set(group.keys), ["id", "status", "split_from", "canonical", "entity", "proposed_id", "legal_forms", "numbers", "places",
                                             "variants", "reasons", "gazetteer"])
            let variants = try XCTUnwrap(group["variants"] as? [[String: Any]])
            XCTAssertGreaterThanOrEqual(variants.count, 1)
            for variant in variants {
                XCTAssertEqual(Set(variant.keys), ["text", "entities", "known", "key", "legal_form", "count", "occurrences"])
            }
        }
        // Keys in their documented order, in the text.
        let text = run.output
        let order = ["\"threshold\"", "\"reports\"", "\"mentions\"", "\"spellings\"", "\"compared_pairs\"", "\"groups\"", "\"decisions\"", "\"warnings\""]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil))
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())

        // Byte-identical again, and with any number of jobs, and with the inputs in another order.
        XCTAssertEqual(try runLinkgraph(["dedup", "--format", "json"] + Self.paths).stdout, run.stdout)
        XCTAssertEqual(try runLinkgraph(["dedup", "--format", "json", "--jobs", "1"] + Self.paths).stdout, run.stdout)
        XCTAssertEqual(try runLinkgraph(["dedup", "--format", "json", "-j", "8"] + Self.paths).stdout, run.stdout)
        let reversed = try Self.object(try runLinkgraph(["dedup", "--format", "json"] + Self.paths.reversed()))
        XCTAssertEqual((reversed["groups"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, groups.compactMap { $0["id"] as? String })
    }

    func testThresholdMustBeANumberFromZeroToOne() throws {
        let file = Self.paths[0]
        for value in ["1.5", "-0.1", "abc", "nan", "", "inf"] {
            let run = try runLinkgraph(["dedup", "--threshold", value, file])
            XCTAssertEqual(run.status, 2, value)
            XCTAssertEqual(run.stdout, Data(), value)
            XCTAssertEqual(run.errorLines, ["linkgraph: '--threshold' takes a number from 0 to 1, not '\(value)' (see 'linkgraph help dedup')"], value)
        }
        let strict = try Self.object(try runLinkgraph(["dedup", "--threshold", "1", "--format", "json", file]))
        XCTAssertEqual(strict["threshold"] as? Double, 1)
        XCTAssertEqual(try runLinkgraph(["dedup", "--threshold=0", file]).status, 0)
        for (args, message) in [(["dedup"], "no input files given"), (["dedup", "--format", "csv", file], "'--format' must be one of table, json, not 'csv'"),
                                (["dedup", file, "--decisions"], "'--decisions' needs a value (FILE)")] {
            let run = try runLinkgraph(args)
            XCTAssertEqual(run.status, 2, "\(args)")
            XCTAssertTrue(run.errors.contains(message), run.errors)
        }
        let onFolder = try runLinkgraph(["dedup", "--decisions", folder.path, file])
        XCTAssertEqual(onFolder.status, 2)
        XCTAssertTrue(onFolder.errors.contains("'--decisions' needs a file"), onFolder.errors)
    }

    func testDecisionsFileIsCreatedThenHonoured() throws {
        let decisions = path("decisions.txt")
        let first = try runLinkgraph(["dedup", "--decisions", decisions, "--format", "json"] + Self.paths)
        XCTAssertEqual(first.status, 0, first.errors)
        let created = try String(contentsOfFile: decisions, encoding: .utf8)
        XCTAssertTrue(created.hasPrefix("# linkgraph dedup decisions."), created)
        XCTAssertTrue(created.contains("#   split GROUP-ID: NAME | NAME [| …]"))
        let groups = try XCTUnwrap(try Self.object(first)["groups"] as? [[String: Any]])
        let ids = groups.compactMap { $0["id"] as? String }
        XCTAssertEqual(created.split(separator: "\n").filter { $0.hasPrefix("# accept g-") }.count, groups.count)
        let administration = try XCTUnwrap(groups.first { $0["entity"] as? String == "ru-smolensk-administration" }?["id"] as? String)
        let maz = try XCTUnwrap(groups.first { $0["entity"] as? String == "by-maz" }?["id"] as? String)

        // Decide two groups; the file is kept as it is from now on.
        let edited = created.replacingOccurrences(of: "# accept \(administration)", with: "accept \(administration)")
            .replacingOccurrences(of: "# accept \(maz)", with: "reject \(maz)")
        try edited.write(toFile: decisions, atomically: true, encoding: .utf8)
        let second = try runLinkgraph(["dedup", "--decisions", decisions] + Self.paths)
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertEqual(try String(contentsOfFile: decisions, encoding: .utf8), edited, "an existing file is never rewritten")
        XCTAssertTrue(second.output.hasPrefix("linkgraph dedup: \(groups.count - 1) groups (\(groups.count - 2) proposed, 1 accepted)"), second.output)
        XCTAssertTrue(second.output.contains("decisions: \(decisions): 1 accepted, 1 rejected (not shown), 0 split"), second.output)
        XCTAssertTrue(second.output.contains("\(administration)  accepted  Администрация города Смоленска"))
        XCTAssertFalse(second.output.contains(maz))
        let json = try Self.object(try runLinkgraph(["dedup", "--decisions", decisions, "--format", "json"] + Self.paths))
        XCTAssertEqual((json["groups"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ids.filter { $0 != maz }, "the same ids on a re-run")
        XCTAssertEqual((json["decisions"] as? [String: Any])?["rejected"] as? [String], [maz])

        // A malformed line: exit 3 (a data file's error), the file and line, no output.
        try (edited + "acept \(maz)\n").write(toFile: decisions, atomically: true, encoding: .utf8)
        let bad = try runLinkgraph(["dedup", "--decisions", decisions] + Self.paths)
        XCTAssertEqual(bad.status, 3)
        XCTAssertEqual(bad.stdout, Data())
        let line = edited.split(separator: "\n", omittingEmptySubsequences: false).count
        XCTAssertEqual(bad.errorLines, ["linkgraph: \(decisions):\(line): unknown decision 'acept' (write 'accept GROUP-ID', 'reject GROUP-ID' or 'split GROUP-ID: NAME | NAME')"])

        // A decision for a group that is gone: a warning in the output.
        try "accept g-00000000\n".write(toFile: decisions, atomically: true, encoding: .utf8)
        let stale = try runLinkgraph(["dedup", "--decisions", decisions] + Self.paths)
        XCTAssertEqual(stale.status, 0)
        XCTAssertTrue(stale.output.contains("warning: \(decisions):1: no group g-00000000 in this run"), stale.output)
    }

    func testEmitGazetteerAndOutputFiles() throws {
        let geography = try Self.geographyGazetteer(in: folder)
        let emitted = path("dedup-gazetteer/new.txt")
        try FileManager.default.createDirectory(atPath: path("dedup-gazetteer"), withIntermediateDirectories: true)
        let run = try runLinkgraphWith(environment: ["LINKGRAPH_GAZETTEER": geography],
                                       ["dedup", "--emit-gazetteer", emitted, "-o", path("table.txt")] + Self.paths)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.stdout, Data(), "the table went to -o")
        let table = try String(contentsOfFile: path("table.txt"), encoding: .utf8)
        XCTAssertTrue(table.contains("МБОУ «Средняя школа № 40» г. Смоленска  → new: ru-smolensk-srednyaya-shkola-40"), table)
        let lines = try String(contentsOfFile: emitted, encoding: .utf8)
        XCTAssertTrue(lines.contains("\norg by-minsk-gimnaziya-146 = ГУО «Гимназия № 146 г. Минска»\n    in by-minsk\n    aka Гимназии № 146 г. Минска\n"), lines)
        // The file is a gazetteer file: it loads on top of the geography.
        let check = try runLinkgraphWith(environment: ["LINKGRAPH_GAZETTEER": geography], ["gazetteer", "check", "--gazetteer", path("dedup-gazetteer")])
        XCTAssertEqual(check.status, 0, check.errors)
        XCTAssertTrue(check.output.contains(" org,"), check.output)
        // With the shipped gazetteer every name is known: nothing to add.
        let known = try runLinkgraph(["dedup", "--emit-gazetteer", path("known.txt")] + Self.paths)
        XCTAssertEqual(known.status, 0, known.errors)
        XCTAssertFalse(try String(contentsOfFile: path("known.txt"), encoding: .utf8).contains("\norg "))
        // Into a missing folder: exit 4, nothing written.
        let missing = try runLinkgraph(["dedup", "--emit-gazetteer", path("none/x.txt"), Self.paths[0]])
        XCTAssertEqual(missing.status, 4)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("none/x.txt")))
    }

    func testHelp() throws {
        let run = try runLinkgraph(["help", "dedup"])
        XCTAssertEqual(run.status, 0)
        for phrase in ["USAGE: linkgraph dedup [OPTIONS] FILE...", "--threshold X", "--decisions FILE", "--emit-gazetteer FILE", "--format table|json",
                       "--gazetteer DIR", "--output FILE", "--jobs N", "--strict"] {
            XCTAssertTrue(run.output.contains(phrase), "«\(phrase)» not in\n\(run.output)")
        }
        XCTAssertTrue(try runLinkgraph(["--help"]).output.contains("  dedup "))
    }

    // MARK: Helpers

    /// A gazetteer folder with the shipped geography and lexicon but no organizations or people.
    static func geographyGazetteer(in folder: URL) throws -> String {
        let target = folder.appendingPathComponent("geography")
        try GazetteerSubset.write(from: Linkgraph.repositoryRoot.appendingPathComponent("Gazetteer").path, to: target.path,
                                  dropping: GazetteerSubset.organizationsAndPeople)
        return target.path
    }

    /// `runLinkgraph` with more environment variables.
    func runLinkgraphWith(environment: [String: String], _ args: [String]) throws -> LinkgraphRun {
        let executable = try XCTUnwrap(Linkgraph.executable, "run 'swift build' first")
        let out = folder.appendingPathComponent("run-\(UUID().uuidString).out"), err = folder.appendingPathComponent("run-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = args
        process.currentDirectoryURL = Linkgraph.repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        defer { try? outHandle.close(); try? errHandle.close() }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return LinkgraphRun(status: process.terminationStatus, stdout: try Data(contentsOf: out), stderr: try Data(contentsOf: err))
    }
}
