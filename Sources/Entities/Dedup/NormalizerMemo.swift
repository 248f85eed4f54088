/// What ``OrgNameNormalizer`` works out for a word or a phrase that depends on nothing else, kept for the
/// next name that has it: the names of a run are made of the same few thousand words ("школа", "г.",
/// "Смоленска"), and taking a word apart (its letters and capitals, keys, stop word, generic, place
/// hints) or telling whether it is a lexicon abbreviation cost far more than looking it up.
///
/// A word is remembered by its spelling (UTF-8 bytes) together with the tokenizer's ``Word`` it was made
/// from and its capitals, the only other things the results depend on: a token spelled the same but
/// tokenized otherwise is worked out afresh, so a name comes out the same with the memo or without it.
/// One memo serves one thread.
///
/// ```swift
/// var memo = NormalizerMemo()
/// let a = normalizer.normalize("Средняя школа № 40 г. Смоленска", memo: &memo)
/// let b = normalizer.normalize("Средней школы № 39 г. Смоленска", memo: &memo)   // "г.", "Смоленска" looked up
/// ```
/// - Complexity: a look-up is O(k) in the bytes of the spelling.
struct NormalizerMemo {
    /// One spelling's results, each worked out when first asked.
    struct Entry {
        /// What the results were made from.
        let source: Word
        let isAllCaps: Bool
        /// ``OrgNameNormalizer/word(_:original:quoted:expanded:)``, neither quoted nor expanded.
        var word: OrgName.Word?
        /// ``OrgNameNormalizer/abbreviation(_:)``: nil when not asked yet.
        var abbreviation: OrgNameNormalizer.Abbreviation??
    }

    private var entries: [UTF8Key: Entry] = [:]
    /// The words of lexicon phrases (expansions), generic words marked.
    private var phrases: [UTF8Key: [OrgName.Word]] = [:]
    /// The legal forms a token may start (``LegalFormIndex/candidates(_:)``, which reads its kind and its
    /// word's keys), with the word (held, so that its identity is never another word's).
    private var legalForms: [LegalFormKey: (word: Word, candidates: [Int])] = [:]

    private struct LegalFormKey: Hashable {
        var word: ObjectIdentifier
        var kind: Token.Kind
        /// Of the short list.
        var short: Bool
    }

    /// The entry of a token written `original`, if one was made from the same tokenizer word.
    func entry(_ original: String, _ token: Token) -> Entry? {
        guard let entry = entries[UTF8Key(original)], entry.source === token.word, entry.isAllCaps == token.isAllCaps else { return nil }
        return entry
    }

    /// Keeps `entry` for tokens written `original` (replacing one made from another tokenizer word).
    mutating func keep(_ entry: Entry, for original: String) {
        entries[UTF8Key(original)] = entry
    }

    /// The legal forms `token` may start in `index` (the short list's when `short`), looked up the first time.
    mutating func legalFormCandidates(_ token: Token, in index: LegalFormIndex, short: Bool) -> [Int] {
        let key = LegalFormKey(word: ObjectIdentifier(token.word), kind: token.kind, short: short)
        if let known = legalForms[key] { return known.candidates }
        let candidates = index.candidates(token)
        legalForms[key] = (token.word, candidates)
        return candidates
    }

    /// The words of `phrase` made by `make` the first time.
    mutating func phrase(_ phrase: String, _ make: () -> [OrgName.Word]) -> [OrgName.Word] {
        let key = UTF8Key(phrase)
        if let known = phrases[key] { return known }
        let words = make()
        phrases[key] = words
        return words
    }
}
