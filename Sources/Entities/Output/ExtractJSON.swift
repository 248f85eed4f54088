/// The `extract` JSON: the `items` JSON with `mentions` on every item, and a top-level `entities` list
/// (README, "JSON formats"). Keys stay in this order: they are a contract with users' scripts.
///
/// A run that streams its reports writes each report's value as soon as it is linked (``report(_:)``),
/// remembers the ids it refers to (``referencedIDs(_:)``) and writes ``entities(_:catalog:)`` at the end.
public enum ExtractJSON {
    public static func document(_ reports: [LinkedReport], catalog: EntityCatalog) -> JSONValue {
        var referenced: Set<String> = []
        for linked in reports { referenced.formUnion(referencedIDs(linked)) }
        return .object([
            ("reports", .array(reports.map(report))),
            ("entities", .array(entities(referenced, catalog: catalog))),
        ])
    }

    /// One report's value in `reports`.
    public static func report(_ linked: LinkedReport) -> JSONValue {
        .object(ReportJSON.head(linked.report) + [("items", .array(zip(linked.report.items, linked.mentions).map { item, mentions in
            ReportJSON.item(item, extras: mentionMembers(mentions))
        }))])
    }

    /// The bytes `report(linked).utf8(indent:level:)` gives, written one item at a time (see
    /// ``ReportJSON/Writer``).
    public static func utf8(_ linked: LinkedReport, indent: Int, level: Int) -> [UInt8] {
        var writer = ReportJSON.Writer(linked.report, indent: indent, level: level, pieceBytes: .max)
        for (item, mentions) in zip(linked.report.items, linked.mentions) { _ = writer.add(item, extras: mentionMembers(mentions)) }
        return writer.finish()
    }

    /// Links `report` item by item and writes it as ``utf8(_:indent:level:)`` would write it linked, in
    /// pieces handed to `emit` (see ``ReportJSON/Writer``): neither the
    /// report's mentions nor its output are held whole. Returns the entities found by shape and the ids
    /// the mentions reference, for the entity list.
    /// - Complexity: O(n) in the size of the report for a fixed gazetteer.
    public static func write(_ report: Report, linker: Linker, indent: Int, level: Int,
                             emit: ([UInt8]) throws -> Void) rethrows -> (unknowns: [String: UnknownEntity], referenced: Set<String>) {
        var referenced: Set<String> = []
        var writer = ReportJSON.Writer(report, indent: indent, level: level)
        let unknowns = try linker.linkItems(report, relations: false) { _, item, linked, _ in
            for mention in linked.mentions { referenced.insert(mention.entityID) }
            if let piece = writer.add(item, extras: mentionMembers(linked.mentions)) { try emit(piece) }
        }
        try emit(writer.finish())
        return (unknowns, referenced)
    }

    /// An item's `mentions` member, in every writer of this format.
    static func mentionMembers(_ mentions: [Mention]) -> [(String, JSONValue)] {
        [("mentions", .array(mentions.map(mention)))]
    }

    /// The entity ids a report's mentions refer to.
    public static func referencedIDs(_ linked: LinkedReport) -> Set<String> {
        var referenced: Set<String> = []
        for mentions in linked.mentions { for mention in mentions { referenced.insert(mention.entityID) } }
        return referenced
    }

    /// The `entities` list: the referenced entities and their ancestors, sorted by id.
    public static func entities(_ referenced: Set<String>, catalog: EntityCatalog) -> [JSONValue] {
        catalog.records(for: referenced).map(entity)
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
