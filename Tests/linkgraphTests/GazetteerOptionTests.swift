import Foundation
import XCTest

/// `--gazetteer DIR` from the command line: what it says for an empty folder, a file, the shipped
/// gazetteer given again; and a deep chain of `in` lines loads in bounded time and memory.
final class GazetteerOptionTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-gazetteer-option-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    let check = ["gazetteer", "check"]

    /// The entity count `gazetteer check` printed: "gazetteer OK: 1390 entities (…".
    func entities(_ run: LinkgraphRun) throws -> Int {
        let words = run.output.split(separator: " ")
        return try XCTUnwrap(words.count > 2 ? Int(words[2]) : nil, run.output)
    }

    func testAnEmptyFolderWarnsAndAddsNothing() throws {
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
        let plain = try runLinkgraph(check)
        let run = try runLinkgraph(check + ["-g", empty.path])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.stdout, plain.stdout)
        XCTAssertEqual(run.errorLines.count, 1, run.errors)
        let line = run.errorLines.first ?? ""
        XCTAssertTrue(line.hasPrefix("linkgraph: warning: gazetteer folder '\(empty.path)' holds no *.txt files"), line)
        XCTAssertTrue(line.contains("\(empty.path)/NAME.txt"), line)
    }

    func testAFileSaysAGazetteerIsAFolderAndNamesItsFolder() throws {
        let file = Linkgraph.repositoryRoot.appendingPathComponent("Gazetteer/belarus.txt").path
        let run = try runLinkgraph(check + ["-g", file])
        XCTAssertEqual(run.status, 3, run.errors)
        XCTAssertEqual(run.stdout, Data())
        XCTAssertEqual(run.errorLines, ["linkgraph: gazetteer: \(file): is a file, and a gazetteer is a folder of *.txt files "
                                        + "(give the folder that holds it, '\(Linkgraph.repositoryRoot.appendingPathComponent("Gazetteer").path)')"])
    }

    func testTheShippedGazetteerGivenAgainIsSkippedAsAlreadyLoaded() throws {
        // The repository's folder, a copy of it elsewhere, and the folder LINKGRAPH_GAZETTEER names.
        let copy = folder.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: Linkgraph.repositoryRoot.appendingPathComponent("Gazetteer"), to: copy)
        let plain = try runLinkgraph(check)
        let cases: [(given: String, environment: [String: String])] = [
            ("Gazetteer", [:]), (copy.path, [:]), (copy.path, ["LINKGRAPH_GAZETTEER": copy.path]),
        ]
        for (given, environment) in cases {
            let run = try runLinkgraph(check + ["-g", given], environment: environment)
            XCTAssertEqual(run.status, 0, "\(given): \(run.errors)")
            XCTAssertEqual(run.stdout, plain.stdout, given)
            XCTAssertEqual(run.errorLines, ["linkgraph: warning: gazetteer folder '\(given)' has the same files as the shipped gazetteer, "
                                            + "which is already loaded; skipped (drop '--gazetteer \(given)')"], given)
        }
        // A folder given twice: the second is skipped the same way, naming the first.
        let extra = folder.appendingPathComponent("extra")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        try Data("city ru-zq-town = Подгорск-Тестовый\n    in ru-smolensk-region\n".utf8).write(to: extra.appendingPathComponent("extra.txt"))
        let twice = try runLinkgraph(check + ["-g", extra.path, "-g", extra.path])
        XCTAssertEqual(twice.status, 0, twice.errors)
        XCTAssertTrue(twice.output.hasPrefix("gazetteer OK: \(try entities(plain) + 1) entities"), twice.output)
        XCTAssertEqual(twice.errorLines.count, 1, twice.errors)
        XCTAssertTrue(twice.errors.contains("has the same files as '\(extra.path)', which is already loaded"), twice.errors)
    }

    func testAnEditedCopyOfTheShippedGazetteerSaysHowToUseIt() throws {
        let copy = folder.appendingPathComponent("edited")
        try FileManager.default.copyItem(at: Linkgraph.repositoryRoot.appendingPathComponent("Gazetteer"), to: copy)
        let people = copy.appendingPathComponent("people.txt")
        let text = try String(contentsOf: people, encoding: .utf8)
        try Data((text + "\nperson person-zq-testov = Тестов Тест Тестович\n    in ru-smolensk-region\n").utf8).write(to: people)
        let run = try runLinkgraph(check + ["-g", copy.path])
        XCTAssertEqual(run.status, 3, run.errors)
        XCTAssertEqual(run.errorLines, ["linkgraph: gazetteer: \(copy.path): has the files of the shipped gazetteer, with changes the loaded one lacks "
                                        + "(to use it instead of the shipped one, run with LINKGRAPH_GAZETTEER=\(copy.path); or rebuild linkgraph)"])
        let instead = try runLinkgraph(check, environment: ["LINKGRAPH_GAZETTEER": copy.path])
        XCTAssertEqual(instead.status, 0, instead.errors)
        XCTAssertTrue(instead.output.hasPrefix("gazetteer OK: \(try entities(runLinkgraph(check)) + 1) entities"), instead.output)
    }

    func testADeepChainOfInLinesLoadsInBoundedTimeAndMemory() throws {
        // 20,000 towns each in the one before: stored ancestor lists once took 1.8 GB for this.
        let depth = 20_000
        var text = "city ru-zq-0 = Цепочка-0\n    in ru-smolensk-region\n"
        for level in 1..<depth {
            text += "\ncity ru-zq-\(level) = Цепочка-\(level)\n    in ru-zq-\(level - 1)\n"
        }
        let chain = folder.appendingPathComponent("chain")
        try FileManager.default.createDirectory(at: chain, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: chain.appendingPathComponent("chain.txt"))
        let plain = try runLinkgraph(check)
        let start = Date()
        let run = try runLinkgraph(check + ["-g", chain.path])
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.hasPrefix("gazetteer OK: \(try entities(plain) + depth) entities"), run.output)
        XCTAssertLessThan(seconds, 120, "a \(depth)-deep chain took \(seconds) s to load")
        // The largest resident size of any finished child process of this test run: every other linkgraph
        // run stays far below this bound.
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        XCTAssertLessThan(usage.ru_maxrss, 1_000_000, "a child process used \(usage.ru_maxrss) KB")
    }
}
