/// What the linker finds in one item: every name linked to its entity, the municipality its section
/// names, and the ties its text states — everything the graph reads, so that nothing after the linker
/// needs the item's tokens.
public struct LinkedItem: Sendable, Equatable {
    /// The item's mentions, sorted by field then position.
    public var mentions: [Mention]
    /// The id of the Smolensk municipality the item's section row names (``Linker/sectionEntity(_:)``).
    public var section: String?
    /// Agreements and twinning stated in the name, goal and participants columns (``RelationFinder``);
    /// empty when the linker was not asked for them.
    public var relations: [RelationFinding]

    public init(mentions: [Mention], section: String? = nil, relations: [RelationFinding] = []) {
        self.mentions = mentions
        self.section = section
        self.relations = relations
    }
}
