/// Folds Russian inflection so that every case and number of a name gives the same key.
///
/// The longest inflectional ending is cut off (keeping a stem of at least three letters) and the ending
/// says whether the word is an adjective, a noun, or could be either: "Витебского" → `витебск` (adjective),
/// "Витебска" → `витебск` (noun), "Витебском" → `витебск` (either). Nouns in -ия/-ий lose the и too
/// ("гимназия", "гимназии", "гимназией" → `гимназ`). Two alternatives cover what one cut cannot: a
/// genitive plural in -ов/-ев ("Эмиратов" → also `эмират`) and a fleeting vowel ("Орел"/"Орла",
/// "Городок"/"Городка" → also `орл`, `городк`), and a noun in -ай ("Китай" → also `кит`, for "Китая").
/// Abbreviations and Latin words are kept whole. A few
/// abbreviations fold to the word they stand for: г./гор./город → `город`, обл. → `област`, им. → `имен`.
/// A word in capitals keeps its stem as an alternative (``stemInCapitals(_:)``: "МОСКВА" is Москва).
///
/// ```swift
/// Stemmer.stem("витебского").keys     // ["витебск"]
/// Stemmer.stem("оршей").keys          // ["орш"]
/// ```
/// - Complexity: O(k) in the length of the word.
public enum Stemmer {
    public struct Stem: Equatable, Sendable {
        public var keys: [String]
        public var classes: WordClasses
    }

    static let minimumStem = 3

    /// Endings, longest first, with the class each points to. "ий"/"ие" are decided by the letter before.
    static let endings: [(String, WordClasses)] = [
        ("ого", .adjective), ("его", .adjective), ("ому", .adjective), ("ему", .adjective),
        ("ыми", .adjective), ("ими", .adjective),
        ("ами", .noun), ("ями", .noun),
        ("ый", .adjective), ("ий", .adjective), ("ой", .both), ("ей", .both),
        ("ая", .adjective), ("яя", .adjective), ("ое", .adjective), ("ее", .adjective),
        ("ую", .adjective), ("юю", .adjective), ("ым", .adjective), ("им", .adjective),
        ("ых", .adjective), ("их", .adjective), ("ые", .adjective), ("ие", .adjective),
        ("ом", .both), ("ем", .both), ("ою", .both), ("ею", .both),
        ("ах", .noun), ("ях", .noun), ("ам", .noun), ("ям", .noun), ("ью", .noun),
        ("а", .noun), ("я", .noun), ("у", .noun), ("ю", .noun), ("е", .noun), ("и", .noun),
        ("ы", .noun), ("о", .noun), ("ь", .noun), ("й", .noun),
    ]
    /// The endings the stemmer cuts, longest first: what a search box stems a query with so that it
    /// agrees with the stems of names (the HTML page's search does).
    public static var endingTexts: [String] { endings.map(\.0) }

    /// ``endings`` as Unicode scalar values, for comparing without building strings.
    static let endingScalars: [(ending: [UInt32], classes: WordClasses)] = endings.map { (scalars($0.0), $0.1) }

    /// Letters after which -ий is an adjective ending (-ский, -кий, -ний …); otherwise a noun's (санаторий).
    static let adjectiveBeforeII: Set<UInt32> = Set(scalars("кгхжшчщнц"))
    /// The same for -ие, but -ние is a noun (отделение, соглашение, управление), not an adjective.
    static let adjectiveBeforeIE: Set<UInt32> = Set(scalars("кгхжшчщц"))

    static let synonyms: [String: String] = ["г": "город", "гор": "город", "обл": "област", "им": "имен", "р-н": "район"]
    static let synonymScalars: [(word: [UInt32], key: String)] = synonyms.map { (scalars($0.key), $0.value) }

    /// Endings that ``stem(_:spelled:isAbbreviation:)`` treats specially, packed as ``ending(of:)`` gives them.
    static let ii = packed("ий"), ie = packed("ие"), ei = packed("ей"), ym = packed("ым"), im = packed("им"), om = packed("ом"),
               em = packed("ем"), yot = packed("й")
    static let ovScalars = scalars("ов"), evScalars = scalars("ев")
    /// Endings of names whose instrumental looks like an adjective's: -ин, -ын, -ов, -ев.
    static let nameSuffixes: Set<[UInt32]> = [scalars("ин"), scalars("ын"), scalars("ов"), scalars("ев")]
    static let letterI: UInt32 = 0x438, letterA: UInt32 = 0x430

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
    static func packed(_ ending: String) -> UInt64 { Endings.pack(scalars(ending)[...]) }

    public static func stem(_ word: String, isAbbreviation: Bool = false) -> Stem {
        stem(scalars(word), isAbbreviation: isAbbreviation)
    }

    /// The keys of a Cyrillic word written in capitals: an abbreviation ("МБОУ") or a name set in capitals,
    /// as a dateline sets it ("МОСКВА", "ВИТЕБСКА"). Kept whole first, with its stem's keys as
    /// alternatives from four letters on, and no class, so that it may be either. `spelled`: the word as a
    /// string, when the caller has it.
    /// - Complexity: O(e + k) for e endings and a word of k letters.
    static func stemInCapitals(_ letters: [UInt32], spelled: String? = nil) -> Stem {
        let whole = stem(letters, spelled: spelled, isAbbreviation: true)
        guard letters.count >= 4 else { return whole }
        var keys = whole.keys
        for key in stem(letters, spelled: spelled, isAbbreviation: false).keys where !keys.contains(key) { keys.append(key) }
        return Stem(keys: keys, classes: [])
    }

