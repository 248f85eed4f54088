import XCTest
@testable import Entities

/// `Stemmer`: every case of a name folds to a key its nominative has, and the ending's class keeps
/// adjectives and nouns apart.
final class StemmerTests: XCTestCase {
    /// Words as the tokenizer would give them (lower case, ё as е).
    private func stem(_ word: String) -> Stemmer.Stem {
        let token = Tokenizer.tokenize(word)
        precondition(token.count == 1, word)
        return Stemmer.stem(token[0].folded, isAbbreviation: token[0].isAllCaps)
    }

    /// A nominative and other forms of the same word: each must share a key with it, and (when the
    /// row says so) be class-compatible with it, so the matcher takes it for the same word.
    struct Row {
        let nominative: String
        let forms: [String]
        var compatible = true
    }

    static let names: [Row] = [
        Row(nominative: "Витебск", forms: ["Витебска", "Витебску", "Витебском", "Витебске"]),
        Row(nominative: "Орша", forms: ["Орши", "Орше", "Оршу", "Оршей", "Оршею"]),
        Row(nominative: "Могилев", forms: ["Могилёв", "Могилева", "Могилёва", "Могилеве", "Могилевом"]),
        Row(nominative: "Беларусь", forms: ["Беларуси", "Беларусью"]),
        Row(nominative: "Россия", forms: ["России", "Россию", "Россией"]),
        Row(nominative: "Гомель", forms: ["Гомеля", "Гомелю", "Гомелем", "Гомеле"]),
        Row(nominative: "Барановичи", forms: ["Барановичей", "Барановичам", "Барановичами", "Барановичах"]),
        Row(nominative: "Великие", forms: ["Великих", "Великим", "Великими"]),
        Row(nominative: "Луки", forms: ["Лук", "Лукам", "Луками", "Луках"]),
        Row(nominative: "Администрация", forms: ["Администрации", "Администрацию", "Администрацией"]),
        Row(nominative: "Министерство", forms: ["Министерства", "Министерству", "Министерством", "Министерстве"]),
        Row(nominative: "гимназия", forms: ["гимназии", "гимназию", "гимназией"]),
        Row(nominative: "отделение", forms: ["отделения", "отделению", "отделением", "отделении"]),
        Row(nominative: "соглашение", forms: ["соглашения", "соглашением", "соглашении"]),
        Row(nominative: "музей", forms: ["музея", "музею", "музеем", "музее"]),
        Row(nominative: "лицей", forms: ["лицея", "лицеем"]),
        Row(nominative: "санаторий", forms: ["санатория", "санаторию", "санаторием", "санатории"]),
        Row(nominative: "Китай", forms: ["Китая", "Китаю", "Китаем", "Китае"]),
        Row(nominative: "Парагвай", forms: ["Парагвая", "Парагваю", "Парагваем", "Парагвае"]),
        Row(nominative: "Эмираты", forms: ["Эмиратов", "Эмиратам", "Эмиратами", "Эмиратах"]),
        Row(nominative: "Орел", forms: ["Орёл", "Орла", "Орлу", "Орлом", "Орле"]),
        Row(nominative: "Городок", forms: ["Городка", "Городку", "Городком", "Городке"]),
        Row(nominative: "Анохин", forms: ["Анохина", "Анохину", "Анохине"]),
        Row(nominative: "Новиков", forms: ["Новикова", "Новикову", "Новикове"]),
        Row(nominative: "Гапеева", forms: ["Гапеевой", "Гапееву", "Гапеевою"]),
        Row(nominative: "Витебский", forms: ["Витебского", "Витебскому", "Витебским", "Витебском"]),
        Row(nominative: "Витебская", forms: ["Витебской", "Витебскую", "Витебскою"]),
        Row(nominative: "городской", forms: ["городского", "городскому", "городским", "городском"]),
        Row(nominative: "исполнительный", forms: ["исполнительного", "исполнительному", "исполнительным", "исполнительном"]),
        Row(nominative: "комитет", forms: ["комитета", "комитету", "комитетом", "комитете"]),
        // Nominatives that end like an instrumental.
        Row(nominative: "горисполком", forms: ["горисполкома", "горисполкому", "горисполкомом", "горисполкоме"]),
        Row(nominative: "Муром", forms: ["Мурома", "Муроме", "Муромом"]),
        Row(nominative: "Артем", forms: ["Артема", "Артеме", "Артемом"]),
        // A name in -ин/-ов has an adjective's ending in the instrumental: it may be either.
        Row(nominative: "Анохин", forms: ["Анохиным"]),
        Row(nominative: "Новиков", forms: ["Новиковым"]),
        Row(nominative: "Пушкин", forms: ["Пушкиным"]),
    ]

    func testEveryCaseSharesAKeyWithTheNominative() {
        for row in Self.names {
            let nominative = stem(row.nominative)
            XCTAssertFalse(nominative.keys.isEmpty, row.nominative)
            for form in row.forms {
                let inflected = stem(form)
                XCTAssertFalse(Set(inflected.keys).isDisjoint(with: nominative.keys),
                               "\(form) \(inflected.keys) shares no key with \(row.nominative) \(nominative.keys)")
                XCTAssertEqual(inflected.classes.isCompatible(with: nominative.classes), row.compatible,
                               "\(form) \(inflected.classes) against \(row.nominative) \(nominative.classes)")
            }
        }
    }

