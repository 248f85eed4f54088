/// Where an item took place, as its place column says (``Linker/itemVenue(_:)``).
struct ItemVenue {
    /// The most specific place abroad the place column names, when its foreign places lie on one line.
    var abroad: Int?
    /// The body that hosted the item — its field and candidate index among the field's chosen spans —
    /// and the venue it lies at.
    var host: (field: ItemField, candidate: Int, place: Int)?
}
