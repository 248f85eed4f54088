import Entities

/// A string as a dictionary key by its UTF-8 bytes: hashed and compared as bytes, without the Unicode
/// normalization `String` does to hash and compare text that is not ASCII.
///
/// Equal bytes are equal strings, but equal strings may have different bytes (composed or decomposed
/// letters): a cache keyed by these must fall back to one keyed by `String` on a miss where that matters.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool { a.text.utf8Equals(b.text) }
}
