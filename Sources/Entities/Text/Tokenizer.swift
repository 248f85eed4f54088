/// Splits text into ``Token``s. Report text and gazetteer names go through this same function, so
/// they can never disagree about what a word is.
///
/// Words are runs of letters; a hyphen between two letters splits the word but marks the second part
/// `isHyphenJoined`; digits make numbers; each punctuation mark is its own token; white space
/// separates. "г.п." and "р-н" become one word each.
///
/// ```swift
/// Tokenizer.tokenize("г. Орши").map(\.folded) // ["г", ".", "орши"]
/// ```
/// - Complexity: O(n) in the number of Unicode scalars.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var offset = 0
        var wordStart = -1
        var word: [UInt32] = []
        var capitalized = false, upperCount = 0, latin = 0, cyrillic = 0
        var numberStart = -1
        var digits = String.UnicodeScalarView()
        var hyphenPending = false, hyphenOffset = 0, hyphenEnd = -1
        var joinedToPrevious = false
        var lowQuoteOpen = false
        var previousWasLetter = false

        func flushWord(end: Int) {
            guard wordStart >= 0 else { return }
            if latin > 0 && cyrillic > 0 {
                word = word.map { LetterFolding.cyrillicLookalike($0) ?? $0 }
            }
            var folded = String.UnicodeScalarView()
            for value in word { folded.append(Unicode.Scalar(value)!) }
            let string = String(folded)
            let allCaps = upperCount == word.count && word.count >= 2
            let stem = Stemmer.stem(string, isAbbreviation: allCaps || cyrillic == 0)
            tokens.append(Token(kind: .word, start: wordStart, end: end, folded: string, keys: stem.keys,
                                classes: stem.classes, isCapitalized: capitalized, isAllCaps: allCaps, isHyphenJoined: joinedToPrevious))
            joinedToPrevious = false
            wordStart = -1
            word.removeAll(keepingCapacity: true)
            capitalized = false; upperCount = 0; latin = 0; cyrillic = 0
        }
        func flushNumber(end: Int) {
            guard numberStart >= 0 else { return }
            let string = String(digits)
            tokens.append(Token(kind: .number, start: numberStart, end: end, folded: string, keys: [string],
                                classes: [], isCapitalized: false, isAllCaps: false, isHyphenJoined: false))
            numberStart = -1
            digits = String.UnicodeScalarView()
        }
        func punctuation(_ kind: Token.Kind, _ scalar: Unicode.Scalar, at start: Int, length: Int) {
            tokens.append(Token(kind: kind, start: start, end: start + length, folded: String(scalar), keys: [],
                                classes: [], isCapitalized: false, isAllCaps: false, isHyphenJoined: false))
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            let length = UTF8.width(scalar)
            if let (folded, script) = LetterFolding.fold(value) {
                flushNumber(end: offset)
                if wordStart < 0 {
                    // A hyphen right between two letters joins the words ("Санкт-Петербург").
                    joinedToPrevious = hyphenPending && offset == hyphenEnd && !tokens.isEmpty && tokens[tokens.count - 1].kind == .word
                    hyphenPending = false
                    wordStart = offset
                    capitalized = LetterFolding.isUpper(value)
                }
                if LetterFolding.isUpper(value) { upperCount += 1 }
                if script == .latin { latin += 1 } else { cyrillic += 1 }
                word.append(folded)
                previousWasLetter = true
                offset += length
                continue
            }
            if (0x30...0x39).contains(value) {
                flushWord(end: offset)
                hyphenPending = false
                if numberStart < 0 { numberStart = offset }
                digits.append(scalar)
                previousWasLetter = false
                offset += length
                continue
            }
            let wasLetter = previousWasLetter
            flushWord(end: offset)
            flushNumber(end: offset)
            previousWasLetter = false
            if hyphenPending {
                // A hyphen followed by something other than a letter was a dash after all.
                punctuation(.dash, "-", at: hyphenOffset, length: 1)
                hyphenPending = false
            }
            switch value {
            case 0x2D, 0x2010, 0x2011:
                if wasLetter { hyphenPending = true; hyphenOffset = offset; hyphenEnd = offset + length } else { punctuation(.dash, scalar, at: offset, length: length) }
            case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: punctuation(.dash, scalar, at: offset, length: length)
            case 0x201C where lowQuoteOpen:
                // „…“: after a low opening quote, “ closes.
                punctuation(.quoteClose, scalar, at: offset, length: length)
                lowQuoteOpen = false
            case 0x201E:
                punctuation(.quoteOpen, scalar, at: offset, length: length)
                lowQuoteOpen = true
            case 0xAB, 0x201C, 0x2039: punctuation(.quoteOpen, scalar, at: offset, length: length)
            case 0xBB, 0x201D, 0x203A: punctuation(.quoteClose, scalar, at: offset, length: length)
            case 0x22, 0x27, 0x2018, 0x2019, 0x60, 0xB4: punctuation(.quote, scalar, at: offset, length: length)
            case 0x2E: punctuation(.dot, scalar, at: offset, length: length)
            case 0x2C, 0x3B: punctuation(.comma, scalar, at: offset, length: length)
            case 0x28, 0x5B: punctuation(.openParen, scalar, at: offset, length: length)
            case 0x29, 0x5D: punctuation(.closeParen, scalar, at: offset, length: length)
            case 0x2116: punctuation(.numero, scalar, at: offset, length: length)
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0xAD, 0x200B, 0xFEFF, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: break
            default: punctuation(.other, scalar, at: offset, length: length)
            }
            offset += length
        }
        flushWord(end: offset)
        flushNumber(end: offset)
        if hyphenPending { punctuation(.dash, "-", at: hyphenOffset, length: 1) }
        return mergeAbbreviations(tokens)
    }

    /// "г.п." → one word `гп`; "р-н" → one word `район`-keyed.
    static func mergeAbbreviations(_ tokens: [Token]) -> [Token] {
        guard tokens.count >= 3 else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .word, token.folded == "г", index + 2 < tokens.count, tokens[index + 1].kind == .dot,
               tokens[index + 2].kind == .word, tokens[index + 2].folded == "п" {
                var merged = token
                merged.end = tokens[index + 2].end
                merged.folded = "гп"
                merged.keys = ["гп"]
                result.append(merged)
                index += 3
                continue
            }
            if token.kind == .word, token.folded == "р", index + 1 < tokens.count, tokens[index + 1].kind == .word,
               tokens[index + 1].folded == "н", tokens[index + 1].isHyphenJoined {
                var merged = token
                merged.end = tokens[index + 1].end
                merged.folded = "р-н"
                merged.keys = ["район"]
                merged.classes = .noun
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
