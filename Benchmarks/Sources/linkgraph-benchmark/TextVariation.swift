/// Varies the text of a report's cells so that no two generated reports are alike: numbers, dates
/// (days, months, years) and names (surnames after initials, the first word of quoted names) change;
/// the words around them stay, so gazetteer names still link and the recognizer sees the same shapes.
struct TextVariation {
    var random: SplitMix
    /// The year and quarter the report is about: most dates in it fall in them.
    var year: Int
    var quarter: Int

    static let months: [[String]] = [
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
        ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"],
    ]
    static let consonants = Array("бвгдзклмнпрстфхцш")
    static let vowels = Array("аоуиеэ")

    enum Piece { case word(String), number(String), other(Character) }

    /// A line split into words (letters), numbers (digits) and single other characters.
    static func pieces(_ line: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = "", kind = 0   // 1 word, 2 number
        func flush() {
            if kind == 1 { pieces.append(.word(current)) } else if kind == 2 { pieces.append(.number(current)) }
            current = ""; kind = 0
        }
        for character in line {
            let next = character.isLetter ? 1 : (character.isASCII && character.isNumber ? 2 : 0)
            if next != kind { flush() }
            if next == 0 { pieces.append(.other(character)) } else { current.append(character); kind = next }
        }
        flush()
        return pieces
    }

    static func render(_ pieces: [Piece]) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .word(let word), .number(let word): text += word
            case .other(let character): text.append(character)
            }
        }
        return text
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    /// A made-up stem, capitalized: consonant, vowel, consonant, vowel, consonant.
    mutating func stem() -> String {
        var letters: [Character] = []
        for index in 0..<5 {
            let pool = index % 2 == 0 ? TextVariation.consonants : TextVariation.vowels
            letters.append(pool[int(0...pool.count - 1)])
        }
        return String(letters).capitalized
    }

    /// A word with its stem made up and its last two letters (its ending) kept.
    mutating func renamed(_ word: String) -> String { stem() + String(word.suffix(2)) }

    mutating func year(_ value: Int) -> String { String(chance(0.9) ? year : year - int(1...2)) }

    /// The dates column: months (most in the quarter), days and years change; a range's days stay in order.
    mutating func dates(_ line: String) -> String {
        var pieces = TextVariation.pieces(line)
        var lastDay = 0
        for index in pieces.indices {
            switch pieces[index] {
            case .word(let word):
                for forms in TextVariation.months {
                    guard forms.contains(word.lowercased()) else { continue }
                    let month = chance(0.85) ? (quarter - 1) * 3 + int(0...2) : int(0...11)
                    let replacement = forms[month]
                    pieces[index] = .word(word.first!.isUppercase ? replacement.capitalized : replacement)
                    break
                }
            case .number(let digits):
                guard let value = Int(digits) else { continue }
                if digits.count == 4, (1990...2035).contains(value) {
                    pieces[index] = .number(year(value))
                } else if digits.count <= 2, (1...31).contains(value) {
                    lastDay = lastDay == 0 ? int(1...20) : min(28, lastDay + int(1...3))
                    pieces[index] = .number(String(lastDay))
                }
            case .other:
                continue
            }
        }
        return TextVariation.render(pieces)
    }

    /// Any other column: numbers, years, surnames after initials, the first word of quoted names.
    mutating func text(_ line: String) -> String {
        var pieces = TextVariation.pieces(line)
        var index = 0
        while index < pieces.count {
            switch pieces[index] {
            case .number(let digits):
                if let value = Int(digits), digits.count == 4, (1990...2035).contains(value) {
                    pieces[index] = .number(year(value))
                } else if previousVisible(pieces, before: index) == "№" {
                    pieces[index] = .number(String(int(1...150)))
                } else if digits.count <= 6 {
                    let low = digits.count == 1 ? 1 : Int(pow10(digits.count - 1))
                    pieces[index] = .number(String(int(low...Int(pow10(digits.count)) - 1)))
                }
            case .word(let word):
                if isSurnameAfterInitials(pieces, at: index), chance(0.5) {
                    pieces[index] = .word(renamed(word))
                } else if previousVisible(pieces, before: index) == "«", word.count >= 4, word.first!.isUppercase, chance(0.4) {
                    pieces[index] = .word(renamed(word))
                }
            case .other:
                break
            }
            index += 1
        }
        return TextVariation.render(pieces)
    }

    func pow10(_ exponent: Int) -> Int { (0..<exponent).reduce(1) { value, _ in value * 10 } }

    /// The last non-space character before piece `index`.
    func previousVisible(_ pieces: [Piece], before index: Int) -> Character? {
        var cursor = index - 1
        while cursor >= 0 {
            if case .other(let character) = pieces[cursor] {
                if character == " " || character == "\u{A0}" { cursor -= 1; continue }
                return character
            }
            return nil
        }
        return nil
    }

    /// "В.Н. Анохин": a capitalized word of three letters or more after one or two initials.
    func isSurnameAfterInitials(_ pieces: [Piece], at index: Int) -> Bool {
        guard case .word(let word) = pieces[index], word.count >= 3, word.first!.isUppercase, !word.allSatisfy(\.isUppercase) else { return false }
        var cursor = index - 1
        while cursor >= 0, case .other(let character) = pieces[cursor], character == " " || character == "\u{A0}" { cursor -= 1 }
        guard cursor >= 1, case .other(".") = pieces[cursor], case .word(let initial) = pieces[cursor - 1] else { return false }
        return initial.count == 1 && initial.first!.isUppercase
    }
}
