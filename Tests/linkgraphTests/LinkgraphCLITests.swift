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
}
