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
/// - Complexity: O(n) in the bytes of the items' texts.
public struct ReportFingerprint: Hashable, Sendable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    public init(_ report: Report) {
        add(report.period?.label ?? "")
        add(report.level?.rawValue ?? "")
        for item in report.items {
            add(String(item.number))
            add(item.section ?? "")
            for field in item.fields { add(field.text) }
        }
    }

    private mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { mix(byte) }
        }
        mix(0xFF)   // a byte that UTF-8 never holds ends each text
    }

    private mutating func mix(_ byte: UInt8) {
        first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 1
    }
}
