/// libFuzzer target `linker`: any bytes read as a report, linked with the shipped gazetteer, and reduced
/// for the graph and the extract JSON. Every mention must lie inside its field and the report's text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLinker(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let report = Fuzz.expectReportOrInputError({ try ReportReader.read(bytes: bytes, source: Fuzz.source) }) else { return 0 }
    var pipeline = GraphPipeline(gazetteer: Fuzz.gazetteer)
    let linked = pipeline.linker.link(report)
    let length = report.text.utf8.count
    for (item, mentions) in zip(report.items, linked.mentions) {
        for mention in mentions {
            let field = item[mention.field]
            Fuzz.check(0 <= mention.fieldStart && mention.fieldStart < mention.fieldEnd && mention.fieldEnd <= field.text.utf8.count,
                       "mention \(mention.fieldStart)..<\(mention.fieldEnd) outside its field of \(field.text.utf8.count) bytes")
            Fuzz.check(0 <= mention.start && mention.start <= mention.end && mention.end <= length, "mention outside the text")
            Fuzz.check(Fuzz.gazetteer.entity(id: mention.entityID) != nil || linked.unknowns[mention.entityID] != nil,
                       "mention of \(mention.entityID), which is in neither the gazetteer nor the report's unknowns")
        }
    }
    pipeline.add(linked)
    _ = GraphFormat.json.render(pipeline.graph())
    _ = ExtractJSON.report(linked).utf8(indent: 2, level: 2)
    return 0
}
