/// Splits text into ``Token``s. Report text and gazetteer names go through this same function, so
/// they can never disagree about what a word is.
///
/// Words are runs of letters; a hyphen between two letters splits the word but marks the second part
/// `isHyphenJoined`; digits make numbers; each punctuation mark is its own token; white space
/// separates. "г.п." and "р-н" become one word each.
///
/// It reads the UTF-8 bytes of the text and looks each run of letters or digits up in a ``WordCache``,
/// so a word seen before costs one hash; only new spellings are folded and stemmed.
///
/// ```swift
/// Tokenizer.tokenize("г. Орши").map(\.folded) // ["г", ".", "орши"]
/// ```
/// - Complexity: O(n) in the bytes of the text.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        Vocabulary.empty.withWordCache { tokenize(text, cache: $0) }
    }

    /// Tokens whose words carry ids in `cache`'s vocabulary, for matching against a gazetteer.
    static func tokenize(_ text: String, cache: WordCache) -> [Token] {
        var text = text
        return text.withUTF8 { scan($0, cache: cache) }
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, cache: WordCache) -> [Token] {
        var scanner = Scanner(bytes: bytes, cache: cache)
        scanner.run()
        return scanner.hasOneLetterWord ? mergeAbbreviations(scanner.tokens, cache: cache) : scanner.tokens
    }

    /// The state of one ``scan(_:cache:)``: a struct rather than closures over local variables, so that
    /// appending a token is a plain array append (captured variables would be boxed and checked for
    /// exclusive access at every token).
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let cache: WordCache
        var tokens: [Token] = []
        var wordStart = -1, numberStart = -1
        var hyphenPending = false, hyphenOffset = 0, hyphenEnd = -1
        var lowQuoteOpen = false
        var joinedToPrevious = false
        var previousWasLetter = false
        /// A word of one letter was seen (every abbreviation ``mergeAbbreviations(_:cache:)`` merges
        /// starts with one).
        var hasOneLetterWord = false

        init(bytes: UnsafeBufferPointer<UInt8>, cache: WordCache) {
            self.bytes = bytes
            self.cache = cache
            tokens.reserveCapacity(bytes.count / 6)
        }

        @inline(__always)
        mutating func flushWord(end: Int) {
            guard wordStart >= 0 else { return }
            let word = cache.word(UnsafeBufferPointer(rebasing: bytes[wordStart..<end]))
            if word.length == 1 { hasOneLetterWord = true }
            tokens.append(Token(kind: .word, start: wordStart, end: end, word: word, isHyphenJoined: joinedToPrevious))
            joinedToPrevious = false
            wordStart = -1
        }

        @inline(__always)
        mutating func flushNumber(end: Int) {
            guard numberStart >= 0 else { return }
            tokens.append(Token(kind: .number, start: numberStart, end: end, word: cache.word(UnsafeBufferPointer(rebasing: bytes[numberStart..<end]))))
            numberStart = -1
        }

        mutating func run() {
            var offset = 0
            let count = bytes.count
            while offset < count {
                // The text is valid UTF-8: it is a String.
                var next = offset
                let value = UTF8Scalars.decode(bytes, at: &next)
                let length = next - offset
                if LetterFolding.isLetter(value) {
                    flushNumber(end: offset)
                    if wordStart < 0 {
                        // A hyphen right between two letters joins the words ("Санкт-Петербург").
                        joinedToPrevious = hyphenPending && offset == hyphenEnd && !tokens.isEmpty && tokens[tokens.count - 1].kind == .word
                        hyphenPending = false
                        wordStart = offset
                    }
                    previousWasLetter = true
                    offset += length
                    // The rest of the word, letter after letter: Cyrillic letters (U+0400…U+045F, lead
                    // byte D0, or D1 before A0) and ASCII ones; anything else goes the long way.
                    while offset + 1 < count {
                        let byte = bytes[offset]
                        if byte == 0xD0 || (byte == 0xD1 && bytes[offset + 1] < 0xA0) {
                            offset += 2
                        } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                            offset += 1
                        } else {
                            break
                        }
                    }
                    continue
                }
                if value >= 0x30 && value <= 0x39 {
                    flushWord(end: offset)
                    hyphenPending = false
                    if numberStart < 0 { numberStart = offset }
                    previousWasLetter = false
                    offset += 1
                    continue
                }
                let wasLetter = previousWasLetter
                flushWord(end: offset)
                flushNumber(end: offset)
                previousWasLetter = false
                if hyphenPending {
                    // A hyphen followed by something other than a letter was a dash after all.
                    tokens.append(Token(kind: .dash, start: hyphenOffset, end: hyphenOffset + 1, word: cache.dash))
                    hyphenPending = false
                }
                if wasLetter && (value == 0x2D || value == 0x2010 || value == 0x2011) {
                    // Perhaps a hyphen inside a word: decided by what follows.
                    hyphenPending = true; hyphenOffset = offset; hyphenEnd = offset + length
                    offset += length
                    continue
                }
                switch value {
                case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0xAD, 0x200B, 0xFEFF, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                    break
                default:
                    let word = cache.word(UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]))
                    var kind = word.kind
                    // „…“: after a low opening quote, “ closes.
                    if value == 0x201E { lowQuoteOpen = true } else if value == 0x201C, lowQuoteOpen {
                        kind = .quoteClose
                        lowQuoteOpen = false
                    }
                    tokens.append(Token(kind: kind, start: offset, end: offset + length, word: word))
                }
                offset += length
            }
            flushWord(end: count)
            flushNumber(end: count)
            if hyphenPending { tokens.append(Token(kind: .dash, start: hyphenOffset, end: hyphenOffset + 1, word: cache.dash)) }
        }
    }

    /// The kind of a punctuation mark's token.
    static func punctuationKind(_ value: UInt32) -> Token.Kind {
        switch value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: .dash
        case 0xAB, 0x201E, 0x201C, 0x2039: .quoteOpen
        case 0xBB, 0x201D, 0x203A: .quoteClose
        case 0x22, 0x27, 0x2018, 0x2019, 0x60, 0xB4: .quote
        case 0x2E: .dot
        case 0x2C, 0x3B: .comma
        case 0x28, 0x5B: .openParen
        case 0x29, 0x5D: .closeParen
        case 0x2116: .numero
        default: .other
        }
    }

    /// "г.п." → one word `гп`; "р-н" → one word `район`-keyed.
    static func mergeAbbreviations(_ tokens: [Token], cache: WordCache) -> [Token] {
        guard tokens.count >= 3 else { return tokens }
        // Most texts have neither: copy only when one is there.
        guard let first = tokens.indices.first(where: { tokens[$0].kind == .word && tokens[$0].word.isOneLetter(0x433, 0x440) }) else {
            return tokens
        }
        var result = Array(tokens[..<first])
        result.reserveCapacity(tokens.count)
        var index = first
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .word, token.word.isOneLetter(0x433), index + 2 < tokens.count, tokens[index + 1].kind == .dot,
               tokens[index + 2].kind == .word, tokens[index + 2].word.isOneLetter(0x43F) {
                var merged = token
                merged.end = tokens[index + 2].end
                merged.word = cache.urbanSettlement.withClasses(of: token.word, vocabulary: cache.vocabulary)
                result.append(merged)
                index += 3
                continue
            }
            if token.kind == .word, token.word.isOneLetter(0x440), index + 1 < tokens.count, tokens[index + 1].kind == .word,
               tokens[index + 1].word.isOneLetter(0x43D), tokens[index + 1].isHyphenJoined {
                var merged = token
                merged.end = tokens[index + 1].end
                merged.word = cache.district
                result.append(merged)
                index += 2
                continue
            }
            result.append(token)
            index += 1
        }
        return result
    }
}

extension Word {
    /// Whether the word is the single letter `letter` (or `other`).
    @inline(__always)
    func isOneLetter(_ letter: UInt32, _ other: UInt32 = 0) -> Bool {
        guard length == 1, let value = folded.unicodeScalars.first?.value else { return false }
        return value == letter || value == other
    }

    /// "гп" keeps the classes of the "г" it was merged from.
    func withClasses(of other: Word, vocabulary: Vocabulary) -> Word {
        other.classes == classes ? self : with(classes: other.classes, vocabulary: vocabulary)
    }
}
