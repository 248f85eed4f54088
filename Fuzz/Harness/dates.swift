/// libFuzzer target `dates`: any text as a dates column. Every range must be of valid days, in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    for year in [nil, 2025] as [Int?] {
        for range in DateParser.parse(text, defaultYear: year) {
            Fuzz.check(CalendarDate.isValid(year: range.start.year, month: range.start.month, day: range.start.day), "invalid start \(range.start)")
            Fuzz.check(CalendarDate.isValid(year: range.end.year, month: range.end.month, day: range.end.day), "invalid end \(range.end)")
            Fuzz.check(range.start <= range.end, "\(range.start) after \(range.end)")
        }
    }
    return 0
}
