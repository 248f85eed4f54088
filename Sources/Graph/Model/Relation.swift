import Entities

/// How a Smolensk-region body and a foreign counterpart are tied, in the order linkgraph lists them.
public enum Relation: String, Sendable, CaseIterable, Comparable {
    /// A document signed between them: соглашение, договор, протокол о намерениях, меморандум, план совместной работы.
    case agreement
    /// Twin or partner cities: побратимские связи, город-побратим, город-партнер.
    case twinning
    /// A document to be signed between them, not signed yet: "планируется подписать", "будет подписано".
    case planned
    /// Both took part in an event: a visit, a reception, a tour, a joint event in person or online.
    case event

    public static func < (a: Relation, b: Relation) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension Relation {
    /// The relation of a tie the linker found in an item's text.
    public init(_ kind: RelationFinding.Kind) {
        switch kind {
        case .agreement: self = .agreement
        case .twinning: self = .twinning
        case .planned: self = .planned
        }
    }
}
