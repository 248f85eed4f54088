import Entities
import Foundation
import Graph

/// The whole pipeline in this process, on one core, timed per stage: read (file bytes to a report),
/// link (names to entities), graph (edges, then the graph at the end), export (the graph as JSON, DOT,
/// GraphML and GEXF; each report's `extract` JSON).
struct Pipeline {
    struct Timings {
        var read = 0.0, link = 0.0, graph = 0.0, exportGraph = 0.0, exportExtract = 0.0
        var bytes = 0, items = 0, reports = 0, mentions = 0, nodes = 0, edges = 0, outputBytes = 0
        var total: Double { read + link + graph + exportGraph + exportExtract }
    }

    let gazetteer: Gazetteer

    func run(_ paths: [String]) throws -> Timings {
        var timings = Timings()
        let linker = Linker(gazetteer: gazetteer)
        var linked: [LinkedReport] = []
        for path in paths {
            let (report, read) = try Measure.time { () throws -> Report in
                let bytes = try ReportReader.readFile(path)
                timings.bytes += bytes.count
                return try ReportReader.read(bytes: bytes, source: path)
            }
            timings.read += read
            let (result, link) = Measure.time { linker.link(report) }
            timings.link += link
            timings.items += report.items.count
            timings.reports += 1
            timings.mentions += result.mentions.reduce(0) { $0 + $1.count }
            linked.append(result)
        }
        let (graph, graphTime) = Measure.time { () -> PartnershipGraph in
            let catalog = EntityCatalog(gazetteer: gazetteer, reports: linked)
            return GraphBuilder(linker: linker, catalog: catalog).build(linked, level: .org)
        }
        timings.graph = graphTime
        timings.nodes = graph.nodes.count
        timings.edges = graph.edges.count
        let (outputBytes, exportTime) = Measure.time { GraphFormat.allCases.reduce(0) { $0 + $1.render(graph).utf8.count } }
        timings.exportGraph = exportTime
        timings.outputBytes = outputBytes
        let (_, extractTime) = Measure.time { () -> Int in
            let catalog = EntityCatalog(gazetteer: gazetteer, reports: linked)
            return ExtractJSON.document(linked, catalog: catalog).serialized(indent: 2).utf8.count
        }
        timings.exportExtract = extractTime
        return timings
    }
}
