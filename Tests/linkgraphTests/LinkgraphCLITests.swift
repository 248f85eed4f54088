import Foundation
import XCTest

/// The command line as a whole: help, version, and mistakes in how linkgraph is called.
final class LinkgraphCLITests: XCTestCase {
    func testHelpAndVersionExitZero() throws {
        let cases: [(args: [String], expected: [String])] = [
            (["--help"], ["USAGE: linkgraph COMMAND", "items", "EXIT STATUS"]),
            (["-h"], ["USAGE: linkgraph COMMAND"]),
            (["help"], ["USAGE: linkgraph COMMAND"]),
            (["help", "items"], ["USAGE: linkgraph items [OPTIONS] FILE...", "--format", "--output", "--jobs", "--strict"]),
            (["items", "--help"], ["USAGE: linkgraph items [OPTIONS] FILE..."]),
            (["items", "-h"], ["USAGE: linkgraph items [OPTIONS] FILE..."]),
            (["--version"], ["linkgraph "]),
        ]
        for (args, expected) in cases {
            let run = try runLinkgraph(args)
            let label = args.joined(separator: " ")
            XCTAssertEqual(run.status, 0, label)
            XCTAssertEqual(run.errors, "", label)
            for phrase in expected {
                XCTAssertTrue(run.output.contains(phrase), "\(label): «\(phrase)» not in\n\(run.output)")
            }
        }
        let version = try runLinkgraph(["--version"]).output
        XCTAssertNotNil(version.range(of: #"^linkgraph \d+\.\d+\.\d+ \(gazetteer: \d+ entities\)\n$"#, options: .regularExpression), version)
        let check = try runLinkgraph(["gazetteer", "check"]).output
        let count = version.split(separator: "(")[1].split(separator: " ")[1]
        XCTAssertTrue(check.hasPrefix("gazetteer OK: \(count) entities"), "\(version) vs \(check)")
    }

    func testUsageErrorsAreExit2WithOneClearLine() throws {
        let file = Linkgraph.example("smolensk-municipal-2025-q1")
        let cases: [(args: [String], expected: String)] = [
            (["items", "--bogus", file], "unknown option '--bogus'"),
            (["items", "--form", "json", file], "unknown option '--form' (did you mean '--format'?)"),
            (["items", "-x", file], "unknown option '-x'"),
            (["items", "--format", "xml", file], "'--format' must be one of json, table, not 'xml'"),
            (["items", "--format=", file], "'--format' must be one of json, table, not ''"),
            (["items"], "no input files given"),
            (["items", "--strict"], "no input files given"),
            (["items", "--jobs", "0", file], "'--jobs' takes a whole number from 1 to 512, not '0'"),
            (["items", "--jobs", "many", file], "'--jobs' takes a whole number from 1 to 512, not 'many'"),
            (["items", file, "--jobs"], "'--jobs' needs a value (N)"),
            (["items", "--strict=yes", file], "'--strict' takes no value"),
            (["items", "-o", "a.json", "-o", "b.json", file], "'--output' is given twice"),
            (["itemz", file], "no command 'itemz'"),
            (["help", "nothing"], "no command 'nothing'"),
            (["--version", "extra"], "'--version' takes no arguments, not 'extra'"),
        ]
        for (args, expected) in cases {
            let run = try runLinkgraph(args)
            let label = args.joined(separator: " ")
            XCTAssertEqual(run.status, 2, "\(label): \(run.errors)")
            XCTAssertEqual(run.stdout, Data(), label)
            XCTAssertEqual(run.errorLines.count, 1, "\(label): \(run.errors)")
            let line = run.errorLines.first ?? ""
            XCTAssertTrue(line.hasPrefix("linkgraph: "), "\(label): \(line)")
            XCTAssertTrue(line.contains(expected), "\(label): «\(expected)» not in «\(line)»")
            XCTAssertTrue(line.hasSuffix("(see 'linkgraph help items')") || line.hasSuffix("(see 'linkgraph --help')"), "\(label): \(line)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: Linkgraph.repositoryRoot.appendingPathComponent("a.json").path))
    }

    func testNoArgumentsShowsTheOverviewOnStandardErrorAndExits2() throws {
        let run = try runLinkgraph([])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, Data())
        XCTAssertTrue(run.errors.contains("USAGE: linkgraph COMMAND"), run.errors)
    }

    func testDoubleDashEndsOptions() throws {
        let run = try runLinkgraph(["items", "--", "--format"])
        XCTAssertEqual(run.status, 1, "'--format' is a file name after '--'")
        XCTAssertTrue(run.errors.contains("  --format: no such file"), run.errors)
    }

    /// The forms people type: attached values, `=` after a short option, bundled flags.
    func testOptionFormsPeopleType() throws {
        let file = Linkgraph.example("smolensk-municipal-2025-q1")
        let reference = try runLinkgraph(["dormant", "--all", "--jobs", "1", "--format", "csv", file])
        XCTAssertEqual(reference.status, 0, reference.errors)
        for args in [["-aj1", "-fcsv"], ["-a", "-j1", "-f=csv"], ["--all", "--jobs=1", "--format=csv"], ["-aj", "1", "-f", "csv"]] {
            let run = try runLinkgraph(["dormant"] + args + [file])
            XCTAssertEqual(run.status, 0, "\(args): \(run.errors)")
            XCTAssertEqual(run.stdout, reference.stdout, "\(args)")
        }
        let folder = try TemporaryFolder("linkgraph-forms")
        let target = folder.path("out.dot")
        let written = try runLinkgraph(["graph", "-o=\(target)", file])
        XCTAssertEqual(written.status, 0, written.errors)
        XCTAssertTrue(FileManager.default.fileExists(atPath: target), "-o=FILE names FILE, not =FILE")
        let unknown = try runLinkgraph(["dormant", "-az", file])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.errorLines, ["linkgraph: unknown option '-z' in '-az' (see 'linkgraph help dormant')"])
        let missing = try runLinkgraph(["items", file, "-j"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.errors.contains("'--jobs' needs a value (N)"), missing.errors)
    }

    /// Control characters in file names and report text never reach the terminal raw.
    func testControlCharactersAreEscapedInMessagesAndTables() throws {
        let folder = try TemporaryFolder("linkgraph-escape")
        let hostileName = try folder.write("e\u{1B}[2Jvil.txt", "just a letter\n")
        let failed = try runLinkgraph(["items", hostileName])
        XCTAssertEqual(failed.status, 1)
        XCTAssertFalse(failed.errors.contains("\u{1B}"), failed.errors)
        XCTAssertTrue(failed.errors.contains("e\\u{1B}[2Jvil.txt"), failed.errors)
        let example = try String(contentsOfFile: Linkgraph.repositoryRoot.appendingPathComponent(Linkgraph.example("smolensk-municipal-2025-q1")).path,
                                 encoding: .utf8)
        let report = folder.url.appendingPathComponent("report.txt")
        let hostileText = try XCTUnwrap(example.range(of: "г. Смоленск"))
        try Data(example.replacingCharacters(in: hostileText, with: "г. Смоленск\u{1B}]0;owned\u{07}\u{202E}").utf8).write(to: report)
        for command in [["items", "-f", "table"], ["extract", "-f", "table"]] {
            let run = try runLinkgraph(command + [report.path])
            XCTAssertEqual(run.status, 0, run.errors)
            XCTAssertFalse(run.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(command)")
            if command[0] == "items" {
                XCTAssertTrue(run.output.contains("\\u{1B}]0;owned\\u{7}\\u{202E}"), "shown escaped")
            }
        }
    }

    /// A terminal that cannot erase a line (TERM=dumb) gets no progress escapes.
    func testNoEscapesForADumbTerminal() throws {
        let script = "/usr/bin/script"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: script), "needs script(1) for a terminal")
        let executable = try XCTUnwrap(Linkgraph.executable).path
        let file = Linkgraph.example("smolensk-regional-2025-q2")
        let command = "TERM=dumb LINKGRAPH_PROGRESS_AFTER=0 \(executable) items -j 1 -o /dev/null \(file)"
        let result = try ExternalTool.run(script, ["-q", "-e", "-c", command, "/dev/null"], in: Linkgraph.repositoryRoot)
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(String(decoding: result.stdout, as: UTF8.self).contains("\u{1B}[K"))
    }
}
