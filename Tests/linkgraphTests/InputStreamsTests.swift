import Foundation
import XCTest

/// Inputs that are not regular files — standard input through a pipe, `/dev/stdin`, a FIFO, a process
/// substitution — are read as streams; the size limit (`--max-input-mb`, `LINKGRAPH_MAX_INPUT_MB`) holds
/// for files and streams; warnings about bytes that are not UTF-8 reach standard error.
final class InputStreamsTests: XCTestCase {
    static let example = Linkgraph.example("smolensk-municipal-2023-q4")

    /// Runs a shell command line in the repository root, with `linkgraph` standing for the built binary.
    private func shell(_ script: String) throws -> ExternalTool.Result {
        let executable = try XCTUnwrap(Linkgraph.executable, "run 'swift build' first")
        return try ExternalTool.run("/bin/bash", ["-c", "linkgraph() { '\(executable.path)' \"$@\"; }; " + script], in: Linkgraph.repositoryRoot)
    }

    /// The `items` JSON of a run with its report's `source` taken out, to compare runs that name the input differently.
    private func itemsWithoutSource(_ output: Data, file: StaticString = #filePath, line: UInt = #line) throws -> NSDictionary {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: output) as? [String: Any], file: file, line: line)
        var reports = try XCTUnwrap(object["reports"] as? [[String: Any]], file: file, line: line)
        XCTAssertEqual(reports.count, 1, file: file, line: line)
        for index in reports.indices { reports[index]["source"] = nil }
        return reports.first.map { NSDictionary(dictionary: $0) } ?? [:]
    }

    func testStreamsAreReadLikeTheFile() throws {
        let direct = try runLinkgraph(["items", Self.example])
        XCTAssertEqual(direct.status, 0, direct.errors)
        let expected = try itemsWithoutSource(direct.stdout)
        for script in ["cat \(Self.example) | linkgraph items -",
                       "cat \(Self.example) | linkgraph items /dev/stdin",
                       "linkgraph items /dev/stdin < \(Self.example)",
                       "linkgraph items <(cat \(Self.example))"] {
            let run = try shell(script)
            XCTAssertEqual(run.status, 0, "\(script): \(run.errors)")
            XCTAssertEqual(run.errors, "", script)
            XCTAssertEqual(try itemsWithoutSource(run.stdout), expected, script)
        }
    }

    func testAFIFOIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("report.fifo").path
        let run = try shell("mkfifo '\(fifo)' && (cat \(Self.example) > '\(fifo)' &) && linkgraph items '\(fifo)'")
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(try itemsWithoutSource(run.stdout), try itemsWithoutSource(try runLinkgraph(["items", Self.example]).stdout))
    }

    func testAnEndlessStreamStopsAtTheLimit() throws {
        let run = try shell("linkgraph items - --max-input-mb 2 < /dev/zero")
        XCTAssertEqual(run.status, 1, run.errors)
        XCTAssertTrue(run.errors.contains("-: the input goes on past 2 MB"), run.errors)
        let device = try shell("linkgraph items /dev/zero --max-input-mb 3")
        XCTAssertEqual(device.status, 1)
        XCTAssertTrue(device.errors.contains("/dev/zero: the input goes on past 3 MB"), device.errors)
    }

    func testTheLimitIsSettable() throws {
        // The example padded with blank lines to 1.5 MB: over a limit of 1 MB, under one of 2 MB.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt")
        var bytes = try Data(contentsOf: Linkgraph.repositoryRoot.appendingPathComponent(Self.example))
        while bytes.count < 3 << 19 { bytes += Data("\n".utf8) }
        try bytes.write(to: big)
        let refused = try runLinkgraph(["items", big.path, "--max-input-mb", "1"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("\(big.path): the file is larger than 1 MB"), refused.errors)
        XCTAssertEqual(try runLinkgraph(["items", big.path, "--max-input-mb", "2"]).status, 0)
        let environment = try shell("LINKGRAPH_MAX_INPUT_MB=1 linkgraph items '\(big.path)'")
        XCTAssertEqual(environment.status, 1)
        XCTAssertTrue(environment.errors.contains("larger than 1 MB"), environment.errors)
        let option = try shell("LINKGRAPH_MAX_INPUT_MB=1 linkgraph items '\(big.path)' --max-input-mb 2")
        XCTAssertEqual(option.status, 0, "the option wins over the environment: \(option.errors)")
        for bad in ["0", "x", "99999999"] {
            let run = try runLinkgraph(["items", Self.example, "--max-input-mb", bad])
            XCTAssertEqual(run.status, 2, bad)
            XCTAssertTrue(run.errors.contains("'--max-input-mb' takes a whole number of MB"), run.errors)
        }
        XCTAssertEqual(try shell("LINKGRAPH_MAX_INPUT_MB=lots linkgraph items \(Self.example)").status, 2)
    }

    func testBadBytesAreWarnedAboutOnStandardError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try String(contentsOfFile: Linkgraph.repositoryRoot.appendingPathComponent(Self.example).path, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        lines[39] = lines[39].map { $0 == 0xD0 ? 0xC0 : $0 }   // line 40: lead bytes broken
        let path = folder.appendingPathComponent("q4.txt").path
        try Data(Array(lines.joined(separator: [0x0A]))).write(to: URL(fileURLWithPath: path))
        for command in [["items"], ["graph", "-f", "json"], ["dormant"], ["extract"]] {
            let run = try runLinkgraph(command + [path])
            XCTAssertEqual(run.status, 0, "\(command): \(run.errors)")
            XCTAssertEqual(run.errorLines, ["linkgraph: \(path):40: warning: bytes that are not UTF-8 replaced by U+FFFD (the file is read as UTF-8)"],
                           "\(command)")
        }
    }

    func testTextInNoKnownEncodingIsRefused() throws {
        var random = SeededGenerator(seed: 12)
        let bytes = Data((0..<20_000).map { _ in UInt8.random(in: 1...255, using: &random) })
        let run = try ExternalTool.withFile(named: "noise.txt", contents: "") { path in
            try bytes.write(to: URL(fileURLWithPath: path))
            return try runLinkgraph(["items", path])
        }
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("noise.txt: this is not UTF-8, Windows-1251 or KOI8-R text"), run.errors)
    }
}
