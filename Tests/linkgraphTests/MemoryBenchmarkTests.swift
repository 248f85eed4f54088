import Foundation
import XCTest

/// Peak memory of one large input, measured on the built binary with `/usr/bin/time` (skipped where it
/// is not installed): a run holds a few times the input, not ten, and refuses what is no report before
/// building anything from it. Benchmarks with generous bounds, well above what a run takes.
final class MemoryBenchmarkTests: XCTestCase {
    static let time = "/usr/bin/time"

    /// Peak resident memory in bytes of `linkgraph arguments`, and the run's status.
    private func peak(_ arguments: [String]) throws -> (bytes: Int, status: Int32, errors: String) {
        let executable = try XCTUnwrap(Linkgraph.executable, "run 'swift build' first")
        let result = try ExternalTool.run(Self.time, ["-f", "peak %M", executable.path] + arguments, in: Linkgraph.repositoryRoot)
        let line = try XCTUnwrap(result.errors.split(separator: "\n").last { $0.hasPrefix("peak ") }, result.errors)
        let kilobytes = try XCTUnwrap(Int(line.dropFirst(5)), String(line))
        return (kilobytes << 10, result.status, result.errors)
    }

    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// The regional example's items repeated (renumbered) to about `megabytes` MB: one large, real report.
    private func largeReport(megabytes: Int, in folder: URL) throws -> URL {
        let text = try String(contentsOf: Linkgraph.repositoryRoot.appendingPathComponent(Linkgraph.example("smolensk-regional-2025-q2")), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isNumber = { (line: String) in line.hasPrefix("\t") && line.dropFirst().trimmingCharacters(in: .whitespaces).hasSuffix(".")
            && line.dropFirst().trimmingCharacters(in: .whitespaces).dropLast().allSatisfy(\.isNumber) }
        let starts = lines.indices.filter { isNumber(lines[$0]) }
        let head = lines[..<starts[0]].joined(separator: "\n") + "\n"
        let items = starts.indices.map { index in
            lines[(starts[index] + 1)..<(index + 1 < starts.count ? starts[index + 1] : lines.count)].joined(separator: "\n") + "\n"
        }
        var output = Data(head.utf8)
        var number = 0
        while output.count < megabytes << 20 {
            for item in items {
                number += 1
                output += Data("\t\(number % 99_999 + 1).\n".utf8) + Data(item.utf8)
            }
        }
        let url = folder.appendingPathComponent("large.txt")
        try output.write(to: url)
        return url
    }

    func testTheGraphOfALargeReportHoldsAFewTimesItsSize() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.time), "\(Self.time) is not installed (apt-get install time)")
        let folder = try folder()
        let large = try largeReport(megabytes: 8, in: folder)
        let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: large.path)[.size] as? Int)
        let baseline = try peak(["graph", "-f", "json", "-j", "1", Linkgraph.example("smolensk-municipal-2023-q4"), "-o", folder.appendingPathComponent("small.json").path])
        let run = try peak(["graph", "-f", "json", "-j", "1", large.path, "-o", folder.appendingPathComponent("large.json").path])
        XCTAssertEqual(run.status, 0, run.errors)
        let ratio = Double(run.bytes - baseline.bytes) / Double(size)
        print("graph of a \(size >> 20) MB report: peak \(run.bytes >> 20) MB, \(baseline.bytes >> 20) MB for a small one: \(String(format: "%.1f", ratio))× the input above it")
        XCTAssertLessThan(ratio, 6, "a few times the input, not ten")
    }

    func testALongLineWithoutATableIsRefusedQuickly() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.time), "\(Self.time) is not installed (apt-get install time)")
        let folder = try folder()
        let line = folder.appendingPathComponent("line.txt")
        let size = 32 << 20
        try Data(String(repeating: "отчет ", count: size / 11).utf8).write(to: line)
        let started = Date()
        let run = try peak(["items", line.path])
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("no numbered rows found"), run.errors)
        print("a \(size >> 20) MB line refused in \(String(format: "%.1f", seconds)) s, peak \(run.bytes >> 20) MB")
        XCTAssertLessThan(run.bytes, 40 << 20 + 3 * size, "the bytes, the text and the scanner's copy at most")
        XCTAssertLessThan(seconds, 60)
    }
}
