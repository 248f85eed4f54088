/// Folds Russian inflection so that every case and number of a name gives the same key.
///
/// The longest inflectional ending is cut off (keeping a stem of at least three letters) and the ending
/// says whether the word is an adjective, a noun, or could be either: "Витебского" → `витебск` (adjective),
/// "Витебска" → `витебск` (noun), "Витебском" → `витебск` (either). Nouns in -ия/-ий lose the и too
/// ("гимназия", "гимназии", "гимназией" → `гимназ`). Two alternatives cover what one cut cannot: a
/// genitive plural in -ов/-ев ("Эмиратов" → also `эмират`) and a fleeting vowel ("Орел"/"Орла",
/// "Городок"/"Городка" → also `орл`, `городк`). Abbreviations and Latin words are kept whole. A few
/// abbreviations fold to the word they stand for: г./гор./город → `город`, обл. → `област`, им. → `имен`.
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

    /// Letters after which -ий is an adjective ending (-ский, -кий, -ний …); otherwise a noun's (санаторий).
    static let adjectiveBeforeII: Set<Character> = ["к", "г", "х", "ж", "ш", "ч", "щ", "н", "ц"]
    /// The same for -ие, but -ние is a noun (отделение, соглашение, управление), not an adjective.
    static let adjectiveBeforeIE: Set<Character> = ["к", "г", "х", "ж", "ш", "ч", "щ", "ц"]

    static let synonyms: [String: String] = ["г": "город", "гор": "город", "обл": "област", "им": "имен", "р-н": "район"]

    public static func stem(_ word: String, isAbbreviation: Bool = false) -> Stem {
        if let synonym = synonyms[word] { return Stem(keys: [synonym], classes: []) }
        if isAbbreviation { return Stem(keys: [word], classes: []) }
        let letters = Array(word)
        guard letters.count > minimumStem else { return Stem(keys: [word], classes: []) }
        for (ending, declaredClass) in endings {
            let length = ending.count
            guard letters.count - length >= minimumStem, word.hasSuffix(ending) else { continue }
            var stemLetters = letters[..<(letters.count - length)]
            var classes = declaredClass
            if ending == "ым" || ending == "им", ["ин", "ын", "ов", "ев"].contains(where: { String(stemLetters.suffix(2)) == $0 }) {
                // "Анохиным", "Пушкиным", "Новиковым": the instrumental of a name in -ин/-ов, or an adjective.
                classes = .both
            }
            if ending == "ий" {
                classes = adjectiveBeforeII.contains(stemLetters.last!) ? .adjective : .noun
            } else if ending == "ие" {
                classes = adjectiveBeforeIE.contains(stemLetters.last!) ? .adjective : .noun
            }
            if classes.contains(.noun), stemLetters.last == "и", stemLetters.count > minimumStem {
                stemLetters = stemLetters.dropLast()
            }
            var keys = [String(stemLetters)]
            // "-ей" is an ending ("Оршей", "Барановичей") or the end of a nominative ("музей", "лицей").
            if ending == "ей" { keys.append(String(letters.dropLast())) }
            // "-ом"/"-ем" likewise: an instrumental ("Витебском") or a whole nominative ("горисполком", "Муром").
            if ending == "ом" || ending == "ем" { keys.append(word) }
            return Stem(keys: keys, classes: classes)
        }
        var keys = [word]
        if letters.count >= 6, word.hasSuffix("ов") || word.hasSuffix("ев") {
            keys.append(String(letters.dropLast(2)))
        }
        if let fleeting = fleetingVowelAlternative(letters) { keys.append(fleeting) }
        return Stem(keys: keys, classes: .noun)
    }

    /// "орел" → "орл", "городок" → "городк": the stem an inflected form has when the last vowel drops.
    static func fleetingVowelAlternative(_ letters: [Character]) -> String? {
        guard letters.count >= 4 else { return nil }
        let last = letters[letters.count - 1], vowel = letters[letters.count - 2], before = letters[letters.count - 3]
        guard ["к", "л", "ц"].contains(last), ["о", "е"].contains(vowel), !"аеёиоуыэюяь".contains(before) else { return nil }
        return String(letters[..<(letters.count - 2)]) + String(last)
    }
}