    /// The stem of a folded word given as Unicode scalar values.
    /// - Complexity: O(e + k) for e endings and a word of k letters.
    static func stem(_ letters: [UInt32], isAbbreviation: Bool = false) -> Stem {
        stem(letters, spelled: nil, isAbbreviation: isAbbreviation)
    }

    /// ``stem(_:isAbbreviation:)`` of `letters`, given also as the string `spelled` when the caller has
    /// it (nil: made here when needed), so that the word's own string is not made twice.
    /// - Complexity: O(e + k) for e endings and a word of k letters.
    static func stem(_ letters: [UInt32], spelled: String?, isAbbreviation: Bool) -> Stem {
        func string(_ part: ArraySlice<UInt32>) -> String { String(scalarValues: part) }
        if letters.count <= synonymLength, let synonym = synonymScalars.first(where: { $0.word == letters }) {
            return Stem(keys: [synonym.key], classes: [])
        }
        let word = spelled ?? string(letters[...])
        if isAbbreviation { return Stem(keys: [word], classes: []) }
        guard letters.count > minimumStem else { return Stem(keys: [word], classes: []) }
        if let (ending, length, declaredClass) = ending(of: letters) {
            var stemLetters = letters[..<(letters.count - length)]
            var classes = declaredClass
            if ending == ym || ending == im, stemLetters.count >= 2, nameSuffixes.contains(Array(stemLetters.suffix(2))) {
                // "Анохиным", "Пушкиным", "Новиковым": the instrumental of a name in -ин/-ов, or an adjective.
                classes = .both
            }
            if ending == ii {
                classes = adjectiveBeforeII.contains(stemLetters.last!) ? .adjective : .noun
            } else if ending == ie {
                classes = adjectiveBeforeIE.contains(stemLetters.last!) ? .adjective : .noun
            }
            if classes.contains(.noun), stemLetters.last == letterI, stemLetters.count > minimumStem {
                stemLetters = stemLetters.dropLast()
            }
            var keys = [string(stemLetters)]
            // "-ей" is an ending ("Оршей", "Барановичей") or the end of a nominative ("музей", "лицей").
            if ending == ei { keys.append(string(letters.dropLast())) }
            // "-ом"/"-ем" likewise: an instrumental ("Витебском") or a whole nominative ("горисполком", "Муром").
            if ending == om || ending == em { keys.append(word) }
            // A noun in -ай ("Китай", "Парагвай") has an adjective's ending in the genitive ("Китая",
            // "Парагвая"): its stem without the а is a key too, and the word may be either.
            if ending == yot, stemLetters.last == letterA, stemLetters.count > minimumStem {
                keys.append(string(stemLetters.dropLast()))
                classes = .both
            }
            return Stem(keys: keys, classes: classes)
        }
        var keys = [word]
        if letters.count >= 6, hasSuffix(letters, ovScalars) || hasSuffix(letters, evScalars) {
            keys.append(string(letters.dropLast(2)))
        }
        if let fleeting = fleetingVowelAlternative(letters) { keys.append(string(fleeting[...])) }
        return Stem(keys: keys, classes: .noun)
    }

    /// The ending ``stem(_:spelled:isAbbreviation:)`` cuts — the first of ``endings`` the word ends in
    /// that leaves a stem of ``minimumStem`` letters — packed (``Endings/pack(_:)``), with its length and class.
    /// ``endings`` are longest first and differ, so that ending is the one of the longest length that
    /// leaves such a stem and matches: one suffix of each length is compared with the endings of its
    /// length, as integers.
    /// - Complexity: O(e) integer comparisons for e endings.
    @inline(__always)
    static func ending(of letters: [UInt32]) -> (packed: UInt64, length: Int, classes: WordClasses)? {
        for length in stride(from: packedEndings.count, through: 1, by: -1) where letters.count - length >= minimumStem {
            let suffix = Endings.pack(letters[(letters.count - length)...])
            for candidate in packedEndings[length - 1] where candidate.packed == suffix { return (suffix, length, candidate.classes) }
        }
        return nil
    }

    /// ``endings`` packed, by length: `packedEndings[0]` holds the one-letter endings, and so on.
    static let packedEndings: [[(packed: UInt64, classes: WordClasses)]] = {
        var result: [[(packed: UInt64, classes: WordClasses)]] = Array(repeating: [], count: endings.map { $0.0.unicodeScalars.count }.max()!)
        for (ending, classes) in endings {
            let letters = scalars(ending)
            result[letters.count - 1].append((Endings.pack(letters[...]), classes))
        }
        return result
    }()

    /// The longest synonym (in letters): longer words need no look.
    static let synonymLength = synonymScalars.map(\.word.count).max() ?? 0

    static func hasSuffix(_ letters: [UInt32], _ suffix: [UInt32]) -> Bool {
        guard letters.count >= suffix.count else { return false }
        var index = letters.count - suffix.count
        for value in suffix {
            if letters[index] != value { return false }
            index += 1
        }
        return true
    }

    static let fleetingLast: Set<UInt32> = Set(scalars("клц")), fleetingVowels: Set<UInt32> = Set(scalars("ое"))
    static let vowelsAndSoftSign: Set<UInt32> = Set(scalars("аеёиоуыэюяь"))

    /// "орел" → "орл", "городок" → "городк": the stem an inflected form has when the last vowel drops.
    static func fleetingVowelAlternative(_ letters: [UInt32]) -> [UInt32]? {
        guard letters.count >= 4 else { return nil }
        let last = letters[letters.count - 1], vowel = letters[letters.count - 2], before = letters[letters.count - 3]
        guard fleetingLast.contains(last), fleetingVowels.contains(vowel), !vowelsAndSoftSign.contains(before) else { return nil }
        return Array(letters[..<(letters.count - 2)]) + [last]
    }
}
