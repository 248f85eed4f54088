/// A string compared and hashed by its UTF-8 bytes, for dictionary keys the program makes itself from
/// folded words (a body's name keys): Swift's own `String` hashing brings every non-ASCII string to a
/// normal form first, which for Cyrillic keys costs many times the bytes' worth.
///
/// ```swift
/// var places: [UTF8Key: Int] = [:]
/// places[UTF8Key("ооо лазертаг")] = 7
/// places[UTF8Key("ооо лазертаг")]  // 7
/// ```
/// Two spellings that differ only in Unicode normal form are two keys; the keys made from folded words
/// are in one form.
/// - Complexity: hashing and comparing are O(n) in the bytes.
struct UTF8Key: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.text.utf8Equals(b.text)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
