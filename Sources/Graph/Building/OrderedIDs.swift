/// Distinct entity ids in the order first inserted. Short lists — an item names a handful of entities —
/// are searched, which allocates nothing but the array; past ``hashedFrom`` ids they are hashed too, so a
/// megabyte cell naming thousands stays linear.
///
/// ```swift
/// var ids = OrderedIDs()
/// ids.insert("by-vitebsk"); ids.insert("ru-smolensk"); ids.insert("by-vitebsk")
/// ids.ids                     // ["by-vitebsk", "ru-smolensk"]
/// ids.contains("ru-smolensk") // true
/// ```
/// - Complexity: `insert` and `contains` are O(k) for k < ``hashedFrom`` ids, O(1) on average after.
struct OrderedIDs {
    static let hashedFrom = 16

    private(set) var ids: [String] = []
    private var hashed: Set<String>?

    init() {}

    init<S: Sequence>(_ ids: S) where S.Element == String {
        for id in ids { insert(id) }
    }

    var isEmpty: Bool { ids.isEmpty }
    var count: Int { ids.count }

    @inline(__always)
    func contains(_ id: String) -> Bool {
        if let hashed { return hashed.contains(id) }
        return ids.contains(id)
    }

    /// Inserts `id` unless it is there; returns whether it was inserted.
    @inline(__always) @discardableResult
    mutating func insert(_ id: String) -> Bool {
        guard !contains(id) else { return false }
        ids.append(id)
        if hashed != nil {
            hashed!.insert(id)
        } else if ids.count > OrderedIDs.hashedFrom {
            hashed = Set(ids)
        }
        return true
    }

    mutating func insert<S: Sequence>(contentsOf other: S) where S.Element == String {
        for id in other { insert(id) }
    }
}
