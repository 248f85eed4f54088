import Foundation
import XCTest

/// Golden files in `Tests/Snapshots/`: a test's text output compared line by line with the
/// stored one. With `LINKGRAPH_RECORD_SNAPSHOTS=1` in the environment the stored file is rewritten instead.
public enum Snapshot {
    public static let folder = Linkgraph.repositoryRoot.appendingPathComponent("Tests/Snapshots")

    public static var recording: Bool { ProcessInfo.processInfo.environment["LINKGRAPH_RECORD_SNAPSHOTS"] == "1" }

    /// The first difference between two texts, by line: nil when they are equal.
    public static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : nil
            let got = index < actualLines.count ? String(actualLines[index]) : nil
            if want != got {
                return "line \(index + 1) differs:\n  expected: \(want.map { "«\($0)»" } ?? "(end of text)")\n"
                    + "  actual:   \(got.map { "«\($0)»" } ?? "(end of text)")"
            }
        }
        return "the texts differ in a way lines do not show (line ends?)"
    }
}

/// Compares `actual` with the snapshot `name`, or records it when recording is on.
public func assertSnapshot(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = Snapshot.folder.appendingPathComponent(name)
    if Snapshot.recording {
        do {
            try FileManager.default.createDirectory(at: Snapshot.folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            print("recorded snapshot \(url.path)")
        } catch {
            XCTFail("cannot record snapshot \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        XCTFail("no snapshot \(url.path): run the tests with LINKGRAPH_RECORD_SNAPSHOTS=1 to record it", file: file, line: line)
        return
    }
    if let difference = Snapshot.firstDifference(expected: String(decoding: data, as: UTF8.self), actual: actual) {
        XCTFail("output differs from snapshot \(name), \(difference)\n(if the change is intended, re-record with LINKGRAPH_RECORD_SNAPSHOTS=1)",
                file: file, line: line)
    }
}
