/// The `extract` JSON: the `items` JSON with `mentions` on every item, and a top-level `entities` list
/// (README, "JSON formats"). Keys stay in this order: they are a contract with users' scripts.
public enum ExtractJSON {
    public static func document(_ reports: [LinkedReport], catalog: EntityCatalog) -> JSONValue {
        var referenced: Set<String> = []
        let reportValues: [JSONValue] = reports.map { linked in
            var mentionsByNumber: [Int: [Mention]] = [:]
            for (item, mentions) in zip(linked.report.items, linked.mentions) {
                mentionsByNumber[item.number] = mentions
                for mention in mentions { referenced.insert(mention.entityID) }
            }
            return ReportJSON.report(linked.report) { item in
                [("mentions", .array((mentionsByNumber[item.number] ?? []).map(mention)))]
            }
        }
        return .object([
            ("reports", .array(reportValues)),
            ("entities", .array(catalog.records(for: referenced).map(entity))),
        ])
    }

    public static func mention(_ mention: Mention) -> JSONValue {
        .object([
            ("text", .string(mention.text)),
            ("field", .string(mention.field.key)),
            ("start", .int(mention.start)),
            ("end", .int(mention.end)),
            ("entity", .string(mention.entityID)),
        ])
    }

    public static func entity(_ record: EntityCatalog.Record) -> JSONValue {
        .object([
            ("id", .string(record.id)),
            ("name", .string(record.name)),
            ("kind", .string(record.kind.rawValue)),
            ("country", .optional(record.country)),
            ("parent", .optional(record.parent)),
            ("known", .bool(record.known)),
            ("smolensk", .bool(record.smolensk)),
        ])
    }
}
