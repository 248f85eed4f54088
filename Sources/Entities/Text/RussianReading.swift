/// Whether bytes that are not UTF-8 read as Russian text in a single-byte code page (Windows-1251,
/// KOI8-R), and how well: the test that picks the code page of a file, so that a text in neither is
/// refused instead of being turned into mojibake.
///
/// In Russian text о, е, а, и, н, т, с, р make about half of the letters; a capital right after a
/// small letter (inside a word) is rare; Cyrillic words are not glued to Latin letters; and the upper
/// half of the code page holds letters and common punctuation (« » – №), nothing else. The same bytes
/// read in the wrong Cyrillic code page swap cases and letters (KOI8-R's small letters are
/// Windows-1251's capitals, in another order), random bytes give rare letters and odd symbols, and
/// another language's code page (é, à in Latin-1) gives single Cyrillic letters inside Latin words.
///
/// ```swift
/// RussianReading(Windows1251.encode("Отчет о мероприятиях"), upperHalf: Windows1251.upperHalf).readsAsRussian // true
/// ```
/// - Complexity: O(n) in the number of bytes.
struct RussianReading {
    /// Russian letters; the frequent ones (either case); capitals right after a small letter; letters
    /// next to a Latin letter; runs of letters (words); bytes of the upper half; those of them that are
    /// neither a Russian letter nor common punctuation.
    private(set) var letters = 0, frequent = 0, capitalsInsideWords = 0, besideLatin = 0, words = 0
    private(set) var upperHalfBytes = 0, oddSymbols = 0

    /// What a byte of the upper half is.
    private enum Kind: UInt8 { case other, capital, small, punctuation }

    init(_ bytes: [UInt8], upperHalf: [UInt32]) {
        var kinds = [Kind](repeating: .other, count: 128)
        var isFrequent = [Bool](repeating: false, count: 128)
        let frequentLetters: Set<UInt32> = [0x043E, 0x0435, 0x0430, 0x0438, 0x043D, 0x0442, 0x0441, 0x0440]   // о е а и н т с р
        let punctuation: Set<UInt32> = [0x00A0, 0x00AB, 0x00BB, 0x2013, 0x2014, 0x2116, 0x201C, 0x201D, 0x201E, 0x2018, 0x2019,
                                        0x2026, 0x00B0, 0x00A7, 0x2022, 0x00B7]
        for (offset, value) in upperHalf.enumerated() {
            switch value {
            case 0x0410...0x042F, 0x0401:
                kinds[offset] = .capital
                isFrequent[offset] = frequentLetters.contains(value + 0x20)
            case 0x0430...0x044F, 0x0451:
                kinds[offset] = .small
                isFrequent[offset] = frequentLetters.contains(value)
            default:
                kinds[offset] = punctuation.contains(value) ? .punctuation : .other
            }
        }
        // What the previous byte was: 0 none of these, 1 a Latin letter, 2 a capital, 3 a small letter.
        var previous = 0
        for byte in bytes {
            guard byte >= 0x80 else {
                let isLatin = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if isLatin && previous >= 2 { besideLatin += 1 }
                previous = isLatin ? 1 : 0
                continue
            }
            upperHalfBytes += 1
            let kind = kinds[Int(byte) - 0x80]
            switch kind {
            case .capital, .small:
                letters += 1
                if isFrequent[Int(byte) - 0x80] { frequent += 1 }
                if previous == 1 { besideLatin += 1 }
                if previous < 2 { words += 1 }
                if kind == .capital && previous == 3 { capitalsInsideWords += 1 }
                previous = kind == .capital ? 2 : 3
            case .punctuation:
                previous = 0
            case .other:
                oddSymbols += 1
                previous = 0
            }
        }
    }

    /// The text reads as Russian: hardly an odd symbol, a capital inside a word or a letter beside a Latin
    /// one; words of more than two letters on average; and, once there are letters enough to tell, the
    /// frequent letters frequent. Bytes with no letter but only common punctuation (« » – №) pass too.
    var readsAsRussian: Bool {
        guard oddSymbols * 20 <= upperHalfBytes else { return false }
        guard letters > 0 else { return upperHalfBytes > 0 }
        guard capitalsInsideWords * 20 <= letters, besideLatin * 10 <= letters, letters >= 2 * words else { return false }
        return letters < 20 || frequent * 3 >= letters
    }

    /// How well the text reads as Russian, to choose between code pages that both pass.
    var score: Double {
        guard letters > 0 else { return 0 }
        return (Double(frequent) - 4 * Double(capitalsInsideWords + besideLatin + oddSymbols)) / Double(letters)
    }
}
