/// Reads the reporting period and level from a report's title.
///
/// ```swift
/// ReportTitle.period(in: "… в IV квартале 2023 года")   // 2023, quarter 4
/// ReportTitle.level(in: "… органами местного самоуправления …") // .municipal
/// ```
/// - Complexity: O(n) in the length of the title.
enum ReportTitle {
    /// The quarter named as "в IV квартале 2023 года", "во 2 квартале 2025 г." or "в первом квартале 2024 года".
    static func period(in title: String) -> ReportPeriod? {
        let words = TitleWords.split(title)
        guard let index = words.firstIndex(where: { $0.hasPrefix("квартал") }), index > 0 else { return nil }
        guard let quarter = quarterNumber(words[index - 1]) else { return nil }
        guard let year = words[(index + 1)...].prefix(3).compactMap({ word -> Int? in
            guard word.count == 4, let value = Int(word), (1990...2100).contains(value) else { return nil }
            return value
        }).first else { return nil }
        return ReportPeriod(year: year, quarter: quarter)
    }

    static func quarterNumber(_ word: String) -> Int? {
        let table: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
                                    "1-м": 1, "2-м": 2, "3-м": 3, "4-м": 4,
                                    "первом": 1, "втором": 2, "третьем": 3, "четвертом": 4]
        return table[word]
    }

    static func level(in title: String) -> ReportLevel? {
        let text = TitleWords.split(title).joined(separator: " ")
        if text.contains("местного самоуправления") || text.contains("муниципальных образований") { return .municipal }
        if text.contains("исполнительными органами") || text.contains("органами исполнительной власти")
            || text.contains("исполнительных органов") { return .regional }
        return nil
    }
}

/// Lower-cased words of a title, with look-alike Latin and Cyrillic numerals folded to Latin.
enum TitleWords {
    /// Roman numeral characters (Ⅰ…Ⅻ) as Latin letters.
    static let romanNumerals: [UInt32: String] = [0x2160: "i", 0x2161: "ii", 0x2162: "iii", 0x2163: "iv", 0x2164: "v",
                                                  0x2170: "i", 0x2171: "ii", 0x2172: "iii", 0x2173: "iv", 0x2174: "v"]

    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let roman = romanNumerals[scalar.value] {
                current.append(contentsOf: roman.unicodeScalars)
            } else if let folded = fold(scalar) {
                current.append(folded)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x0406, 0x0456, 0x04C0: return "i"   // Cyrillic І, palochka
        case 0x2D: return "-"
        case 0x30...0x39: return scalar
        default: return DateVocabulary.lowercasedLetter(scalar)
        }
    }
}
