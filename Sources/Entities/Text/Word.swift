/// What a token is, apart from where it stands: its kind, folded spelling, matching keys and grammatical
/// classes, its capitals, and what the matchers ask of it — computed once per distinct spelling and
/// shared by every token spelled so (see ``WordCache``).
///
/// `foldedID` and `keyIDs` are the ids of the spelling and keys in the ``Vocabulary`` the word was made
/// for; a spelling or key the vocabulary lacks has none.
final class Word: @unchecked Sendable {
    let kind: Token.Kind
    /// Lower-cased, ё→е, look-alikes folded (words); the digits (numbers); the mark (punctuation).
    let folded: String
    /// Matching keys (see ``Stemmer``); `[folded]` for numbers, empty for punctuation.
    let keys: [String]
    let classes: WordClasses
    let isCapitalized: Bool
    let isAllCaps: Bool
    /// The number of letters (Unicode scalars) in `folded`.
    let length: Int
    let foldedID: Vocabulary.ID?
    let keyIDs: KeyIDs
    /// The ``Vocabulary/serial`` of the vocabulary the ids are in (0: none).
    let vocabulary: UInt64
    let traits: WordTraits
    /// Capitals after lower-case letters, ending in a capital: an abbreviated name ("СмолГУ", "ВитГМУ").
    let isMixedCaseAbbreviation: Bool
    /// Two to four capitals and a case ending in lower case: an abbreviation declined ("МИДа", "ТЮЗом"),
    /// which matches the abbreviation in capitals.
    let isDeclinedAbbreviation: Bool

    /// `scalars`: the Unicode scalar values of `folded`, when the caller has them. `withTraits`: false
    /// leaves ``traits`` empty, for a word only reduced to a ``MatchToken`` of a name (which has none).
    init(kind: Token.Kind, folded: String, scalars: [UInt32]? = nil, keys: [String], classes: WordClasses, isCapitalized: Bool,
         isAllCaps: Bool, isMixedCaseAbbreviation: Bool = false, isDeclinedAbbreviation: Bool = false, vocabulary: Vocabulary?,
         withTraits: Bool = true) {
        self.kind = kind
        self.isMixedCaseAbbreviation = isMixedCaseAbbreviation
        self.isDeclinedAbbreviation = isDeclinedAbbreviation
        self.folded = folded
        self.keys = keys
        self.classes = classes
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        let scalars = scalars ?? folded.unicodeScalars.map(\.value)
        length = scalars.count
        if let vocabulary, vocabulary.count > 0 {
            foldedID = vocabulary.id(of: folded)
            keyIDs = KeyIDs(keys.lazy.map { vocabulary.id(of: $0) })
        } else {
            // No word has an id in an empty vocabulary.
            foldedID = nil
            keyIDs = KeyIDs(missing: keys.count)
        }
        self.vocabulary = vocabulary?.serial ?? 0
        traits = withTraits ? WordTraits(kind: kind, folded: folded, scalars: scalars, keys: keys) : []
    }

    /// The same word with other classes (the tokenizer's merged abbreviations), or its ids in another
    /// vocabulary.
    func with(classes: WordClasses? = nil, vocabulary: Vocabulary?) -> Word {
        Word(kind: kind, folded: folded, keys: keys, classes: classes ?? self.classes,
             isCapitalized: isCapitalized, isAllCaps: isAllCaps, isMixedCaseAbbreviation: isMixedCaseAbbreviation,
             isDeclinedAbbreviation: isDeclinedAbbreviation, vocabulary: vocabulary)
    }
}

extension Word {
    /// Whether a name's word matches only a word in capitals: an abbreviation of two to four letters
    /// ("МБОУ", "РАН" is not "ран"). A longer word in capitals is a name set in capitals ("ОПОРА
    /// РОССИИ" is "Опорой России"), or an abbreviation no ordinary word spells ("СОГБУК"), and matches
    /// in any case.
    var matchesOnlyInCapitals: Bool { isAllCaps && length >= 2 && length <= 4 }

    /// Whether the first key is `key` (compared by UTF-8 bytes, which for folded words is comparing
    /// letters).
    @inline(__always)
    func firstKeyIs(_ key: String) -> Bool { keys.first?.utf8Equals(key) ?? false }

    /// Whether the first key starts with `prefix`.
    @inline(__always)
    func firstKeyHasPrefix(_ prefix: String) -> Bool { keys.first?.utf8HasPrefix(prefix) ?? false }
}

/// The vocabulary ids of a word's keys, in key order (a key the vocabulary lacks holds no id): at most
/// four, stored inline so that comparing keys allocates nothing.
struct KeyIDs: Sendable, Equatable {
    static func == (a: KeyIDs, b: KeyIDs) -> Bool { a.count == b.count && (0..<a.count).allSatisfy { a[$0] == b[$0] } }

    static let capacity = 4
    // The ids before the count, and the count in one byte: 17 bytes, so a ``MatchToken`` that holds one
    // takes 32 bytes, not 48 (the name index holds one per token of every name).
    private var storage: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
    private var storedCount: UInt8 = 0
    /// The number of keys.
    var count: Int { Int(storedCount) }

    init<IDs: Sequence>(_ ids: IDs) where IDs.Element == Vocabulary.ID? {
        for id in ids.prefix(KeyIDs.capacity) { append(id ?? -1) }
    }

    /// `count` keys (at most ``capacity``), none of them in the vocabulary.
    init(missing count: Int) {
        storedCount = UInt8(Swift.min(count, KeyIDs.capacity))
    }

    private mutating func append(_ id: Int32) {
        switch count {
        case 0: storage.0 = id
        case 1: storage.1 = id
        case 2: storage.2 = id
        default: storage.3 = id
        }
        storedCount += 1
    }

    /// The id of key `index`, or nil when the vocabulary lacks that key.
    @inline(__always)
    subscript(index: Int) -> Vocabulary.ID? {
        let id: Int32
        switch index {
        case 0: id = storage.0
        case 1: id = storage.1
        case 2: id = storage.2
        default: id = storage.3
        }
        return id < 0 ? nil : id
    }

    /// The first key's id.
    var first: Vocabulary.ID? { count > 0 ? self[0] : nil }

    @inline(__always)
    func contains(_ id: Vocabulary.ID) -> Bool {
        guard id >= 0 else { return false }
        return (count > 0 && storage.0 == id) || (count > 1 && storage.1 == id) || (count > 2 && storage.2 == id)
            || (count > 3 && storage.3 == id)
    }

    /// Whether the two share a key.
    @inline(__always)
    func intersects(_ other: KeyIDs) -> Bool {
        for index in 0..<count { if let id = self[index], other.contains(id) { return true } }
        return false
    }

    /// The ids present, in key order.
    var ids: [Vocabulary.ID] { (0..<count).compactMap { self[$0] } }
}
