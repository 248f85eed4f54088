/// Texts numbered 1, 2, … in the order first given (0 stands for none), and lists of texts numbered as
/// one text each: what dedup compares as integers instead of strings (``NameSketches``,
/// ``UnitConstraints``). Texts are told apart as `String`s are, hashed by their bytes (``PlainTextKey``).
///
/// ```swift
/// var ids = TextIDs()
/// ids.id("школа")              // 1
/// ids.listID(["40", "5"])      // 2
/// ids.listID([])               // 0
/// ids.texts                    // ["школа", "40\u{1}5"]
/// ```
/// - Complexity: O(c) hashing per text of c bytes.
struct TextIDs {
    private var ids: [PlainTextKey: Int32] = [:]
    /// The texts by id: id `n` is `texts[n - 1]`.
    private(set) var texts: [PlainTextKey] = []

    /// The id of `text`, given it the first time.
    mutating func id(_ text: String) -> Int32 {
        let key = PlainTextKey(text)
        if let known = ids[key] { return known }
        texts.append(key)
        let new = Int32(texts.count)
        ids[key] = new
        return new
    }

    /// The id of a list (joined by U+0001, which stands in no key, number, place or level), 0 for an
    /// empty one.
    mutating func listID(_ list: [String]) -> Int32 {
        list.isEmpty ? 0 : id(list.joined(separator: "\u{1}"))
    }

    /// Each id's place (1, 2, …) among all the texts in `String` order, by id (the first for 0).
    /// - Complexity: O(t log t) comparisons for t texts.
    func ranks() -> [Int32] {
        var ranks = [Int32](repeating: 0, count: texts.count + 1)
        let order = texts.indices.sorted { PlainTextKey.precedes(texts[$0], texts[$1]) }
        for (rank, index) in order.enumerated() { ranks[index + 1] = Int32(rank + 1) }
        return ranks
    }
}
