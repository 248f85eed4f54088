/// Splits a dates column into numbers, lower-cased words and the punctuation that matters for dates.
enum DateTokenizer {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case dash, comma, dot, open, close, other
    }

    /// - Complexity: O(n) in the number of Unicode scalars.
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var number = 0, digits = 0
        var word = String.UnicodeScalarView()
        func flush() {
            if digits > 0 { tokens.append(.number(digits > 6 ? -1 : number, digits: digits)); number = 0; digits = 0 }
            if !word.isEmpty { tokens.append(.word(String(word))); word = String.UnicodeScalarView() }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x30...0x39).contains(value) {
                if !word.isEmpty { flush() }
                if digits < 7 { number = number * 10 + Int(value - 0x30) }
                digits += 1
            } else if let lower = DateVocabulary.lowercasedLetter(scalar) {
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

/// Month names in every case, and the letter folding the date reader needs.
enum DateVocabulary {
    /// The month a word names ("мая", "май", "марте"), or nil.
    /// - Complexity: O(m) for the m month stems and abbreviations (words are compared as UTF-8 bytes:
    ///   they are lower-case letters).
    static func month(_ word: String) -> Int? {
        guard word.utf8.count <= longestMonthWord else { return nil }
        for (exact, month) in exactMonthList where word.utf8Equals(exact) { return month }
        for (index, stem) in monthStems.enumerated() {
            if let stem, word.utf8HasPrefix(stem), word.unicodeScalars.count <= stem.unicodeScalars.count + 2 { return index + 1 }
        }
        return nil
    }

    static let exactMonthList = exactMonths.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    /// The longest word `month` can accept, in UTF-8 bytes (a stem and two letters, two bytes each).
    static let longestMonthWord = (monthStems.compactMap { $0?.utf8.count }.max() ?? 0) + 8

    /// Stems that take endings: январь/января/январе...
    static let monthStems: [String?] = ["январ", "феврал", "март", "апрел", nil, "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
    /// May (its stem is too short to match by prefix) and the usual abbreviations.
    static let exactMonths: [String: Int] = ["май": 5, "мая": 5, "мае": 5, "маю": 5, "маем": 5,
                                             "янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сент": 9, "сен": 9,
                                             "окт": 10, "нояб": 11, "дек": 12]

    /// The lower-case form of a Cyrillic or Latin letter (ё folded to е), or nil for a non-letter.
    static func lowercasedLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return Unicode.Scalar(value + 0x20)
        case 0x61...0x7A, 0x430...0x44F: return scalar
        case 0x410...0x42F: return Unicode.Scalar(value + 0x20)
        case 0x401, 0x451: return "е"
        default: return nil
        }
    }
}
