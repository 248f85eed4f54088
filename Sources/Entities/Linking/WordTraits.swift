/// What the recognizer asks of a word's spelling, worked out once per distinct word (see ``Word``)
/// instead of at every position that asks.
struct WordTraits: OptionSet, Sendable {
    let rawValue: UInt16

    /// Every letter is ASCII: a Latin word ("Xstrike", "GmbH").
    static let latin = WordTraits(rawValue: 1)
    /// Ends in о or е: the first part of a compound adjective when a hyphen follows ("Российско-").
    static let endsInOorE = WordTraits(rawValue: 2)
    /// Its ending can be a genitive of a noun or adjective, not a verb's or another case's (see
    /// ``isGenitiveLike(_:)``).
    static let genitiveLike = WordTraits(rawValue: 4)
    /// A plural noun ending: "коллективов", "студиях", "ансамблями".
    static let pluralNoun = WordTraits(rawValue: 8)
    /// Its first key marks a settlement name after it: г./город, пгт., г.п., пос., аг. (see
    /// ``ShapeLexicon/settlementMarkers``).
    static let settlementMarker = WordTraits(rawValue: 16)
    /// A one-letter marker that is one only when a dot follows ("д. Микулино", not the preposition "с").
    static let markerNeedsDot = WordTraits(rawValue: 32)
    /// A marker that stays one in capitals: ПГТ, ГП.
    static let capitalMarker = WordTraits(rawValue: 64)
    /// A preposition or conjunction that ends a name's genitive complement (see
    /// ``ShapeRecognizer/prepositions``).
    static let preposition = WordTraits(rawValue: 128)
    /// Its first key may begin the name of a document: соглашен-, договор, меморандум-, протокол, план
    /// (the relation finder decides with the words after it).
    static let documentWord = WordTraits(rawValue: 256)
    /// Starts with побратим- (twin towns) or партнер- (with a hyphen before it: "город-партнер").
    static let twinningWord = WordTraits(rawValue: 512)
    static let partnerWord = WordTraits(rawValue: 1024)
    /// Ends in -ой/-ою/-ей/-ею: a feminine adjective, or the instrumental of a noun in -а/-я ("Оршей").
    static let feminineOblique = WordTraits(rawValue: 2048)
    /// The word "при", which attaches a body to another ("центр … при Президенте").
    static let attachment = WordTraits(rawValue: 4096)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The traits of a folded spelling (also given as Unicode scalar values) with its keys.
    init(kind: Token.Kind, folded: String, scalars: [UInt32], keys: [String]) {
        var traits: WordTraits = []
        // The word lists hold short words: longer ones need no lookup.
        if let key = keys.first, key.utf8.count <= WordTraits.longestMarker, ShapeLexicon.settlementMarkers.contains(key) {
            traits.insert(.settlementMarker)
            if ShapeLexicon.markersNeedingDot.contains(key) { traits.insert(.markerNeedsDot) }
        }
        if scalars == WordTraits.pgt || scalars == WordTraits.gp { traits.insert(.capitalMarker) }
        if kind == .word, let key = keys.first, key.utf8HasPrefix("соглашен") || key.utf8HasPrefix("меморандум")
            || key.utf8Equals("договор") || key.utf8Equals("протокол") || key.utf8Equals("план") {
            traits.insert(.documentWord)
        }
        if kind == .word, folded.utf8HasPrefix("побратим") { traits.insert(.twinningWord) }
        if kind == .word, folded.utf8HasPrefix("партнер") { traits.insert(.partnerWord) }
        if kind == .word, folded.utf8.count <= WordTraits.longestPreposition, ShapeRecognizer.prepositions.contains(folded) {
            traits.insert(.preposition)
        }
        if kind == .word, scalars.allSatisfy({ $0 < 0x80 }) { traits.insert(.latin) }
        if let last = scalars.last, last == 0x43E || last == 0x435 { traits.insert(.endsInOorE) }
        if WordTraits.feminineObliqueEndings.contains(where: { WordTraits.hasSuffix(scalars, $0) }) { traits.insert(.feminineOblique) }
        if scalars == WordTraits.pri { traits.insert(.attachment) }
        if WordTraits.isGenitiveLike(scalars) { traits.insert(.genitiveLike) }
        if WordTraits.pluralEndings.contains(where: { WordTraits.hasSuffix(scalars, $0) }) { traits.insert(.pluralNoun) }
        self = traits
    }

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
    static let pgt = scalars("пгт"), gp = scalars("гп")
    static let longestMarker = ShapeLexicon.settlementMarkers.map(\.utf8.count).max() ?? 0
    static let longestPreposition = ShapeRecognizer.prepositions.map(\.utf8.count).max() ?? 0

    static func hasSuffix(_ scalars: [UInt32], _ suffix: [UInt32]) -> Bool { Stemmer.hasSuffix(scalars, suffix) }

    static let pluralEndings = ["ов", "ев", "ах", "ях", "ами", "ями", "ам", "ям"].map(scalars)
    static let verbalEndings = ["ть", "ся", "сь", "ла", "ли", "ло", "ет", "ит", "ют", "ят", "ат", "ем", "ом", "ам", "ям", "ах",
                                "ях", "ми", "но", "на", "ны", "ую", "юю", "ое", "ее", "ые", "ие"].map(scalars)
    static let genitiveEndings = ["а", "я", "ы", "и", "ов", "ев", "ей", "ий", "ых", "их", "ого", "его", "ой"].map(scalars)
    static let hardConsonants = Set(scalars("бвгджзкмнпрсфхцчшщ"))
    static let feminineObliqueEndings = ["ой", "ою", "ей", "ею"].map(scalars)
    static let pri = scalars("при")
    static let letterL: UInt32 = 0x43B

    /// Whether a word's ending can be a genitive (of a noun or adjective), and not a verb's or another
    /// case's: "культуры", "туризма", "наук", "искусств", "промышленников", "высокого", "Министров". At
    /// least three letters, all Cyrillic.
    static func isGenitiveLike(_ word: [UInt32]) -> Bool {
        guard word.count >= 3, word.allSatisfy({ $0 >= 0x400 }) else { return false }
        if verbalEndings.contains(where: { hasSuffix(word, $0) }) { return false }
        if genitiveEndings.contains(where: { hasSuffix(word, $0) }) { return true }
        // A genitive plural ends in a consonant ("наук", "искусств"); so does a verb's past ("провел",
        // "подписал"), but short words in -л are nouns ("дел", "сел").
        return hardConsonants.contains(word[word.count - 1]) || word[word.count - 1] == letterL && word.count <= 4
    }
}
