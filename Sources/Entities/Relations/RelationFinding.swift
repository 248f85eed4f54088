/// A tie an item's text states: an agreement signed or planned, or twinning, with the bodies it names.
/// The linker finds them (``RelationFinder``) while it has the field's tokens, so that what reads its
/// result — the graph — needs neither the tokens nor the linker.
///
/// ```swift
/// // "Подписано соглашение между Администрацией города Смоленска и Витебским горисполкомом"
/// finding.kind        // .agreement
/// finding.parties     // ["ru-smolensk-city-administration", "by-vitebsk-city-executive-committee"]
/// ```
public struct RelationFinding: Equatable, Sendable {
    /// What the clause states.
    public enum Kind: String, Sendable {
        /// A document signed: соглашение, договор, протокол о намерениях, меморандум, план совместной работы.
        case agreement
        /// Twin or partner cities: побратимские связи, город-побратим, город-партнер.
        case twinning
        /// A document to be signed, not signed yet: "планируется подписать", "будет подписано".
        case planned
    }

    public var kind: Kind
    /// Entity ids the clause names (both sides, unsorted); empty when it names none.
    public var parties: [String]
    /// The clause names no party but says a document was signed, or refers to one in force: it ties
    /// the item's two sides.
    public var tiesItemSides = false
    /// A name right after "город-побратим": the twin.
    public var twin: String?
    /// The clause, at most 200 characters.
    public var quote: String
    /// A day the text gives for the document ("от 20.02.2017").
    public var date: CalendarDate?
    /// An agreement in force that the item carries out ("в рамках Соглашения …", "исполнение пунктов
    /// Договора"): signed before the item, not in it.
    public var inForce = false

    public init(kind: Kind, parties: [String], tiesItemSides: Bool = false, twin: String? = nil, quote: String, date: CalendarDate? = nil,
                inForce: Bool = false) {
        self.inForce = inForce
        self.kind = kind
        self.parties = parties
        self.tiesItemSides = tiesItemSides
        self.twin = twin
        self.quote = quote
        self.date = date
    }
}
