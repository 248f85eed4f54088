/// One hand-annotated mention (`Tests/Annotations/NAME*.tsv`): where it stands, as written, and its entity.
struct GoldMention: Equatable {
    var item: Int
    /// `name`, `place`, `goal` or `participants`.
    var field: String
    /// As written in the clean field text.
    var text: String
    /// A gazetteer id, or `?KIND` for a name the gazetteer lacks.
    var entity: String

    /// The entity as the scorer compares it: the id, or for a name the gazetteer lacks `?KIND:TEXT`
    /// (the same text is taken for the same unknown entity).
    var key: String { entity.hasPrefix("?") ? "\(entity):\(text)" : entity }
}
