/// An organization's name taken apart for comparison (made by ``OrgNameNormalizer``): the words of the
/// name proper with case endings folded and abbreviations expanded, and apart from them the legal form
/// (an attribute), the numbers and the places (hard constraints: two names with different numbers or
/// places never denote one body).
///
/// ```swift
/// let name = normalizer.normalize("МБОУ «СШ № 40» г. Смоленска")
/// name.legalForm // "МБОУ"
/// name.numbers   // ["40"]
/// name.places    // ["ru-smolensk"]
/// name.key       // "средн школ #40 @ru-smolensk"
/// ```
public struct OrgName: Sendable, Equatable {
    /// One word of the name proper, in the order written.
    public struct Word: Sendable, Equatable {
        /// The word as written, folded (lower case, ё = е); hyphenated parts joined with "-".
        public var text: String
        /// The matching key: the stem with its ending folded (``Stemmer``), a trailing vowel or й dropped.
        public var key: String
        /// The key and its alternatives (a genitive plural, a fleeting vowel, a hyphenated word written whole).
        public var keys: [String]
        /// First letters of the word's hyphenated parts, for abbreviations made of initials.
        public var initials: String
        /// A word most names of its kind have (Администрация, школа, государственный): it weighs less.
        public var isGeneric: Bool
        /// A preposition or conjunction: kept for initials ("СТиМ"), not compared.
        public var isStopWord: Bool
        /// Written as an abbreviation not in the lexicon (МАЗ, РАЕН, СТиМ): may stand for other words' initials.
        public var isAcronym: Bool
        /// Inside quotes: part of a proper name.
        public var isQuoted: Bool
        /// Came from expanding a lexicon abbreviation or a legal form written inside the name.
        public var isExpanded: Bool
        /// Places an adjective is made from ("Могилевская" → Могилев, Могилевский район, Могилевская область).
        public var placeHints: [String]

        /// How much the word counts when two names are compared.
        public var weight: Double { isStopWord ? 0 : (isGeneric ? 0.5 : 1) }
    }

    /// The name as given, with white space normalized.
    public var text: String
    /// The legal form as the lexicon abbreviates it (МБОУ, ГУО, ОАО), written short or in full; nil when none.
    public var legalForm: String?
    /// What kind of legal person the form makes: institution, enterprise, company, group, nonprofit, entrepreneur.
    public var legalFamily: String?
    /// The country the legal form belongs to, when the lexicon says.
    public var legalFormCountry: String?
    /// The words of the name proper, in the order written.
    public var words: [Word]
    /// The numbers in the name ("№ 40" → "40"), sorted.
    public var numbers: [String]
    /// The most specific places the name names (gazetteer ids; `x-city-…` for a settlement the gazetteer
    /// lacks), sorted. When the text names none, the place the linker found around it (see `placesFromContext`).
    public var places: [String]
    /// `places` and all their ancestors.
    public var placeClosure: Set<String>
    /// The places came from the context of the name (the linker), not from its text.
    public var placesFromContext: Bool
    /// Level words (городской, районный, областной, окружной …): bodies of different levels differ.
    public var levels: [String]
    /// What normalization did, for people ("СШ = средняя школа", "г. Смоленска → ru-smolensk").
    public var notes: [String]
    /// The name looks like a nominative (a legal form and a quoted name, a head noun as listed, an adjective in -ый/-ая …).
    public var isNominative: Bool
    /// Word and number tokens as written: how complete a spelling is.
    public var writtenLength: Int
    /// Abbreviations expanded: a spelling written out in full has none.
    public var abbreviationCount: Int

    /// The fingerprint: the sorted keys of the name proper, then `#numbers`, then `@places`. Names with the
    /// same key are the same name in another case, spelling, abbreviation, word order or legal form.
    public var key: String {
        var result = PlainTextKey.sortedUnique(words.filter { !$0.isStopWord }.map(\.key)).joined(separator: " ")
        if !numbers.isEmpty { result += (result.isEmpty ? "" : " ") + "#" + numbers.joined(separator: ",") }
        if !places.isEmpty { result += (result.isEmpty ? "" : " ") + "@" + places.joined(separator: ",") }
        return result
    }

    /// The key from the text alone: without places that came from the context.
    public var textKey: String {
        guard placesFromContext else { return key }
        var copy = self
        copy.places = []
        return copy.key
    }

    /// The words compared (not stop words).
    public var contentWords: [Word] { words.filter { !$0.isStopWord } }

    /// Too general to tell one body from another by name alone ("Народный коллектив", "Детской
    /// музыкальной школы"): no number, no place in its text, no quoted or abbreviated name, and only
    /// generic words.
    public var isUnderspecified: Bool {
        numbers.isEmpty && (places.isEmpty || placesFromContext) && !words.contains { !$0.isStopWord && ($0.isAcronym || $0.isQuoted || !$0.isGeneric) }
    }
}