    /// Exact keys and classes for the words the documentation names.
    func testKeysAndClasses() {
        let expected: [(String, [String], WordClasses)] = [
            ("витебского", ["витебск"], .adjective),
            ("витебска", ["витебск"], .noun),
            ("витебском", ["витебск", "витебском"], .both),
            ("горисполком", ["горисполк", "горисполком"], .both),
            ("витебск", ["витебск"], .noun),
            ("оршей", ["орш", "орше"], .both),
            ("барановичей", ["баранович", "барановиче"], .both),
            ("музей", ["муз", "музе"], .both),
            ("гимназия", ["гимназ"], .noun),
            ("гимназии", ["гимназ"], .noun),
            ("гимназией", ["гимназ", "гимназие"], .both),
            ("санаторий", ["санатор"], .noun),
            ("витебский", ["витебск"], .adjective),
            ("отделение", ["отделен"], .noun),
            ("российские", ["российск"], .adjective),
            ("эмиратов", ["эмиратов", "эмират"], .noun),
            ("орел", ["орел", "орл"], .noun),
            ("городок", ["городок", "городк"], .noun),
            ("могилев", ["могилев", "могил"], .noun),
            ("китай", ["кита", "кит"], .both),
            ("китая", ["кит"], .adjective),
            ("край", ["кра"], .noun),
        ]
        for (word, keys, classes) in expected {
            XCTAssertEqual(Stemmer.stem(word), Stemmer.Stem(keys: keys, classes: classes), word)
        }
    }

    func testAWordInCapitalsIsKeptWholeWithItsStemAsAnAlternative() {
        func capitals(_ word: String) -> Stemmer.Stem { Stemmer.stemInCapitals(word.unicodeScalars.map(\.value)) }
        XCTAssertEqual(capitals("москва"), Stemmer.Stem(keys: ["москва", "москв"], classes: []))
        XCTAssertEqual(capitals("витебска"), Stemmer.Stem(keys: ["витебска", "витебск"], classes: []))
        XCTAssertEqual(capitals("мбоу").keys.first, "мбоу", "an abbreviation is first itself")
        XCTAssertEqual(capitals("мтз"), Stemmer.Stem(keys: ["мтз"], classes: []), "short ones stay whole")
        // Through the tokenizer: the dateline's town shares a key with the town.
        let dateline = Tokenizer.tokenize("МОСКВА")[0], town = Tokenizer.tokenize("Москва")[0]
        XCTAssertTrue(dateline.isAllCaps)
        XCTAssertFalse(Set(dateline.keys).isDisjoint(with: town.keys))
        XCTAssertTrue(dateline.classes.isCompatible(with: town.classes))
    }

    func testAdjectivesAndNounsStayApart() {
        let city = stem("Витебск"), adjective = stem("Витебского"), either = stem("Витебском")
        XCTAssertEqual(adjective.keys, city.keys)
        XCTAssertFalse(adjective.classes.isCompatible(with: city.classes), "Витебского is not a case of Витебск")
        XCTAssertTrue(either.classes.isCompatible(with: city.classes), "Витебском may be Витебск's instrumental")
        XCTAssertTrue(either.classes.isCompatible(with: stem("Витебский").classes), "Витебском may be Витебский's prepositional")
        XCTAssertFalse(stem("Витебская").classes.isCompatible(with: stem("Витебск").classes))
        XCTAssertTrue(stem("Витебской").classes.isCompatible(with: stem("Витебская").classes))
        // -ние is a noun, -кие an adjective.
        XCTAssertEqual(stem("управление").classes, .noun)
        XCTAssertEqual(stem("белорусские").classes, .adjective)
    }

    func testWordClassesCompatibility() {
        XCTAssertTrue(WordClasses.noun.isCompatible(with: .noun))
        XCTAssertTrue(WordClasses.both.isCompatible(with: .adjective))
        XCTAssertFalse(WordClasses.adjective.isCompatible(with: .noun))
        // A word without a class (short, abbreviation, not inflected) goes with anything.
        XCTAssertTrue(WordClasses().isCompatible(with: .noun))
        XCTAssertTrue(WordClasses.adjective.isCompatible(with: []))
    }

    func testShortWordsAbbreviationsAndLatinAreKeptWhole() {
        XCTAssertEqual(Stemmer.stem("лук"), Stemmer.Stem(keys: ["лук"], classes: []))
        XCTAssertEqual(Stemmer.stem("мбоу", isAbbreviation: true), Stemmer.Stem(keys: ["мбоу"], classes: []))
        XCTAssertEqual(Stemmer.stem("ран", isAbbreviation: true), Stemmer.stem("ран"))
        XCTAssertEqual(Tokenizer.tokenize("Mohamed").first?.keys, ["mohamed"])
        // Every stem keeps three letters at least.
        for word in ["орша", "орши", "луки", "россия", "музее", "ялта"] {
            XCTAssertTrue(Stemmer.stem(word).keys.allSatisfy { $0.count >= 3 }, "\(word): \(Stemmer.stem(word).keys)")
        }
    }

    func testPlaceAbbreviationsFoldToTheWordTheyStandFor() {
        for (abbreviation, word) in [("г", "город"), ("гор", "город"), ("обл", "област"), ("им", "имен"), ("р-н", "район")] {
            XCTAssertEqual(Stemmer.stem(abbreviation).keys, [word], abbreviation)
        }
        XCTAssertEqual(stem("город").keys, ["город"])
        XCTAssertEqual(stem("области").keys, ["област"])
        XCTAssertEqual(stem("имени").keys, ["имен"])
        XCTAssertEqual(stem("района").keys, ["район"])
    }
}
