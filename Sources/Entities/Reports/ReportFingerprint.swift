/// What makes two reports the same report: the period, the level and every item's number, section and
/// field texts — not the file's name, format or encoding, so a report's `.txt` and its `.docx`, or one
/// file named twice, have one fingerprint.
///
/// Two 64-bit FNV-1a hashes with different offsets over the same bytes: 128 bits, so that two
/// different reports sharing a fingerprint is not a practical concern.
///
/// ```swift
/// ReportFingerprint(try ReportReader.read(path: "q1.txt")) == ReportFingerprint(try ReportReader.read(path: "q1.docx"))
/// ```
///
/// - Complexity: O(n) in the bytes of the items' texts; O(1) for a report read from a file, whose items'
///   part the reader works out as it reads them (``ReportItems/fingerprint``).
public struct ReportFingerprint: Hashable, Sendable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    public init(_ report: Report) {
        add(report.period?.label ?? "")
        add(report.level?.rawValue ?? "")
        let items = report.items.fingerprint
        mix(word: items.first)
        mix(word: items.second)
    }

    /// An empty fingerprint, for the items of a report (see ``ReportItems/fingerprint``).
    init() {}

    /// Adds an item's number, section and field texts.
    mutating func add(number: Int, section: String?, fields: some Sequence<String>) {
        add(String(number))
        add(section ?? "")
        for field in fields { add(field) }
    }

    private mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { mix(byte) }
        }
        mix(0xFF)   // a byte that UTF-8 never holds ends each text
    }

    private mutating func mix(word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }

    private mutating func mix(_ byte: UInt8) {
        first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 1
    }
}
