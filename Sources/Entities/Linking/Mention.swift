/// A name found in a report: where it stands and the entity it was linked to.
public struct Mention: Sendable, Equatable {
    /// The text as written (from the clean field text).
    public var text: String
    public var field: ItemField
    /// UTF-8 offsets `start..<end` in the report's source text.
    public var start: Int
    public var end: Int
    /// UTF-8 offsets in the clean field text.
    public var fieldStart: Int
    public var fieldEnd: Int
    public var entityID: String
    /// Written as where something happens: inside parentheses ("митинг … (г. Рудня)") or right after "в"
    /// or "во" ("Визит в г. Смоленск", "в Смоленской области прошли").
    public var saysWhere = false
}
