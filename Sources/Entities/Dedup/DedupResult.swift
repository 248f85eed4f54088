/// What `dedup` found: the groups shown (proposed and accepted, sorted by canonical name), what the
/// decisions did, and warnings about decisions that no longer apply.
public struct DedupResult: Sendable {
    public var threshold: Double
    /// The reports, as named on the command line.
    public var sources: [String]
    /// Organization mentions in the reports.
    public var mentionCount: Int
    /// Distinct spellings (per linked entity).
    public var variantCount: Int
    /// Name pairs compared in full: the candidates blocking found that the quick test (``NameSketches``)
    /// could not tell apart.
    public var comparedPairs: Int
    public var groups: [DedupGroup]
    /// The decisions file, when one was read.
    public var decisionsFile: String?
    /// Ids of groups accepted, rejected (and so not shown) and split, as the decisions said.
    public var accepted: [String]
    public var rejected: [String]
    public var split: [String]
    /// Decisions that did not apply (file and line).
    public var warnings: [InputError]

    public init(threshold: Double, sources: [String] = [], mentionCount: Int = 0, variantCount: Int = 0, comparedPairs: Int = 0,
                groups: [DedupGroup] = [], decisionsFile: String? = nil, accepted: [String] = [], rejected: [String] = [],
                split: [String] = [], warnings: [InputError] = []) {
        self.threshold = threshold
        self.sources = sources
        self.mentionCount = mentionCount
        self.variantCount = variantCount
        self.comparedPairs = comparedPairs
        self.groups = groups
        self.decisionsFile = decisionsFile
        self.accepted = accepted
        self.rejected = rejected
        self.split = split
        self.warnings = warnings
    }
}
