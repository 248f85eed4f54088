/// A report with every item's mentions linked to entities.
public struct LinkedReport: Sendable {
    public var report: Report
    /// Mentions per item, in item order; each item's mentions sorted by field then position.
    public var mentions: [[Mention]]
    /// Entities found by shape in this report, by id.
    public var unknowns: [String: UnknownEntity]
    /// When the linker was asked to keep them: per item, the tokens of each linked field (in
    /// ``Linker/linkedFields`` order), so that what reads the fields next need not tokenize them again.
    package var fieldTokens: [[[Token]]]? = nil
    /// Per item, the id of the Smolensk municipality its section row names (``Linker/sectionEntity(_:)``),
    /// looked up once per section by the linker, which places unknown bodies with it too.
    package var sections: [String?] = []
}
