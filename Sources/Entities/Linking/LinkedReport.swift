/// A report with every item's mentions linked to entities.
public struct LinkedReport: Sendable {
    public var report: Report
    /// Mentions per item, in item order; each item's mentions sorted by field then position.
    public var mentions: [[Mention]]
    /// Entities found by shape in this report, by id.
    public var unknowns: [String: UnknownEntity]
}
