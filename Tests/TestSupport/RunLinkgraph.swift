import Foundation
import XCTest

/// What one run of the `linkgraph` binary gave.
public struct LinkgraphRun {
    public let status: Int32
    public let stdout: Data
    public let stderr: Data

    public init(status: Int32, stdout: Data, stderr: Data) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var output: String { String(decoding: stdout, as: UTF8.self) }
    public var errors: String { String(decoding: stderr, as: UTF8.self) }
    /// The lines of standard error, without the final empty one.
    public var errorLines: [String] { errors.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
}

public enum Linkgraph {
    /// The repository root, found from this file's path.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func example(_ name: String) -> String { "Examples/\(name).txt" }

    /// The built `linkgraph` executable: beside the test bundle (the same build products folder), else in
    /// `.build/debug`.
    public static let executable: URL? = {
        let bundle = Bundle.main.bundleURL
        var candidates = [bundle.appendingPathComponent("linkgraph"),
                          bundle.deletingLastPathComponent().appendingPathComponent("linkgraph")]
        for bundleOfTests in Bundle.allBundles where bundleOfTests.bundleURL.pathExtension == "xctest" {
            candidates.append(bundleOfTests.bundleURL.deletingLastPathComponent().appendingPathComponent("linkgraph"))
        }
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/linkgraph"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }
    }()
}

/// Runs the built `linkgraph` (or `executable`, a copy of it) with `args` in the repository root (so example
/// paths are relative and the output does not depend on where the repository is), feeding `stdin` (nothing
/// when nil), with `environment` added.
public func runLinkgraph(_ args: [String], stdin: Data? = nil, in directory: URL = Linkgraph.repositoryRoot,
                         environment: [String: String] = [:], executable: URL? = nil,
                         file: StaticString = #filePath, line: UInt = #line) throws -> LinkgraphRun {
    let executable = try XCTUnwrap(executable ?? Linkgraph.executable, "the linkgraph executable was not found: run 'swift build' first",
                                   file: file, line: line)
    let result = try ExternalTool.run(executable.path, args, input: stdin ?? Data(), in: directory, environment: environment)
    return LinkgraphRun(status: result.status, stdout: result.stdout, stderr: result.stderr)
}
