/// Organization names found to denote one body: the variants, the proposed canonical name, why they were
/// grouped, and the gazetteer lines that would make the linker know every variant.
public struct DedupGroup: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// Not decided yet.
        case proposed
        /// Accepted in the decisions file.
        case accepted
    }

    /// One spelling in the group.
    public struct Variant: Sendable, Equatable {
        public var text: String
        /// The entities the linker linked it to (a gazetteer id, or `x-…` ones).
        public var entities: [String]
        /// Linked to a gazetteer entity.
        public var known: Bool
        /// Its fingerprint (``OrgName/key``).
        public var key: String
        public var legalForm: String?
        public var count: Int
        public var occurrences: [NameVariant.Occurrence]
    }

    /// Why names were grouped.
    public struct Reason: Sendable, Equatable {
        public var kind: NameClusterer.Link.Kind
        /// The variants it joins.
        public var variants: [String]
        /// 0…1; 1 for the gazetteer and the same key.
        public var score: Double
        public var detail: String
    }

    /// A stable id made from the group's fingerprints (and its gazetteer entity): `g-` and 8 hex digits.
    public var id: String
    public var status: Status
    /// The group a `split` decision cut this one from.
    public var splitFrom: String?
    /// The gazetteer's canonical name when a variant is known; else the most complete variant, nominative first.
    public var canonical: String
    /// The known gazetteer entity, if a variant is linked to one.
    public var entity: String?
    /// The id proposed for a new gazetteer entity (groups the gazetteer does not know).
    public var proposedID: String?
    public var legalForms: [String]
    public var numbers: [String]
    public var places: [String]
    /// Most mentioned first.
    public var variants: [Variant]
    public var reasons: [Reason]
    /// Lines to add to the gazetteer, in its format: `    aka …` under the known entity, or a new `org` block.
    public var gazetteerLines: [String]

    /// How many mentions in all.
    public var mentionCount: Int { variants.reduce(0) { $0 + $1.count } }

    /// The id of a group with these fingerprints (and known entity, and the group a split cut it from):
    /// FNV-1a of the sorted keys.
    public static func makeID(keys: [String], entity: String?, splitFrom: String? = nil) -> String {
        var text = Set(keys).sorted().joined(separator: "\n")
        if let entity { text += "\n=" + entity }
        if let splitFrom { text += "\n/" + splitFrom }
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return "g-" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
    }
}
