import Foundation

/// The word lists the recognizer and the name comparer use, read from `Gazetteer/lexicon/`:
/// legal forms (МБОУ = муниципальное бюджетное общеобразовательное учреждение), abbreviations inside
/// names (СШ = средняя школа), and the head nouns that make a phrase an organization's name.
public struct Lexicon: Sendable {
    public struct Expansion: Sendable, Equatable {
        public var abbreviation: String
        public var expansion: String
        /// The country the form belongs to, when the file says (`; BY`).
        public var country: String?
        /// The region the form belongs to, when the file says (`; RU @ru-smolensk-region`): a body named
        /// with it and with no place of its own lies there.
        public var place: String?
    }

    public var legalForms: [Expansion] = []
    public var abbreviations: [Expansion] = []
    public var organizationHeads: [String] = []
    /// Heads too general to make a name from words alone (marked `!named`): only with a number, a
    /// quoted name or "имени …".
    public var namedOnlyHeads: Set<String> = []
    /// Heads of public authorities (marked `!authority`), which press texts write in lower case and name by
    /// the place they govern: "правительства Смоленской области", "посольства Беларуси".
    public var authorityHeads: Set<String> = []
    /// Heads of representations and embassies (marked `!seated`), whose seat is part of their name:
    /// "Посольство Российской Федерации в Республике Беларусь".
    public var seatedHeads: Set<String> = []
    /// Heads of one country's bodies alone (marked with its code: `!BY`), which place a body named with
    /// them in that country when nothing else does ("Крического райисполкома" → BY), as a legal form does.
    public var headCountries: [String: String] = [:]
    /// Adjectives that can begin an organization's name ("Национальная академия наук").
    public var organizationAdjectives: [String] = []
    /// Given names, nominative ("Ольга", "Павел"): with them people written out in full are found.
    public var givenNames: [String] = []
    /// Nouns that introduce a list of bodies after a country's adjective ("белорусских компаний …").
    public var listNouns: [String] = []
    /// Head nouns of a part of a body named with the body after it ("Управление культуры Администрации …").
    public var unitHeads: [String] = []
    /// Posts written with a place, and the first word of the name of the body there their holder serves
    /// ("губернатор = правительство").
    public var posts: [Expansion] = []
    /// Posts written with a place whose holder's body the lexicon does not name ("президент", "посол"): a
    /// person named after one and a place is of the place's country.
    public var postsWithoutBody: [String] = []

    public init() {}

    /// Reads the lexicon files of a gazetteer (`lexicon/legal-forms.txt` and the others), if it has them.
    static func load(files: GazetteerFiles) throws -> Lexicon {
        var lexicon = Lexicon()
        lexicon.legalForms = try expansions(files, "lexicon/legal-forms.txt")
        lexicon.abbreviations = try expansions(files, "lexicon/abbreviations.txt")
        lexicon.organizationAdjectives = lines(files, "lexicon/org-adjectives.txt").map(\.text)
        lexicon.givenNames = lines(files, "lexicon/given-names.txt").map(\.text)
        lexicon.listNouns = lines(files, "lexicon/list-nouns.txt").map(\.text)
        lexicon.unitHeads = lines(files, "lexicon/unit-heads.txt").map(\.text)
        let posts = lines(files, "lexicon/posts.txt")
        lexicon.posts = try posts.filter { $0.text.asciiRange(of: "=") != nil }
            .map { try expansion($0.text, file: files.path("lexicon/posts.txt"), line: $0.line) }
        lexicon.postsWithoutBody = posts.filter { $0.text.asciiRange(of: "=") == nil }.map(\.text)
        for (line, number) in lines(files, "lexicon/org-heads.txt") {
            var words = line.split(separator: " ").map(String.init)
            var flags: [String] = []
            while let last = words.last, last.hasPrefix("!") { flags.append(words.removeLast()) }
            let head = words.joined(separator: " ")
            for flag in flags {
                switch flag {
                case "!named": lexicon.namedOnlyHeads.insert(head)
                case "!authority": lexicon.authorityHeads.insert(head)
                case "!seated": lexicon.seatedHeads.insert(head)
                case _ where Lexicon.isCountryMark(flag): lexicon.headCountries[head] = String(flag.dropFirst())
                default:
                    throw InputError(file: files.path("lexicon/org-heads.txt"), line: number,
                                     message: "unknown mark '\(flag)' (a head may be marked !named, !authority, !seated or with a country code, e.g. !BY)")
                }
            }
            guard !head.isEmpty else {
                throw InputError(file: files.path("lexicon/org-heads.txt"), line: number, message: "a mark without a head: '\(line)'")
            }
            lexicon.organizationHeads.append(head)
        }
        return lexicon
    }

