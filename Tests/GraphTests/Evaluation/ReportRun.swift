import Entities
import Graph

/// Runs `extract` and `graph` on one report in-process, as the command line does (`GraphInputs`): read,
/// link, and add to a ``GraphPipeline`` at the org level; then reads off
/// what the scorer needs. Each report is a graph of its own, so no other report lends it an entity's country.
enum ReportRun {
    /// - Complexity: linking and building are linear in the report; reading the edges is O(v) for v pieces of evidence.
    static func predicted(path: String, gazetteer: Gazetteer) throws -> PredictedReport {
        var pipeline = GraphPipeline(gazetteer: gazetteer, level: .org)
        let linked = pipeline.linker.link(try ReportReader.read(path: path))
        pipeline.add(linked)
        let graph = pipeline.graph()
        let catalog = pipeline.catalog

        var mentions: [PredictedReport.Mention] = []
        var fieldTexts: [String: String] = [:]
        for (item, found) in zip(linked.report.items, linked.mentions) {
            for mention in found {
                mentions.append(PredictedReport.Mention(item: item.number, field: mention.field.key, text: mention.text,
                                                        start: mention.fieldStart, end: mention.fieldEnd, entity: mention.entityID))
            }
            for field in [ItemField.name, .place, .goal, .participants] {
                fieldTexts[PredictedReport.fieldKey(item.number, field.key)] = item[field].text
            }
        }
        var sidePairs: [PredictedReport.Pair] = [], agreements: [PredictedReport.Pair] = []
        var ids = Set(mentions.map(\.entity))
        for edge in graph.edges {
            ids.formUnion([edge.source, edge.target])
            for piece in edge.evidence {
                let pair = PredictedReport.Pair(item: piece.item, smolensk: edge.source, foreign: edge.target)
                switch piece.relation {
                case .event: sidePairs.append(pair)
                // The gold lists the documents signed in an item, not those in force that it carries out.
                case .agreement: if !piece.inForce { agreements.append(pair) }
                case .twinning, .planned: break  // planned documents are not scored (the gold marks them apart)
                }
            }
        }
        var entities: [String: PredictedReport.EntityFacts] = [:]
        for id in ids {
            guard let record = catalog.record(id) else { continue }
            entities[id] = PredictedReport.EntityFacts(country: record.country, smolensk: record.smolensk, parent: record.parent)
        }
        return PredictedReport(mentions: mentions, fieldTexts: fieldTexts, entities: entities, sidePairs: sidePairs, agreements: agreements)
    }
}
