/// A report with every item linked: its mentions, section and the ties it states (``LinkedItem``).
public struct LinkedReport: Sendable {
    public var report: Report
    /// What the linker found in each item, in item order.
    public var items: [LinkedItem]
    /// Entities found by shape in this report, by id.
    public var unknowns: [String: UnknownEntity]

    public init(report: Report, items: [LinkedItem], unknowns: [String: UnknownEntity]) {
        self.report = report
        self.items = items
        self.unknowns = unknowns
    }

    /// Mentions per item, in item order; each item's mentions sorted by field then position.
    public var mentions: [[Mention]] { items.map(\.mentions) }
}
