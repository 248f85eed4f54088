import Foundation
import XCTest

/// `linkgraph completions bash|zsh|fish`: the scripts as golden files, their syntax checked by the shell
/// when it is installed, and the commands, options and formats they offer.
final class CompletionsCommandTests: XCTestCase {
    func script(_ shell: String) throws -> String {
        let run = try runLinkgraph(["completions", shell])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "")
        return run.output
    }

    func testTheScriptsMatchTheirGoldenFiles() throws {
        for shell in ["bash", "zsh", "fish"] {
            assertSnapshot(try script(shell), named: "completions.\(shell)")
        }
    }

    func testEachShellReadsItsScriptWithoutSyntaxErrors() throws {
        var checked = 0
        for shell in ["bash", "zsh", "fish"] {
            guard let program = ExternalTool.path(of: shell) else { continue }
            let result = try ExternalTool.withFile(named: "linkgraph.\(shell)", contents: try script(shell)) {
                try ExternalTool.run(program, ["-n", $0])
            }
            XCTAssertEqual(result.status, 0, "\(shell) -n: \(result.errors)")
            checked += 1
        }
        if checked == 0 { throw XCTSkip("none of bash, zsh, fish is installed") }
    }

    func testTheScriptsOfferEveryCommandOptionAndFormat() throws {
        let overview = try runLinkgraph(["--help"]).output
        let commands = overview.components(separatedBy: "COMMANDS:\n")[1].components(separatedBy: "\n\n")[0]
            .split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        XCTAssertEqual(commands, ["items", "extract", "graph", "dormant", "dedup", "gazetteer", "completions", "help"])
        for shell in ["bash", "zsh", "fish"] {
            let text = try script(shell)
            for command in commands { XCTAssertTrue(text.contains(command), "\(shell): no \(command)") }
            let long = shell == "fish" ? "-l " : "--"
            for option in ["format", "gazetteer", "level", "relation", "emit-gazetteer", "as-of"] {
                XCTAssertTrue(text.contains(long + option), "\(shell): «\(long + option)» not offered")
            }
            for word in ["json table", "dot graphml gexf json", "table csv json", "org place country", "agreement twinning planned event",
                         "bash zsh fish", "check"] {
                XCTAssertTrue(text.contains(word), "\(shell): «\(word)» not offered")
            }
        }
        // Every option of every command is in the bash script, from the help text the same specs render.
        let bash = try script("bash")
        for command in commands where command != "help" {
            let help = try runLinkgraph(["help", command]).output
            let options = help.split(separator: "\n").compactMap { line in
                line.range(of: #"--[a-z-]+"#, options: .regularExpression).map { String(line[$0]) }
            }
            for option in options {
                XCTAssertTrue(bash.contains(option), "\(command) \(option) is not in the bash script")
            }
        }
    }

    func testAShellThatIsNotKnownIsAUsageError() throws {
        for args in [["completions"], ["completions", "tcsh"], ["completions", "bash", "zsh"]] {
            let run = try runLinkgraph(args)
            XCTAssertEqual(run.status, 2, args.joined(separator: " "))
            XCTAssertEqual(run.stdout, Data())
            XCTAssertEqual(run.errorLines.count, 1, run.errors)
            XCTAssertTrue(run.errors.contains("'completions' takes one shell, bash, zsh, fish"), run.errors)
        }
    }
}
