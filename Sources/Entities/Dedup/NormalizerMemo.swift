/// What ``OrgNameNormalizer`` works out for a word or a phrase that depends on nothing else, kept for the
/// next name that has it: the names of a run are made of the same few thousand words ("школа", "г.",
/// "Смоленска"), and taking a word apart (its letters and capitals, keys, stop word, generic, place
/// hints), telling whether it is a lexicon abbreviation or which legal forms it may start cost far more
/// than looking it up.
///
/// A word is remembered by its spelling (UTF-8 bytes) together with all the results depend on besides:
/// the token's kind, folded spelling, keys, classes and capitals. A token spelled the same but tokenized
/// otherwise is worked out afresh, so a name comes out the same with the memo or without it. One memo
/// serves one thread.
///
/// It holds at most ``capacity`` spellings and starts afresh when full (names come sorted, so the words
/// of the names to come are the later names' words), so memory stays a few megabytes on any input.
///
/// ```swift
/// var memo = NormalizerMemo()
/// let a = normalizer.normalize("Средняя школа № 40 г. Смоленска", memo: &memo)
/// let b = normalizer.normalize("Средней школы № 39 г. Смоленска", memo: &memo)   // "г.", "Смоленска" looked up
/// ```
/// - Complexity: a look-up is O(k) in the bytes of the spelling and its keys.
struct NormalizerMemo {
    /// One spelling's results, each worked out when first asked, and what they were made from.
    struct Entry {
        let kind: Token.Kind
        let folded: String
        let keys: [String]
        let classes: WordClasses
        let isAllCaps: Bool
        /// ``OrgNameNormalizer/word(_:original:quoted:expanded:)``, neither quoted nor expanded.
        var word: OrgName.Word?
        /// ``OrgNameNormalizer/abbreviation(_:)``: nil when not asked yet.
        var abbreviation: OrgNameNormalizer.Abbreviation??
        /// ``LegalFormIndex/candidates(_:)`` of the normalizer's full list and of its short list.
        var legalForms: [Int]?
        var shortLegalForms: [Int]?

        init(_ token: Token) {
            kind = token.kind
            folded = token.folded
            keys = token.keys
            classes = token.classes
            isAllCaps = token.isAllCaps
        }

        /// Whether `token` is what the entry was made from (compared by bytes).
        func isMade(from token: Token) -> Bool {
            guard kind == token.kind, isAllCaps == token.isAllCaps, classes == token.classes, folded.utf8Equals(token.folded) else { return false }
            let other = token.keys
            return keys.count == other.count && zip(keys, other).allSatisfy { $0.utf8Equals($1) }
        }
    }

    /// How many spellings the memo holds at most.
    static let capacity = 4096

    private var entries: [UTF8Key: Entry] = [:]
    /// The words of lexicon phrases (expansions), generic words marked.
    private var phrases: [UTF8Key: [OrgName.Word]] = [:]

    /// The entry of a token written `original`, or a new one for it (kept by ``keep(_:for:)``).
    func entry(_ original: String, _ token: Token) -> Entry {
        if let entry = entries[UTF8Key(original)], entry.isMade(from: token) { return entry }
        return Entry(token)
    }

    /// Keeps `entry` for tokens written `original` (replacing one made from another token).
    mutating func keep(_ entry: Entry, for original: String) {
        let key = UTF8Key(original)
        if entries.count >= NormalizerMemo.capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
    }

    /// How many spellings the memo holds.
    var count: Int { entries.count }

    /// The words of `phrase` made by `make` the first time.
    mutating func phrase(_ phrase: String, _ make: () -> [OrgName.Word]) -> [OrgName.Word] {
        let key = UTF8Key(phrase)
        if let known = phrases[key] { return known }
        let words = make()
        phrases[key] = words
        return words
    }
}
