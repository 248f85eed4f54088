/// Whether bytes that are not UTF-8 read as Russian text in a single-byte code page (Windows-1251,
/// KOI8-R), and how well: the test that picks the code page of a file, so that a text in neither is
/// refused instead of being turned into mojibake.
///
/// Russian text is mostly lower-case letters; a capital follows a lower-case letter inside a word
/// almost never; and о, е, а, и, н, т, с, р make about half of its lower-case letters. The same
/// bytes read in the wrong Cyrillic code page swap the cases (KOI8-R's lower case is Windows-1251's
/// upper case), and random bytes or another language's code page give rare letters, capitals inside
/// words and symbols (box drawing) no Russian text has.
///
/// ```swift
/// RussianReading(Windows1251.encode("Отчет о мероприятиях"), upperHalf: Windows1251.upperHalf).readsAsRussian // true
/// ```
/// - Complexity: O(n) in the number of bytes.
struct RussianReading {
    /// Cyrillic letters, lower-case ones, capitals right after a lower-case letter, frequent lower-case
    /// letters, bytes of the upper half, and those that are neither a letter nor common punctuation.
    private(set) var letters = 0, lowercase = 0, capitalsInsideWords = 0, frequent = 0, upperHalfBytes = 0, oddSymbols = 0

    init(_ bytes: [UInt8], upperHalf: [UInt32]) {
        // Per byte of the upper half: 1 capital, 2 lower-case, 3 frequent lower-case, 4 punctuation, 0 other.
        var classes = [UInt8](repeating: 0, count: 128)
        let frequentLetters: Set<UInt32> = [0x043E, 0x0435, 0x0430, 0x0438, 0x043D, 0x0442, 0x0441, 0x0440]   // о е а и н т с р
        let punctuation: Set<UInt32> = [0x00A0, 0x00AB, 0x00BB, 0x2013, 0x2014, 0x2116, 0x201C, 0x201D, 0x201E, 0x2018, 0x2019,
                                        0x2026, 0x00B0, 0x00A7, 0x2022, 0x00B7]
        for (offset, value) in upperHalf.enumerated() {
            switch value {
            case 0x0410...0x042F, 0x0401: classes[offset] = 1
            case 0x0430...0x044F, 0x0451: classes[offset] = frequentLetters.contains(value) ? 3 : 2
            default: classes[offset] = punctuation.contains(value) ? 4 : 0
            }
        }
        var previousWasLowercase = false
        for byte in bytes {
            guard byte >= 0x80 else {
                previousWasLowercase = false
                continue
            }
            upperHalfBytes += 1
            switch classes[Int(byte) - 0x80] {
            case 1:
                letters += 1
                if previousWasLowercase { capitalsInsideWords += 1 }
                previousWasLowercase = false
            case 2, 3:
                letters += 1
                lowercase += 1
                if classes[Int(byte) - 0x80] == 3 { frequent += 1 }
                previousWasLowercase = true
            case 4:
                previousWasLowercase = false
            default:
                oddSymbols += 1
                previousWasLowercase = false
            }
        }
    }

    /// The text reads as Russian: mostly lower-case, hardly a capital inside a word, the frequent letters
    /// frequent (once there are enough letters to tell), hardly an odd symbol. Bytes with no letter but
    /// only common punctuation (« » – №) pass too.
    var readsAsRussian: Bool {
        guard oddSymbols * 20 <= upperHalfBytes else { return false }
        guard letters > 0 else { return upperHalfBytes > 0 }
        guard lowercase * 2 >= letters, capitalsInsideWords * 20 <= letters else { return false }
        return letters < 40 || frequent * 100 >= lowercase * 35
    }

    /// How well the text reads as Russian, to choose between code pages that both pass.
    var score: Double {
        guard letters > 0 else { return 0 }
        return (Double(lowercase) - 4 * Double(capitalsInsideWords) - 4 * Double(oddSymbols)) / Double(letters)
    }
}
