import Foundation

/// What a word of a dates column says.
enum DateWord: Equatable {
    /// A month name in any case, or its abbreviation (1...12).
    case month(Int)
    /// "и": joins dates.
    case and
    /// "с", "со": starts a range.
    case from
    /// "по", "до": ends a range.
    case until
    /// "года", "г.", "гг.": says the number before is a year.
    case yearWord
    /// Any other word: dates on either side of it are not one run.
    case other
}

/// A lower-cased word being read, as UTF-8 bytes (letters only, ё folded to е).
struct DateWordBuffer {
    private(set) var bytes: [UInt8]
    /// The number of letters.
    private(set) var letters = 0

    init() {
        bytes = []
        bytes.reserveCapacity(32)
    }

    var isEmpty: Bool { letters == 0 }

    /// Appends a letter given as its scalar value (ASCII or Cyrillic, so one or two bytes).
    mutating func append(_ letter: UInt32) {
        if letter < 0x80 {
            bytes.append(UInt8(letter))
        } else {
            bytes.append(UInt8(0xC0 | letter >> 6))
            bytes.append(UInt8(0x80 | letter & 0x3F))
        }
        letters += 1
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        letters = 0
    }

    func classify() -> DateWord {
        if let month = DateVocabulary.month(bytes, letters: letters) { return .month(month) }
        for (word, meaning) in DateVocabulary.functionWords where bytes == word { return meaning }
        return .other
    }
}

/// Month names in every case, the words that join dates, and the letter folding the date reader needs.
enum DateVocabulary {
    /// The month a lower-cased word names ("мая", "май", "марте"), or nil: an abbreviation or a form of
    /// May, or a month stem and at most two more letters.
    /// - Complexity: O(m) for the m month stems and abbreviations (compared as UTF-8 bytes).
    static func month(_ word: [UInt8], letters: Int) -> Int? {
        guard word.count <= longestMonthWord else { return nil }
        for (exact, month) in exactMonths where word == exact { return month }
        for (stem, stemLetters, month) in monthStems where letters <= stemLetters + 2 && hasPrefix(word, stem) {
            return month
        }
        return nil
    }

    @inline(__always)
    static func hasPrefix(_ word: [UInt8], _ prefix: [UInt8]) -> Bool {
        guard word.count >= prefix.count else { return false }
        return word.withUnsafeBufferPointer { word in
            prefix.withUnsafeBufferPointer { prefix in memcmp(word.baseAddress!, prefix.baseAddress!, prefix.count) == 0 }
        }
    }

    /// Stems that take endings (январь/января/январе...), with their letter counts and months.
    static let monthStems: [(stem: [UInt8], letters: Int, month: Int)] =
        ["январ", "феврал", "март", "апрел", nil, "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
            .enumerated().compactMap { index, stem in stem.map { (Array($0.utf8), $0.unicodeScalars.count, index + 1) } }
    /// May (its stem is too short to match by prefix) and the usual abbreviations.
    static let exactMonths: [(word: [UInt8], month: Int)] =
        [("май", 5), ("мая", 5), ("мае", 5), ("маю", 5), ("маем", 5), ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4),
         ("авг", 8), ("сент", 9), ("сен", 9), ("окт", 10), ("нояб", 11), ("дек", 12)].map { (Array($0.0.utf8), $0.1) }
    /// The longest word `month` can accept, in UTF-8 bytes (a stem and two letters, two bytes each).
    static let longestMonthWord = (monthStems.map(\.stem.count).max() ?? 0) + 4
    /// Words that join or bound dates.
    static let functionWords: [(word: [UInt8], meaning: DateWord)] =
        ([("и", .and), ("с", .from), ("со", .from), ("по", .until), ("до", .until),
         ("года", .yearWord), ("год", .yearWord), ("г", .yearWord), ("гг", .yearWord), ("годы", .yearWord),
         ("годов", .yearWord)] as [(String, DateWord)]).map { (Array($0.0.utf8), $0.1) }

    /// The lower-case form of a Cyrillic or Latin letter (ё folded to е), or nil for a non-letter.
    static func lowercasedLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        lowercasedLetter(scalar.value).flatMap(Unicode.Scalar.init)
    }

    /// ``lowercasedLetter(_:)`` on scalar values.
    @inline(__always)
    static func lowercasedLetter(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x41...0x5A: value + 0x20
        case 0x61...0x7A, 0x430...0x44F: value
        case 0x410...0x42F: value + 0x20
        case 0x401, 0x451: 0x435
        default: nil
        }
    }
}
