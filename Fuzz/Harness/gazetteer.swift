/// libFuzzer target `gazetteer`: any text as a gazetteer file, parsed and loaded with the shipped
/// lexicon, then used to link a line of text. Errors must name the file (and a line, when they have one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGazetteer(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let entities = Fuzz.expectReportOrInputError({ try GazetteerParser.parse(text, file: Fuzz.source) }) else { return 0 }
    let lexicon = Fuzz.gazetteer.lexicon
    guard let gazetteer = Fuzz.expectReportOrInputError({ try Gazetteer(entities: entities, lexicon: lexicon) }) else { return 0 }
    let linker = Linker(gazetteer: gazetteer)
    for entity in gazetteer.entities.prefix(4) {
        for token in Tokenizer.tokenize(entity.name) { Fuzz.check(token.start <= token.end, "a token that ends before it starts") }
        _ = linker.sectionEntity(entity.name)
    }
    return 0
}
