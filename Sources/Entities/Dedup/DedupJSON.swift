/// The `dedup` JSON, for scripts. Keys stay in this order (a contract, README "dedup"):
///
/// `{"threshold", "reports", "mentions", "spellings", "compared_pairs", "groups": [{"id", "status",
/// "split_from", "canonical", "entity", "proposed_id", "legal_forms", "numbers", "places", "variants":
/// [{"text", "entities", "known", "key", "legal_form", "count", "occurrences": [{"source", "item"}]}],
/// "reasons": [{"kind", "variants", "score", "detail"}], "gazetteer": [lines]}], "decisions": {"file",
/// "accepted", "rejected", "split"}, "warnings": [{"file", "line", "message"}]}`
public enum DedupJSON {
    public static func document(_ result: DedupResult) -> JSONValue {
        .object([
            ("threshold", .double(result.threshold)),
            ("reports", .array(result.sources.map { .string($0) })),
            ("mentions", .int(result.mentionCount)),
            ("spellings", .int(result.variantCount)),
            ("compared_pairs", .int(result.comparedPairs)),
            ("groups", .array(result.groups.map(group))),
            ("decisions", .object([
                ("file", .optional(result.decisionsFile)),
                ("accepted", .array(result.accepted.map { .string($0) })),
                ("rejected", .array(result.rejected.map { .string($0) })),
                ("split", .array(result.split.map { .string($0) })),
            ])),
            ("warnings", .array(result.warnings.map { warning in
                .object([("file", .optional(warning.file)), ("line", .optional(warning.line)), ("message", .string(warning.message))])
            })),
        ])
    }

    public static func group(_ group: DedupGroup) -> JSONValue {
        .object([
            ("id", .string(group.id)),
            ("status", .string(group.status.rawValue)),
            ("split_from", .optional(group.splitFrom)),
            ("canonical", .string(group.canonical)),
            ("entity", .optional(group.entity)),
            ("proposed_id", .optional(group.proposedID)),
            ("legal_forms", .array(group.legalForms.map { .string($0) })),
            ("numbers", .array(group.numbers.map { .string($0) })),
            ("places", .array(group.places.map { .string($0) })),
            ("variants", .array(group.variants.map { variant in
                .object([
                    ("text", .string(variant.text)),
                    ("entities", .array(variant.entities.map { .string($0) })),
                    ("known", .bool(variant.known)),
                    ("key", .string(variant.key)),
                    ("legal_form", .optional(variant.legalForm)),
                    ("count", .int(variant.count)),
                    ("occurrences", .array(variant.occurrences.map { .object([("source", .string($0.source)), ("item", .int($0.item))]) })),
                ])
            })),
            ("reasons", .array(group.reasons.map { reason in
                .object([
                    ("kind", .string(reason.kind.rawValue)),
                    ("variants", .array(reason.variants.map { .string($0) })),
                    ("score", .double((reason.score * 1000).rounded() / 1000)),
                    ("detail", .string(reason.detail)),
                ])
            })),
            ("gazetteer", .array(group.gazetteerLines.map { .string($0) })),
        ])
    }
}
