/// What an entity is.
public enum EntityKind: String, Sendable, CaseIterable, Comparable {
    case country, region, district, city, org, person

    /// Places, from the largest to the smallest.
    public var isPlace: Bool { self != .org && self != .person }

    /// Order used when sorting: larger places first.
    var rank: Int { EntityKind.allCases.firstIndex(of: self)! }

    public static func < (a: EntityKind, b: EntityKind) -> Bool { a.rank < b.rank }
}
