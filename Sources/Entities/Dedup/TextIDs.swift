/// Texts numbered 1, 2, … in the order first given (0 stands for none), and lists of texts numbered as
/// one text each: what dedup compares as integers instead of strings (``NameSketches``,
/// ``UnitConstraints``).
///
/// ```swift
/// var ids = TextIDs()
/// ids.id("школа")              // 1
/// ids.listID(["40", "5"])      // 2
/// ids.listID([])               // 0
/// ```
/// - Complexity: O(c) hashing per text of c characters.
struct TextIDs {
    /// The ids by text.
    private(set) var ids: [String: Int32] = [:]

    /// The id of `text`, given it the first time.
    mutating func id(_ text: String) -> Int32 {
        if let known = ids[text] { return known }
        let new = Int32(ids.count + 1)
        ids[text] = new
        return new
    }

    /// The id of a list (joined by U+0001, which stands in no key, number, place or level), 0 for an
    /// empty one.
    mutating func listID(_ list: [String]) -> Int32 {
        list.isEmpty ? 0 : id(list.joined(separator: "\u{1}"))
    }
}
