/// The shape of a person's name, with its surname and initials, by which the same person is one entity
/// however written:
///
/// - initials (a capital letter and a dot, once or twice) before or after a capitalized surname:
///   "В.Н. Анохин", "Анохина В.Н.", "В. Анохиным";
/// - a given name, a patronymic and a surname, in either order of the surname: "Ольга Викторовна
///   Кравченко", "Игорем Ивановичем Ковалевым", "Кравченко Ольга Викторовна" (initials "ов");
/// - a given name and a surname: "Павел Семенов", "с Павлом Семеновым", "Михаил Киселевич" (initials "п").
///
/// Given names come from the lexicon (`lexicon/given-names.txt`, every case matched through the
/// stemmer's keys); patronymics are found by their endings (-ович, -евич, -ич, -овна, -евна, -ична in
/// any case). A word that is a man's patronymic by its ending but has no surname after it is the
/// surname ("Михаил Киселевич"); a woman's is not ("Людмила Никифоровна" is no one we can name).
struct PersonShape: Equatable {
    var start: Int
    var end: Int
    var surname: Int
    /// Lower-case initials: "вн".
    var initials: String

    /// The person shapes in `tokens`, left to right, not overlapping. `givenNames`: the keys of the
    /// lexicon's given names (none: only initials make a person).
    /// - Complexity: O(n) in the tokens.
    /// `patronymics`: men's patronymics made from the lexicon's given names (``ShapeLexicon/malePatronymics``).
    static func find(in tokens: [Token], givenNames: IDSet = IDSet([]), patronymics: Set<String> = []) -> [PersonShape] {
        // Every shape has an initial or a given name. Most fields have neither.
        let hasStart = tokens.withUnsafeBufferPointer { buffer in
            (0..<buffer.count).contains { index in
                buffer[index].kind == .word && buffer[index].isCapitalized
                    && (index + 1 < buffer.count && buffer[index + 1].kind == .dot && buffer[index].word.length == 1
                        || isGivenName(buffer[index], givenNames))
            }
        }
        guard hasStart else { return [] }
        var shapes: [PersonShape] = []
        var index = 0
        while index < tokens.count {
            if let shape = shape(at: index, tokens, givenNames, patronymics) {
                shapes.append(shape)
                index = shape.end
            } else {
                index += 1
            }
        }
        return shapes
    }

    /// The shape that starts at `index`, if any.
    static func shape(at index: Int, _ tokens: [Token], _ givenNames: IDSet, _ patronymics: Set<String> = []) -> PersonShape? {
        if let (initials, afterInitials) = readInitials(tokens, at: index), afterInitials < tokens.count, isSurname(tokens[afterInitials]) {
            var surnameIndex = afterInitials
            var end = afterInitials + 1
            // Double-barrelled: "Соколова-Микитова".
            if end < tokens.count, tokens[end].isHyphenJoined, isSurname(tokens[end]) { surnameIndex = end; end += 1 }
            return PersonShape(start: index, end: end, surname: surnameIndex, initials: initials)
        }
        // "Анохин В.Н." — unless a surname follows the initials ("Федерации Ю.Л. Воробьевым" is Ю.Л. Воробьев).
        if isSurname(tokens[index]), index + 1 < tokens.count, let (initials, end) = readInitials(tokens, at: index + 1),
           end >= tokens.count || !isSurname(tokens[end]) {
            return PersonShape(start: index, end: end, surname: index, initials: initials)
        }
        return fullName(at: index, tokens, givenNames, patronymics)
    }

    /// "Ольга Викторовна Кравченко", "Павлом Семеновым", "Кравченко Ольга Викторовна".
    static func fullName(at index: Int, _ tokens: [Token], _ givenNames: IDSet, _ patronymics: Set<String> = []) -> PersonShape? {
        func word(_ offset: Int) -> Token? {
            index + offset < tokens.count && tokens[index + offset].kind == .word ? tokens[index + offset] : nil
        }
        guard let first = word(0), first.isCapitalized, !first.isAllCaps else { return nil }
        if isGivenName(first, givenNames), let second = word(1), isSurname(second), !isGivenName(second, givenNames) {
            if isPatronymic(second), let third = word(2), isSurname(third), !isGivenName(third, givenNames) {
                return PersonShape(start: index, end: index + 3, surname: index + 2, initials: initial(first) + initial(second))
            }
            // "Людмила Никифоровна": a woman's patronymic is never a surname, and a given name with a
            // patronymic alone says not who she is.
            if isPatronymic(second, suffixes: femininePatronymicSuffixes) || isPatronymicOfAGivenName(second, patronymics) { return nil }
            return PersonShape(start: index, end: index + 2, surname: index + 1, initials: initial(first))
        }
        // Surname first: only when the given name and patronymic end the name (the given name, an array
        // look-up, is asked first: most capitalized words have none after them).
        if isSurname(first), let given = word(1), isGivenName(given, givenNames), let patronymic = word(2), isPatronymic(patronymic),
           !isGivenName(first, givenNames), !isPatronymic(first), word(3).map({ !$0.isCapitalized }) ?? true {
            return PersonShape(start: index, end: index + 3, surname: index, initials: initial(given) + initial(patronymic))
        }
        return nil
    }

