/// A rectangle of the layout that holds one group of nodes: the Smolensk side, or one country (a country
/// with more nodes than a column holds gets one band per column it runs over; only the first has a title).
public struct LayoutBand: Sendable, Equatable {
    /// The group's title ("Смоленская область", "BY — Беларусь"), or nil for a continuation.
    public var title: String?
    /// The group's key: `smolensk`, a country code, or `-` for nodes without a country.
    public var key: String
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(title: String?, key: String, x: Int, y: Int, width: Int, height: Int) {
        self.title = title
        self.key = key
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}
