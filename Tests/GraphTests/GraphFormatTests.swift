@testable import Graph
import XCTest

final class GraphFormatTests: XCTestCase {
    func testGraphFormatDispatchesToTheWriters() {
        let graph = GraphFixtures.sample
        XCTAssertEqual(GraphFormat.allCases.map(\.rawValue), ["dot", "graphml", "gexf", "json", "html", "svg"])
        XCTAssertEqual(GraphFormat.dot.render(graph), DOTWriter().write(graph))
        XCTAssertEqual(GraphFormat.graphml.render(graph), GraphMLWriter().write(graph))
        XCTAssertEqual(GraphFormat.gexf.render(graph), GEXFWriter().write(graph))
        XCTAssertEqual(GraphFormat.json.render(graph), GraphJSONWriter().write(graph))
        XCTAssertEqual(GraphFormat.svg.render(graph), SVGWriter().write(graph))
        XCTAssertEqual(GraphFormat.html.render(graph), HTMLWriter(coverage: ReportCoverage(reports: [])).write(graph))
        let coverage = ReportCoverage(inputs: [])
        var page = ""
        GraphFormat.html.render(graph, coverage: coverage, to: &page)
        XCTAssertEqual(page, HTMLWriter(coverage: coverage).write(graph))
        for format in GraphFormat.allCases {
            XCTAssertEqual(GraphFormat(rawValue: format.fileExtension), format)
            XCTAssertTrue(format.render(GraphFixtures.empty).hasSuffix("\n"))
        }
    }
}
