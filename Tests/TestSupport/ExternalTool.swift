import Foundation
import XCTest

/// Runs the external programs the exporter tests check their output with (`dot`, `neato`, `sfdp`,
/// `xmllint`, `python3`), capturing exit status, stdout and stderr. A test that needs a missing program
/// is skipped, not failed: CI installs graphviz and libxml2-utils, a developer machine may not have them.
public enum ExternalTool {
    public struct Result {
        public var status: Int32
        public var stdout: Data
        public var stderr: Data

        public var output: String { String(decoding: stdout, as: UTF8.self) }
        public var errors: String { String(decoding: stderr, as: UTF8.self) }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// The full path of `name` on `PATH`, or nil.
    public static func path(of name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The path of `name`, or an `XCTSkip` saying how to install it.
    public static func require(_ name: String, package: String) throws -> String {
        guard let path = path(of: name) else {
            throw XCTSkip("\(name) is not installed (apt-get install -y \(package))")
        }
        return path
    }

    /// Skips unless `python3` can import networkx.
    public static func requireNetworkX() throws -> String {
        let python = try require("python3", package: "python3")
        let probe = try run(python, ["-c", "import networkx"])
        guard probe.status == 0 else { throw XCTSkip("python3 cannot import networkx (pip install networkx)") }
        return python
    }

    /// Runs `executable` with `arguments`, `input` on stdin, `environment` added to this process's; waits for
    /// it to finish. Output goes through temporary files, so a chatty program cannot fill a pipe and hang.
    public static func run(_ executable: String, _ arguments: [String], input: Data = Data(), in workingDirectory: URL? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inURL = directory.appendingPathComponent("stdin")
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        try input.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let stdin = try FileHandle(forReadingFrom: inURL)
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        defer {
            try? stdin.close()
            try? stdout.close()
            try? stderr.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
    }

    /// Writes `text` to a new temporary file with `name`, runs `body` with its path, removes it.
    public static func withFile<T>(named name: String, contents text: String, _ body: (String) throws -> T) throws -> T {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return try body(url.path)
    }

    /// Runs a graphviz layout program (`dot`, `neato`, `sfdp`) on DOT text.
    public static func graphviz(_ program: String, format: String, _ dot: String) throws -> Result {
        let executable = try require(program, package: "graphviz")
        return try run(executable, ["-T\(format)"], input: Data(dot.utf8))
    }

    /// `xmllint --noout` on XML text: well-formedness only.
    public static func xmllint(_ xml: String, name: String) throws -> Result {
        let executable = try require("xmllint", package: "libxml2-utils")
        return try withFile(named: name, contents: xml) { try run(executable, ["--noout", $0]) }
    }

    /// Runs a Python script with `file` as its one argument, after checking networkx is there.
    public static func networkx(_ script: String, file text: String, name: String) throws -> Result {
        let python = try requireNetworkX()
        return try withFile(named: name, contents: text) { try run(python, ["-c", script, $0]) }
    }

    private static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
