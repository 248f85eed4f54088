import Foundation
import XCTest

/// The binary is a complete install: a copy anywhere gives the same output, and a `Gazetteer/` folder
/// where it happens to run (or beside it) does not change its answers.
final class PortableBinaryTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-portable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The example reports, by absolute path: the same arguments from any working folder.
    var examples: [String] {
        ["smolensk-municipal-2023-q4", "smolensk-municipal-2024-q4", "smolensk-municipal-2025-q1", "smolensk-regional-2025-q2"]
            .map { Linkgraph.repositoryRoot.appendingPathComponent(Linkgraph.example($0)).path }
    }

    /// A copy of the built binary at `relative` inside the test's folder.
    func copyOfTheBinary(at relative: String) throws -> URL {
        let original = try XCTUnwrap(Linkgraph.executable, "run 'swift build' first")
        let copy = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: original, to: copy)
        return copy
    }

    func testACopyInAnEmptyFolderRunFromTheRootGivesTheSameOutput() throws {
        for example in examples { XCTAssertTrue(FileManager.default.fileExists(atPath: example), example) }
        let copy = try copyOfTheBinary(at: "linkgraph")
        for args in [["extract"] + examples, ["graph", "-f", "json"] + examples, ["gazetteer", "check"]] {
            let built = try runLinkgraph(args)
            let copied = try runLinkgraph(args, in: URL(fileURLWithPath: "/"), executable: copy)
            let label = args.prefix(3).joined(separator: " ")
            XCTAssertEqual(built.status, 0, "\(label): \(built.errors)")
            XCTAssertEqual(copied.status, 0, "\(label): \(copied.errors)")
            XCTAssertFalse(built.stdout.isEmpty, label)
            XCTAssertEqual(copied.stdout, built.stdout, "\(label): the copy run from / differs from the build")
        }
    }

    func testAGazetteerFolderWhereLinkgraphRunsChangesNothing() throws {
        // A bogus city named like the Smolensk region's capital: loaded, it would clash with the real one and
        // stop every run with a gazetteer error.
        let bogus = "country zq = Подброшенная страна\n\ncity zq-smolensk = Смоленск\n    in zq\n"
        for place in ["Gazetteer", "bin/Gazetteer"] {
            let planted = folder.appendingPathComponent(place)
            try FileManager.default.createDirectory(at: planted.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
            try Data("# A gazetteer someone left here.\n".utf8).write(to: planted.appendingPathComponent("README.md"))
            try Data(bogus.utf8).write(to: planted.appendingPathComponent("countries.txt"))
        }
        let copy = try copyOfTheBinary(at: "bin/linkgraph")
        let args = ["extract"] + examples
        let built = try runLinkgraph(args)
        XCTAssertEqual(built.status, 0, built.errors)
        for directory in [folder!, folder.appendingPathComponent("bin")] {
            let run = try runLinkgraph(args, in: directory, executable: copy)
            XCTAssertEqual(run.status, 0, run.errors)
            XCTAssertEqual(run.errors, "")
            XCTAssertEqual(run.stdout, built.stdout, "a Gazetteer/ folder in \(directory.path) changed the output")
        }
        // The planted folder does change the answer when it is asked for.
        let asked = try runLinkgraph(args + ["--gazetteer", folder.appendingPathComponent("Gazetteer").path])
        XCTAssertEqual(asked.status, 3, "the planted gazetteer would change nothing, so the test would prove nothing: \(asked.errors)")
    }
}
