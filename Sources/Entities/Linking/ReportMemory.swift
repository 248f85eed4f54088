/// What a report said in the items linked so far that later items read: the short names it defined
/// (``TextAliases``) and where it placed the bodies the gazetteer lacks (``BodyPlaces``).
struct ReportMemory {
    var aliases = TextAliases()
    var bodyPlaces = BodyPlaces()
}
