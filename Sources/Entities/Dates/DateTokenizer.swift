/// Splits a dates column into numbers, words (by what they say about dates) and the punctuation that
/// matters for dates.
enum DateTokenizer {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(DateWord)
        case dash, comma, dot, open, close, other
    }

    /// - Complexity: O(n) in the UTF-8 bytes of the text.
    static func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(inUTF8: $0) }
    }

    /// The tokens of valid UTF-8 text.
    static func tokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 2)
        var number = 0, digits = 0
        var word = DateWordBuffer()
        func flush() {
            if digits > 0 { tokens.append(.number(digits > 6 ? -1 : number, digits: digits)); number = 0; digits = 0 }
            if !word.isEmpty { tokens.append(.word(word.classify())); word.removeAll() }
        }
        var index = 0
        while index < bytes.count {
            let value = UTF8Scalars.decode(bytes, at: &index)
            if value >= 0x30 && value <= 0x39 {
                if !word.isEmpty { flush() }
                if digits < 7 { number = number * 10 + Int(value - 0x30) }
                digits += 1
            } else if let lower = DateVocabulary.lowercasedLetter(value) {
                if digits > 0 { flush() }
                word.append(lower)
            } else {
                flush()
                switch value {
                case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: tokens.append(.dash)
                case 0x2C, 0x3B: tokens.append(.comma)
                case 0x2E: tokens.append(.dot)
                case 0x28, 0x5B: tokens.append(.open)
                case 0x29, 0x5D: tokens.append(.close)
                case 0x20, 0x09, 0x0A, 0x0D, 0xA0: break
                default: tokens.append(.other)
                }
            }
        }
        flush()
        return tokens
    }
}