    /// Whether a head's mark is a country code: "!" and a code ("!BY").
    static func isCountryMark(_ flag: String) -> Bool { flag.hasPrefix("!") && isCountryCode(flag.dropFirst()) }

    /// Whether a word is a country code as the lexicon writes it: two capital Latin letters ("BY").
    static func isCountryCode<Text: StringProtocol>(_ text: Text) -> Bool {
        text.unicodeScalars.count == 2 && text.unicodeScalars.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
    }

    /// Reads the lexicon files of a gazetteer folder, if it has them.
    static func load(directory: String) throws -> Lexicon { try load(files: GazetteerFiles.read(folder: directory)) }

    mutating func merge(_ other: Lexicon) {
        legalForms += other.legalForms
        abbreviations += other.abbreviations
        organizationHeads += other.organizationHeads
        namedOnlyHeads.formUnion(other.namedOnlyHeads)
        authorityHeads.formUnion(other.authorityHeads)
        seatedHeads.formUnion(other.seatedHeads)
        headCountries.merge(other.headCountries) { _, new in new }
        organizationAdjectives += other.organizationAdjectives
        givenNames += other.givenNames
        listNouns += other.listNouns
        unitHeads += other.unitHeads
        posts += other.posts
        postsWithoutBody += other.postsWithoutBody
    }

    /// Non-comment lines of a file, with their numbers; none when the gazetteer does not have it.
    static func lines(_ files: GazetteerFiles, _ relative: String) -> [(text: String, line: Int)] {
        guard let text = files.texts[relative] else { return [] }
        var result: [(String, Int)] = []
        for (index, raw) in text.lines().enumerated() {
            var line = raw.trimmingSpaces()
            if let hash = line.firstIndex(of: "#"), hash == line.startIndex { continue }
            if line.hasSuffix("\r") { line.removeLast() }
            if !line.isEmpty { result.append((line, index + 1)) }
        }
        return result
    }

    /// `ABBR = expansion` lines, optionally ending in `; XX` (a country code) or `; XX @place-id`.
    static func expansions(_ files: GazetteerFiles, _ relative: String) throws -> [Expansion] {
        let file = files.path(relative)
        return try lines(files, relative).map { try expansion($0.text, file: file, line: $0.line) }
    }

    /// One `ABBR = expansion` line, optionally ending in `; XX` or `; XX @place-id`.
    static func expansion(_ text: String, file: String, line: Int) throws -> Expansion {
        guard let equals = text.asciiRange(of: "=") else {
            throw InputError(file: file, line: line, message: "expected 'ABBR = full form', got '\(text)'")
        }
        var expansion = text[equals.upperBound...].trimmingSpaces()
        var country: String?
        var place: String?
        if let semicolon = expansion.asciiRange(of: ";", backwards: true) {
            let words = expansion[semicolon.upperBound...].split(separator: " ")
            let code = words.first.map(String.init) ?? ""
            if isCountryCode(code) {
                country = code
                expansion = expansion[..<semicolon.lowerBound].trimmingSpaces()
                if words.count == 2, words[1].hasPrefix("@"), words[1].count > 1 {
                    place = String(words[1].dropFirst())
                } else if words.count > 1 {
                    throw InputError(file: file, line: line, message: "expected '; XX' or '; XX @place-id' after the form, got '\(words.joined(separator: " "))'")
                }
            }
        }
        let abbreviation = text[..<equals.lowerBound].trimmingSpaces()
        guard !abbreviation.isEmpty, !expansion.isEmpty else {
            throw InputError(file: file, line: line, message: "expected 'ABBR = full form', got '\(text)'")
        }
        return Expansion(abbreviation: abbreviation, expansion: expansion, country: country, place: place)
    }
}