    /// One or two initials ("В.Н.", "В. Н.", "В."), and the index after them.
    static func readInitials(_ tokens: [Token], at start: Int) -> (String, Int)? {
        var index = start
        var initials = ""
        var count = 0
        while count < 2, index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
              tokens[index].word.length == 1, tokens[index + 1].kind == .dot {
            initials += tokens[index].folded
            count += 1
            index += 2
        }
        return count == 0 ? nil : (initials, index)
    }

    static func isSurname(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && !token.isAllCaps && token.word.length >= 2
    }

    /// A given name of the lexicon, in any case ("Павлом", "Ольги"), by the word's first key only: the
    /// other keys of "Семенов" (семен) or "Павлов" (павл) would make a surname a given name.
    static func isGivenName(_ token: Token, _ givenNames: IDSet) -> Bool {
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.word.length >= 2, token.word.keyIDs.count > 0,
              let key = token.word.keyIDs[0] else { return false }
        return givenNames.contains(key)
    }

    /// A patronymic by its ending, in any case: "Викторовна", "Ивановичем", "Ильича", "Кузьминичны".
    static func isPatronymic(_ token: Token, suffixes: [[UInt8]] = patronymicSuffixes) -> Bool {
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps else { return false }
        var word = token.folded
        return word.withUTF8 { bytes in
            suffixes.contains { suffix in
                // At least two letters (four bytes) before the ending.
                bytes.count >= suffix.count + 4 && bytes.suffix(suffix.count).elementsEqual(suffix)
            }
        }
    }

    /// The endings of patronymics in every case, as UTF-8: -ович/-евич/-ич and -овна/-евна/-ична.
    static let patronymicSuffixes: [[UInt8]] = {
        let male = ["ович", "евич", "ич"].flatMap { stem in ["", "а", "у", "ем", "ом", "е"].map { stem + $0 } }
        return male.map { Array($0.utf8) } + femininePatronymicSuffixes
    }()

    /// Whether a word is, in any case, a man's patronymic made from a given name ("Ивановичем" from
    /// "Иван"), which a surname in -ич only rarely is: `patronymics` holds them in the nominative.
    static func isPatronymicOfAGivenName(_ token: Token, _ patronymics: Set<String>) -> Bool {
        guard !patronymics.isEmpty, isPatronymic(token) else { return false }
        let folded = token.folded
        for ending in ["", "а", "у", "ем", "ом", "е"] where folded.hasSuffix("ич" + ending) {
            if patronymics.contains(String(folded.dropLast(ending.count))) { return true }
        }
        return false
    }

    /// A man's patronymic made from a given name in the nominative, folded: "иванович", "сергеевич",
    /// "игоревич", "ильич" (nil for a woman's name or one it cannot be made from).
    static func malePatronymic(of givenName: String) -> String? {
        let name = givenName.lowercased()
        guard let last = name.last, name.count >= 3 else { return nil }
        switch last {
        case "й", "ь": return name.dropLast() + "евич"
        case "а", "я": return name.dropLast() + "ич"
        case "о", "е", "и", "у", "ы", "э", "ю": return nil
        default: return name + "ович"
        }
    }

    /// The endings of women's patronymics in every case (-овна/-евна/-ична), which no surname has.
    static let femininePatronymicSuffixes: [[UInt8]] =
        ["овн", "евн", "ичн"].flatMap { stem in ["а", "ы", "е", "у", "ой", "ою"].map { Array((stem + $0).utf8) } }

    /// The first letter of a name, lower case: "о" of "Ольга".
    static func initial(_ token: Token) -> String { String(token.folded.prefix(1)) }
}
