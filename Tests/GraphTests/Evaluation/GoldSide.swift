/// One line of a sides file (`Tests/Annotations/NAME.sides.tsv`, format in `Tests/Annotations/README.md`):
/// an entity on one side of an item, or a document's two parties.
struct GoldSide: Equatable {
    /// What the line says: a side's entity, or a document signed or planned.
    enum Role: String {
        case smolensk, foreign, agreement, planned
    }

    var item: Int
    var role: Role
    /// A gazetteer id, `?KIND:TEXT@PLACE` for a body or place the gazetteer lacks, or `-` for "no such side".
    var entity: String
    /// For `agreement` and `planned`: the foreign party (`entity` is the Smolensk one).
    var party: String?

    /// The entity as the scorer compares it: `?KIND:TEXT@PLACE` loses its place (mentions know no place).
    static func key(_ id: String) -> String {
        guard id.hasPrefix("?"), let at = id.lastIndex(of: "@") else { return id }
        return String(id[..<at])
    }

    /// The place a `?KIND:TEXT@PLACE` id gives (nil for other ids and for `@-`).
    static func place(_ id: String) -> String? {
        guard id.hasPrefix("?"), let at = id.lastIndex(of: "@") else { return nil }
        let place = String(id[id.index(after: at)...])
        return place == "-" || place.isEmpty ? nil : place
    }
}
