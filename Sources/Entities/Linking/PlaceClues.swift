/// What an item says around one body the gazetteer lacks about where it lies, besides the body's own
/// words (``Linker/placeEvidence(_:named:clues:)`` weighs them).
struct PlaceClues {
    /// The gazetteer position of the municipality the item's section names (municipal reports).
    var section: Int?
    /// The item's venue abroad (``ItemVenue/abroad``).
    var venueAbroad: Int?
    /// The venue, when this body hosted the item there (``ItemVenue/host``).
    var hosts: Int?
    /// The town written right after the body and a comma (``Linker/addressTown(after:_:)``).
    var address: Int?
    /// The country of the list the body stands in (``ListedCountry``).
    var listed: Int?
    /// The body is named in the item's name column — the event's title, where a municipal report names
    /// the municipality's own bodies ("конференция научного общества учащихся «Эврика»").
    var inEventName = false
}
