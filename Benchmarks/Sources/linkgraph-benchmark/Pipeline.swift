import Entities
import Foundation
import Graph

/// The whole pipeline in this process, on one core, streaming as the command line does and timed per
/// stage: read (file bytes to a report), link (names to entities, and the ties each item states), graph
/// (each report reduced to what the graph needs and added to a ``GraphPipeline`` as it comes, the graph
/// finished at the end), export (each report's `extract` JSON as it comes;
/// the graph as JSON, DOT, GraphML and GEXF at the end). Nothing is kept of a report but its graph input.
struct Pipeline {
    struct Timings {
        var read = 0.0, link = 0.0, graph = 0.0, exportGraph = 0.0, exportExtract = 0.0
        /// The HTML page and the SVG picture (layout, dormancy timeline, drawing): not in `total`, which
        /// stays comparable with earlier runs.
        var exportPictures = 0.0, pictureBytes = 0
        var bytes = 0, items = 0, reports = 0, mentions = 0, nodes = 0, edges = 0, outputBytes = 0, extractBytes = 0
        var total: Double { read + link + graph + exportGraph + exportExtract }
    }

    /// Counts what it is given, keeping nothing.
    struct CountingSink: DocumentSink {
        var bytes = 0
        mutating func write(_ string: String) { bytes += string.utf8.count }
        mutating func write(utf8 bytes: [UInt8]) { self.bytes += bytes.count }
    }

    let gazetteer: Gazetteer

    func run(_ paths: [String]) throws -> Timings {
        var timings = Timings()
        var pipeline = GraphPipeline(gazetteer: gazetteer, level: .org)
        for path in paths {
            let (report, read) = try Measure.time { () throws -> Report in
                let bytes = try ReportReader.readFile(path)
                timings.bytes += bytes.count
                return try ReportReader.read(bytes: bytes, source: path)
            }
            timings.read += read
            let (linked, link) = Measure.time { pipeline.linker.link(report) }
            timings.link += link
            timings.items += report.items.count
            timings.reports += 1
            timings.mentions += linked.items.reduce(0) { $0 + $1.mentions.count }
            let (extract, extractTime) = Measure.time { ExtractJSON.report(linked).utf8(indent: 2, level: 2).count }
            timings.exportExtract += extractTime
            timings.extractBytes += extract
            let (_, graph) = Measure.time { pipeline.add(linked) }
            timings.graph += graph
        }
        let (graph, graphTime) = Measure.time { pipeline.graph() }
        timings.graph += graphTime
        timings.nodes = graph.nodes.count
        timings.edges = graph.edges.count
        let (outputBytes, exportTime) = Measure.time { () -> Int in
            var sink = CountingSink()
            for format in [GraphFormat.dot, .graphml, .gexf, .json] { format.render(graph, to: &sink) }
            return sink.bytes
        }
        timings.exportGraph = exportTime
        timings.outputBytes = outputBytes
        let (pictureBytes, pictureTime) = Measure.time { () -> Int in
            var sink = CountingSink()
            for format in [GraphFormat.html, .svg] { format.render(graph, coverage: pipeline.coverage, to: &sink) }
            return sink.bytes
        }
        timings.exportPictures = pictureTime
        timings.pictureBytes = pictureBytes
        return timings
    }
}
