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
    /// ``FunctionWords/prepositions``).
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
    /// A word an abbreviation of initials may leave out: a stop word or "имени" (see
    /// ``TextAliases/linkingWords``).
    static let linkingWord = WordTraits(rawValue: 8192)
    /// An adjective's plural ending (-их, -ых, -ими, -ыми, -ие, -ые): "белорусских", "Смоленских".
    static let pluralAdjective = WordTraits(rawValue: 16384)
    /// A hard stem's ending, or none (a consonant at the end): -ы, -а, -у, -ом, -ов, -ам, -ами, -ах — no
    /// case of a noun in -ь ("Белорусы", "Беларус" are no forms of "Белорусь", "Беларусь").
    static let hardEnding = WordTraits(rawValue: 32768)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The traits of a folded spelling (also given as Unicode scalar values) with its keys.
    init(kind: Token.Kind, folded: String, scalars: [UInt32], keys: [String]) {
        var traits: WordTraits = []
        // The word lists hold short words: longer ones need no lookup.
        if let key = keys.first, WordTraits.settlementMarkers.contains(key) {
            traits.insert(.settlementMarker)
            if WordTraits.markersNeedingDot.contains(key) { traits.insert(.markerNeedsDot) }
        }
        if scalars == WordTraits.pgt || scalars == WordTraits.gp { traits.insert(.capitalMarker) }
        if kind == .word, let key = keys.first, key.utf8HasPrefix("соглашен") || key.utf8HasPrefix("меморандум")
            || key.utf8Equals("договор") || key.utf8Equals("протокол") || key.utf8Equals("план") {
            traits.insert(.documentWord)
        }
        if kind == .word, folded.utf8HasPrefix("побратим") { traits.insert(.twinningWord) }
        if kind == .word, folded.utf8HasPrefix("партнер") { traits.insert(.partnerWord) }
        if kind == .word, WordTraits.prepositions.contains(folded) {
            traits.insert(.preposition)
        }
        if kind == .word, WordTraits.linkingWords.contains(folded) { traits.insert(.linkingWord) }
        if kind == .word, scalars.allSatisfy({ $0 < 0x80 }) { traits.insert(.latin) }
        if let last = scalars.last, last == 0x43E || last == 0x435 { traits.insert(.endsInOorE) }
        if WordTraits.feminineObliqueEndings.endsWord(scalars) { traits.insert(.feminineOblique) }
        if scalars == WordTraits.pri { traits.insert(.attachment) }
        if WordTraits.isGenitiveLike(scalars), !WordTraits.genitivePronouns.contains(folded), !WordTraits.shortPastVerbs.contains(folded) {
            traits.insert(.genitiveLike)
        }
        if WordTraits.pluralAdjectiveEndings.endsWord(scalars) { traits.insert(.pluralAdjective) }
        if WordTraits.pluralEndings.endsWord(scalars) { traits.insert(.pluralNoun) }
        if kind == .word, let last = scalars.last, last >= 0x430 && last <= 0x44F,
           !MatchToken.isVowelOrSign(last) && !WordTraits.softEndings.endsWord(scalars) || WordTraits.hardEndings.endsWord(scalars) {
            traits.insert(.hardEnding)
        }
        self = traits
    }

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
    static let pgt = scalars("пгт"), gp = scalars("гп")
    static let settlementMarkers = ShortWordSet(ShapeLexicon.settlementMarkers)
    static let markersNeedingDot = ShortWordSet(ShapeLexicon.markersNeedingDot)
    static let prepositions = ShortWordSet(FunctionWords.prepositions)
    static let linkingWords = ShortWordSet(TextAliases.linkingWords)
    static let genitivePronouns = ShortWordSet(FunctionWords.genitivePronouns)
    static let shortPastVerbs = ShortWordSet(FunctionWords.shortPastVerbs)

    static let pluralEndings = Endings(["ов", "ев", "ах", "ях", "ами", "ями", "ам", "ям"])
    static let pluralAdjectiveEndings = Endings(["их", "ых", "ими", "ыми", "ие", "ые"])
    static let participleGenitiveEndings = Endings(["хся"])
    static let verbalEndings = Endings(["ть", "ся", "сь", "ла", "ли", "ло", "ет", "ит", "ют", "ят", "ат", "ем", "ом", "ам", "ям", "ах",
                                        "ях", "ми", "но", "на", "ны", "ую", "юю", "ое", "ее", "ые", "ие",
                                        // A noun in -ия has its genitive plural in -ий; in -ией it is the instrumental ("Ассоциацией").
                                        "ией"])
    static let genitiveEndings = Endings(["а", "я", "ы", "и", "ов", "ев", "ей", "ий", "ых", "их", "ого", "его", "ой"])
    static let hardConsonants = Set(scalars("бвгджзкмнпрсфхцчшщ"))
    static let feminineObliqueEndings = Endings(["ой", "ою", "ей", "ею"])
    /// Hard endings that end in a vowel; those that end in a consonant (-ом, -ов, -ам, -ах) are every
    /// consonant-final word that does not end in a soft stem's ending (``softEndings``).
    static let hardEndings = Endings(["ы", "а", "у", "ами"])
    static let softEndings = Endings(["ем", "ям", "ях"])
    static let pri = scalars("при")
    static let letterL: UInt32 = 0x43B

    /// Whether a word's ending can be a genitive (of a noun or adjective), and not a verb's or another
    /// case's: "культуры", "туризма", "наук", "искусств", "промышленников", "высокого", "Министров". At
    /// least three letters, all Cyrillic.
    static func isGenitiveLike(_ word: [UInt32]) -> Bool {
        guard word.count >= 3, word.allSatisfy({ $0 >= 0x400 }) else { return false }
        // A reflexive participle in the genitive plural ("учащихся", "обучающихся") ends like a verb in -ся.
        if participleGenitiveEndings.endsWord(word) { return true }
        if verbalEndings.endsWord(word) { return false }
        if genitiveEndings.endsWord(word) { return true }
        // A genitive plural ends in a consonant ("наук", "искусств"); so does a verb's past ("провел",
        // "подписал"), but short words in -л are nouns ("дел", "сел").
        return hardConsonants.contains(word[word.count - 1]) || word[word.count - 1] == letterL && word.count <= 4
    }
}

