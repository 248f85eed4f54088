/// An unordered pair of indices of ``NameClusterer/Unit``s: a pair people decided must not be one body.
public struct UnitPair: Hashable, Sendable {
    public let first: Int
    public let second: Int

    public init(_ a: Int, _ b: Int) {
        first = min(a, b)
        second = max(a, b)
    }
}
