import Foundation
import XCTest

/// The HTML page in a real browser: headless Chromium (Debian's `chromium`) opens the examples' page as
/// `page.html#selftest`, where the page clicks an edge, moves the time slider and searches by itself and
/// writes what it saw into `<pre id="selftest-result">`; the test reads that from `--dump-dom`. A
/// screenshot is kept in `.build/artifacts/graph-html.png`. Skipped when Chromium is not installed.
final class GraphHTMLBrowserTests: XCTestCase {
    static let artifacts = Linkgraph.repositoryRoot.appendingPathComponent(".build/artifacts")

    func chromium() throws -> String {
        if let path = ExternalTool.path(of: "chromium") ?? ExternalTool.path(of: "chromium-browser") { return path }
        throw XCTSkip("chromium is not installed (apt-get install -y chromium)")
    }

    /// Runs Chromium headless with a throw-away profile (under `timeout` when there is one).
    func browse(_ chromium: String, _ arguments: [String], in directory: URL) throws -> ExternalTool.Result {
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                     "--user-data-dir=\(directory.appendingPathComponent("profile").path)"]
        if let timeout = ExternalTool.path(of: "timeout") {
            return try ExternalTool.run(timeout, ["120", chromium] + flags + arguments, in: directory)
        }
        return try ExternalTool.run(chromium, flags + arguments, in: directory)
    }

    func page(level: String, in directory: URL) throws -> (URL, [String: Any]) {
        let url = directory.appendingPathComponent("graph-\(level).html")
        let run = try runLinkgraph(["graph"] + GraphCommandTests.examples + ["--level", level, "--format", "html", "--output", url.path])
        XCTAssertEqual(run.status, 0, run.errors)
        let json = try runLinkgraph(["graph"] + GraphCommandTests.examples + ["--level", level, "--format", "json"])
        let graph = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        return (url, graph)
    }

    /// The self-test's JSON from a dumped DOM (text content: `&`, `<`, `>` escaped).
    static func selfTestResult(_ dom: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let open = try XCTUnwrap(dom.range(of: "<pre id=\"selftest-result\""), "no self-test result in the DOM", file: file, line: line)
        let start = try XCTUnwrap(dom.range(of: ">", range: open.upperBound..<dom.endIndex), file: file, line: line)
        let end = try XCTUnwrap(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex), file: file, line: line)
        let text = dom[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
            .replacingOccurrences(of: "&amp;", with: "&")
        XCTAssertFalse(text.isEmpty, "the self-test wrote nothing", file: file, line: line)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text, file: file, line: line)
    }

    func testExamplePageWorksInHeadlessChromium() throws {
        let browser = try chromium()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for level in ["place", "org"] {
            let (url, graph) = try page(level: level, in: directory)
            let run = try browse(browser, ["--dump-dom", url.absoluteString + "#selftest"], in: directory)
            XCTAssertEqual(run.status, 0, run.errors)
            let result = try Self.selfTestResult(run.output)
            let nodes = (graph["nodes"] as? [Any])?.count, edges = (graph["edges"] as? [[String: Any]]) ?? []
            XCTAssertEqual(result["errors"] as? [String], [], "console errors at \(level) level")
            XCTAssertEqual(result["drawnNodes"] as? Int, nodes)
            XCTAssertEqual(result["drawnEdges"] as? Int, edges.count)
            XCTAssertEqual(result["visibleEdges"] as? Int, edges.count, "all edges shown at the last quarter")
            let clicked = try XCTUnwrap(result["clicked"] as? [String: Any])
            XCTAssertEqual(clicked["quotesShown"] as? Bool, true, "a click on an edge lists its evidence")
            XCTAssertGreaterThan(clicked["pieces"] as? Int ?? 0, 1)
            XCTAssertEqual(clicked["listed"] as? Int, clicked["pieces"] as? Int)
            let slider = try XCTUnwrap(result["slider"] as? [String: Any])
            let end = try XCTUnwrap(slider["end"] as? String)
            let later = edges.filter { ($0["first"] as? String).map { $0 > end } ?? false }.count
            XCTAssertGreaterThan(later, 0, "the first quarter is before most edges")
            XCTAssertEqual(slider["laterEdges"] as? Int, later)
            XCTAssertEqual(slider["wrong"] as? Int, 0, "at the first quarter exactly the later edges are hidden")
            XCTAssertEqual(slider["visibleEdges"] as? Int, edges.count - later)
            let search = try XCTUnwrap(result["search"] as? [String: Any])
            XCTAssertEqual(search["found"] as? Bool, true, "«Витебска» finds Витебск")
            XCTAssertEqual(result["pass"] as? Bool, true)
        }
        // The screenshot, kept for CI.
        let (url, _) = try page(level: "place", in: directory)
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let png = Self.artifacts.appendingPathComponent("graph-html.png")
        try? FileManager.default.removeItem(at: png)
        let shot = try browse(browser, ["--window-size=1600,1000", "--screenshot=\(png.path)", url.absoluteString], in: directory)
        XCTAssertEqual(shot.status, 0, shot.errors)
        let data = try Data(contentsOf: png)
        XCTAssertEqual(Array(data.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        XCTAssertGreaterThan(data.count, 20_000, "a picture, not a blank page")
    }
}
