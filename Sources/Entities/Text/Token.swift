/// One token of a text as the matchers see it: a word, a number, or a punctuation mark, with its UTF-8
/// offsets in the text it came from.
///
/// What does not depend on the position — spelling, keys, classes, capitals — lives in a ``Word``
/// shared by all tokens spelled the same, so a token is small and copying it allocates nothing.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case word, number
        /// « or „ or “ (opening), » or ” (closing), " or ' (either).
        case quoteOpen, quoteClose, quote
        case dot, comma, openParen, closeParen
        /// A dash between spaces (–, —, or - standing alone): a separator.
        case dash
        /// № (and "N" is not taken for it).
        case numero
        case other
    }

    public internal(set) var kind: Kind
    /// UTF-8 offsets `start..<end` in the tokenized text.
    public internal(set) var start: Int
    public internal(set) var end: Int
    /// The spelling-dependent part.
    var word: Word
    /// The word starts with a capital letter.
    public internal(set) var isCapitalized: Bool
    /// Every letter is a capital (and there are at least two): an abbreviation like МБОУ.
    public internal(set) var isAllCaps: Bool
    /// The word was joined to the previous one by a hyphen ("Санкт-Петербург").
    public internal(set) var isHyphenJoined: Bool

    init(kind: Kind, start: Int, end: Int, word: Word, isHyphenJoined: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.word = word
        isCapitalized = word.isCapitalized
        isAllCaps = word.isAllCaps
        self.isHyphenJoined = isHyphenJoined
    }

    /// Lower-cased, ё→е, look-alikes folded (words); the digits (numbers); the mark (punctuation).
    public var folded: String { word.folded }
    /// Matching keys: the stem with inflectional endings folded, and sometimes an alternative
    /// (see ``Stemmer``). Empty for punctuation.
    public var keys: [String] { word.keys }
    /// What the ending says the word is (adjective, noun, or both).
    public var classes: WordClasses { word.classes }

    /// True for quotes and dots, which matching steps over ("МБОУ «СШ № 40»" matches "МБОУ СШ № 40");
    /// every other token — words, numbers, №, commas, parentheses, dashes — takes part in a match.
    public var isSkippedWhenMatching: Bool {
        switch kind {
        case .quoteOpen, .quoteClose, .quote, .dot: true
        default: false
        }
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.start == b.start && a.end == b.end && a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps
            && a.isHyphenJoined == b.isHyphenJoined
            && (a.word === b.word || (a.folded == b.folded && a.keys == b.keys && a.classes == b.classes))
    }
}

/// The grammatical class an ending points to.
public struct WordClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let adjective = WordClasses(rawValue: 1)
    public static let noun = WordClasses(rawValue: 2)
    public static let both: WordClasses = [.adjective, .noun]

    /// Two tokens may be the same word when their classes overlap, or either has none (not inflected).
    @inline(__always)
    public func isCompatible(with other: WordClasses) -> Bool {
        isEmpty || other.isEmpty || !intersection(other).isEmpty
    }
}
