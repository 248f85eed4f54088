/// libFuzzer target `reader`: any bytes through the report reader (text in any encoding, or .docx).
/// A report must be consistent: every field's offsets inside the text it was read from.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let report = Fuzz.expectReportOrInputError({ try ReportReader.read(bytes: bytes, source: Fuzz.source) }) else { return 0 }
    let length = report.text.utf8.count
    Fuzz.check(!report.items.isEmpty, "a report without items")
    for item in report.items {
        Fuzz.check(item.fields.count == 5, "item \(item.number) has \(item.fields.count) fields")
        for field in item.fields {
            Fuzz.check(0 <= field.start && field.start <= field.end && field.end <= length, "field offsets \(field.start)..<\(field.end) outside \(length)")
        }
        for range in item.dates.ranges { Fuzz.check(range.start <= range.end, "a date range that ends before it starts") }
    }
    return 0
}