/// A few word endings of one to three letters, each packed with its letters into one integer, so that
/// asking whether a word ends in any of them is a handful of integer comparisons.
struct Endings: Sendable {
    /// Packed endings by length: `packed[0]` holds the one-letter endings, and so on.
    private let packed: [[UInt64]]

    init(_ endings: [String]) {
        var packed: [[UInt64]] = [[], [], []]
        for ending in endings {
            let letters = ending.unicodeScalars.map(\.value)
            precondition((1...3).contains(letters.count), "endings have one to three letters")
            packed[letters.count - 1].append(Endings.pack(letters[...]))
        }
        self.packed = packed
    }

    /// Whether `word` ends in one of the endings (and is at least as long).
    @inline(__always)
    func endsWord(_ word: [UInt32]) -> Bool {
        for length in 1...3 where !packed[length - 1].isEmpty && word.count >= length {
            if packed[length - 1].contains(Endings.pack(word[(word.count - length)...])) { return true }
        }
        return false
    }

    /// Whether `letters` are one of the endings, whole.
    @inline(__always)
    func isEnding(_ letters: ArraySlice<UInt32>) -> Bool {
        (1...3).contains(letters.count) && packed[letters.count - 1].contains(Endings.pack(letters))
    }

    /// Up to three letters in one integer, 21 bits a letter.
    @inline(__always)
    static func pack(_ letters: ArraySlice<UInt32>) -> UInt64 {
        letters.reduce(0) { $0 << 21 | UInt64($1) }
    }
}

/// A few dozen short words compared by their UTF-8 bytes: no hashing and no Unicode normalization, which
/// for word lists asked once per new spelling costs more than the comparisons.
struct ShortWordSet: Sendable {
    private let words: [[UInt8]]
    /// The longest word's length in bytes: longer words need no look.
    private let longest: Int

    init(_ words: Set<String>) {
        self.words = words.map { Array($0.utf8) }
        longest = self.words.map(\.count).max() ?? 0
    }

    @inline(__always)
    func contains(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count <= longest else { return false }
        return words.contains { $0.count == utf8.count && $0.elementsEqual(utf8) }
    }
}
