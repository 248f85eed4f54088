import XCTest
@testable import Entities

/// The organization name normalizer, from empty names up: places and numbers as constraints, the legal
/// form apart, abbreviations expanded, case endings and spelling noise folded.
final class OrgNameNormalizerTests: XCTestCase {
    func normalizer() throws -> OrgNameNormalizer { try TestNormalizer.shared() }

    func name(_ text: String, context: String? = nil) throws -> OrgName {
        try normalizer().normalize(text, contextPlace: context)
    }

    func assertSameKey(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let first = try name(a), second = try name(b)
        XCTAssertEqual(first.key, second.key, "«\(a)» / «\(b)»", file: file, line: line)
    }

    func assertDifferentKeys(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let first = try name(a), second = try name(b)
        XCTAssertNotEqual(first.key, second.key, "«\(a)» / «\(b)»", file: file, line: line)
    }

    // MARK: Empty and trivial names

    func testEmptyNameHasNothing() throws {
        for text in ["", "   ", "\u{00A0}\n", "«»", "., — ()"] {
            let empty = try name(text)
            XCTAssertEqual(empty.key, "", "«\(text)»")
            XCTAssertTrue(empty.words.isEmpty, "«\(text)»")
            XCTAssertTrue(empty.numbers.isEmpty && empty.places.isEmpty && empty.levels.isEmpty, "«\(text)»")
            XCTAssertNil(empty.legalForm, "«\(text)»")
            XCTAssertTrue(empty.isUnderspecified, "«\(text)»")
        }
        XCTAssertEqual(try name("  Администрация \n города\u{00A0}Смоленска ").text, "Администрация города Смоленска")
    }

    func testOneGenericWordIsUnderspecified() throws {
        let head = try name("Администрация")
        XCTAssertEqual(head.key, "администрац")
        XCTAssertEqual(head.words.map(\.isGeneric), [true])
        XCTAssertTrue(head.isUnderspecified)
        XCTAssertTrue(try name("Народный коллектив").isUnderspecified)
        XCTAssertTrue(try name("Детской музыкальной школы").isUnderspecified)
        XCTAssertFalse(try name("Клуб золотого возраста").isUnderspecified, "золотой is no generic word")
        XCTAssertFalse(try name("Администрации г. Смоленска").isUnderspecified, "a place")
        XCTAssertFalse(try name("Гимназия № 4").isUnderspecified, "a number")
        XCTAssertFalse(try name("Центр «Витебск»").isUnderspecified, "a quoted name")
        XCTAssertTrue(try name("Народный коллектив", context: "ru-smolensk").isUnderspecified, "a place from the context is not the name's")
    }

    // MARK: Case endings, places, numbers

    func testCaseEndingsFoldIntoOneKey() throws {
        try assertSameKey("Гимназии № 146 г. Минска", "Гимназия № 146 г. Минска")
        try assertSameKey("Администрации города Смоленска", "Администрацией города Смоленска")
        try assertSameKey("Витебского городского исполнительного комитета", "Витебский городской исполнительный комитет")
        try assertSameKey("Правительства Смоленской области", "Правительством Смоленской области")
        try assertSameKey("Вяземском историко-краеведческом музее", "Вяземский историко-краеведческий музей")
        try assertSameKey("Постоянным Комитетом Союзного государства", "Постоянного Комитета Союзного государства")
        try assertSameKey("Благотворительного фонда им. Е.И. Рерих", "Благотворительный фонд имени Е.И. Рерих")
    }

    func testPlacesAreGazetteerIDsWhateverTheSpelling() throws {
        let short = try name("Администрация г. Смоленска"), long = try name("Администрация города Смоленска")
        XCTAssertEqual(short.places, ["ru-smolensk"])
        XCTAssertEqual(long.places, ["ru-smolensk"])
        XCTAssertEqual(short.words.map(\.text), ["администрация"], "the place and its marker are not words of the name")
        XCTAssertEqual(short.key, long.key)
        XCTAssertEqual(try name("Администрация\u{00A0}г.\u{00A0}Смоленска").key, short.key, "non-breaking spaces")
        XCTAssertTrue(short.notes.contains("г. Смоленска → ru-smolensk"), "\(short.notes)")
        XCTAssertTrue(short.placeClosure.isSuperset(of: ["ru-smolensk", "ru-smolensk-region", "ru"]), "\(short.placeClosure)")

        XCTAssertEqual(try name("Администрации Московского района г. Минска").places, ["by-minsk-moskovsky-district"],
                       "the most specific place: Minsk is an ancestor of its district")
        XCTAssertEqual(try name("Министерства промышленности Республики Беларусь").places, ["by"])
        XCTAssertEqual(try name("Витебский район").places, ["by-vitebsk-district"])
        XCTAssertEqual(try name("Витебск").places, ["by-vitebsk"])
        XCTAssertEqual(try name("Отделения Посольства Республики Беларусь в Российской Федерации в г. Смоленске").places, ["by", "ru-smolensk"],
                       "two unrelated places both stay")
    }

    func testMunicipalMarkerAndFormerNames() throws {
        let quoted = try name("Администрации муниципального образования «Руднянский муниципальный округ» Смоленской области")
        XCTAssertEqual(quoted.places, ["ru-rudnya-okrug"])
        XCTAssertEqual(quoted.words.map(\.text), ["администрации"], "муниципального образования belongs to the place")
        try assertSameKey("Администрации муниципального образования «Руднянский муниципальный округ» Смоленской области",
                          "Администрация Руднянского муниципального округа")
        XCTAssertEqual(try name("ДШИ МО «Дорогобужский район» Смоленской области").words.map(\.text), ["детская", "школа", "искусств"])
    }

    func testPlacesInsideQuotes() throws {
        XCTAssertEqual(try name("МБОУ «Гимназия № 4 г. Смоленска»").places, ["ru-smolensk"], "a marker makes it a place")
        XCTAssertEqual(try name("ГУО «Гимназия № 146 г. Минска»").key, try name("ГУО «Гимназия № 146» г. Минска").key)
        let culture = try name("Центр культуры «Витебск»")
        XCTAssertEqual(culture.places, [], "a one-word place in quotes is a proper name")
        XCTAssertTrue(culture.words.contains { $0.text == "витебск" && $0.isQuoted })
        XCTAssertEqual(try name("Торгово-промышленная палата развития «Перу – Россия»").places, [])
        XCTAssertEqual(try name("ОГКУ «Государственный архив новейшей истории Смоленской области»").places, ["ru-smolensk-region"],
                       "a longer place name in quotes is a place")
    }

    func testAdjectiveIsNotTheCity() throws {
        XCTAssertEqual(try name("Смоленской Торгово-промышленной палаты").places, [], "Смоленской is the adjective of Смоленск")
        XCTAssertEqual(try name("Смоленской Торгово-промышленной палаты").key, try name("Смоленская торгово-промышленная палата").key)
        let adjective = try name("Могилевской детской школы искусств № 1").words[0]
        XCTAssertTrue(adjective.placeHints.contains("by-mogilev"), "\(adjective.placeHints)")
        XCTAssertTrue(adjective.placeHints.contains("by-mogilev-region"), "\(adjective.placeHints)")
        XCTAssertTrue(try name("Оршанского районного исполнительного комитета").words[0].placeHints.contains("by-orsha-district"))
    }

    func testUnknownSettlementAfterItsMarker() throws {
        let school = try name("Средняя школа № 2 г. Кукуевска")
        XCTAssertEqual(school.places.count, 1)
        XCTAssertTrue(school.places[0].hasPrefix("x-city-kukuevsk"), "\(school.places)")
        XCTAssertEqual(school.words.map(\.text), ["средняя", "школа"])
    }

    func testNumbersAreSetApart() throws {
        let forty = try name("СШ № 40"), four = try name("СШ № 4")
        XCTAssertEqual(forty.numbers, ["40"])
        XCTAssertEqual(four.numbers, ["4"])
        XCTAssertNotEqual(forty.key, four.key)
        XCTAssertEqual(try name("Детский сад № 23 «Огонёк» № 5").numbers, ["5", "23"], "sorted as numbers")
        XCTAssertEqual(forty.words.map(\.text), ["средняя", "школа"], "№ is no word")
    }

    func testContextPlaceOnlyWhenTheNameNamesNone() throws {
        let bare = try name("Гимназия № 146", context: "by-minsk")
        XCTAssertEqual(bare.places, ["by-minsk"])
        XCTAssertTrue(bare.placesFromContext)
        XCTAssertEqual(bare.key, try name("Гимназия № 146 г. Минска").key)
        XCTAssertEqual(bare.textKey, "гимназ #146")
        let named = try name("Гимназия № 146 г. Минска", context: "ru-smolensk")
        XCTAssertEqual(named.places, ["by-minsk"], "the text wins")
        XCTAssertFalse(named.placesFromContext)
        XCTAssertEqual(try name("Гимназия № 146", context: "x-not-a-place").places, [], "only gazetteer places")
    }

    // MARK: Legal forms

    func testLegalFormIsAnAttributeNotPartOfTheName() throws {
        let school = try name("МБОУ «Средняя школа № 40» г. Смоленска")
        XCTAssertEqual(school.legalForm, "МБОУ")
        XCTAssertEqual(school.legalFamily, "institution")
        XCTAssertEqual(school.words.map(\.text), ["средняя", "школа"])
        XCTAssertEqual(school.key, try name("Средняя школа № 40 г. Смоленска").key)
        XCTAssertEqual(try name("ГУО «Гимназия № 146 г. Минска»").legalFormCountry, "BY", "the lexicon marks ГУО Belarusian")
        XCTAssertTrue(school.notes.contains("legal form МБОУ set apart"))
    }

    func testMultiWordAndWrittenOutLegalForms() throws {
        XCTAssertEqual(try name("МБОУ ДОД «Хиславичская детская школа искусств»").legalForm, "МБОУ ДОД", "the longest form")
        XCTAssertEqual(try name("ОГБОУ ВО «Смоленский государственный институт искусств»").legalForm, "ОГБОУ ВО")
        XCTAssertEqual(try name("МГО ОО «Белорусский союз женщин»").legalForm, "МГО ОО")
        let written = try name("публичного акционерного общества «Дорогобуж»")
        XCTAssertEqual(written.legalForm, "ПАО")
        XCTAssertEqual(written.legalFamily, "company")
        XCTAssertEqual(written.key, try name("ПАО «Дорогобуж»").key)
        XCTAssertEqual(try name("коммунальным консалтинговым унитарным предприятием «Витебский областной центр маркетинга»").legalForm, "ККУП")
        XCTAssertEqual(try name("государственного учреждения «Республиканский центр аналитического контроля»").legalForm, "ГУ")
        let latin = try name("компании Xstrike LLC")
        XCTAssertEqual(latin.legalForm, "LLC", "a Latin form at the end")
        XCTAssertEqual(latin.words.map(\.text), ["компании", "xstrike"])
        XCTAssertEqual(try name("ГК «СТиМ»").legalFamily, "group")
        XCTAssertEqual(try name("ООО «СТиМ»").legalFamily, "company")
    }

    func testLegalFormInsideTheNameIsExpanded() throws {
        let college = try name("Оршанский колледж УО «Витебский государственный университет имени П.М. Машерова»")
        XCTAssertNil(college.legalForm, "not at the start: the parent body's")
        XCTAssertTrue(college.words.contains { $0.text == "учреждение" && $0.isExpanded }, "\(college.words.map(\.text))")
        try assertSameKey("центра дневного пребывания ГУ «Территориальный центр»", "центр дневного пребывания государственного учреждения «Территориальный центр»")
    }

    // MARK: Abbreviations and spelling

    func testLexiconAbbreviationsAreExpanded() throws {
        try assertSameKey("МБОУ «СШ № 40» г. Смоленска", "МБОУ «Средняя школа № 40» г. Смоленска")
        try assertSameKey("ДМШ № 1 им. М.И. Глинки г. Смоленска", "МБУДО «ДМШ № 1 имени М.И. Глинки» г. Смоленска")
        try assertSameKey("ДМШИ № 13 г. Минска", "Детской музыкальной школы искусств № 13 г. Минска")
        try assertSameKey("Витебский горисполком", "Витебский городской исполнительный комитет")
        try assertSameKey("Витебского горисполкома", "Витебский городской исполнительный комитет")
        try assertSameKey("Смоленская ТПП", "Смоленская торгово-промышленная палата")
        let school = try name("МБОУ «СШ № 40» г. Смоленска")
        XCTAssertEqual(school.abbreviationCount, 1)
        XCTAssertTrue(school.notes.contains("СШ = средняя школа"))
        XCTAssertTrue(school.words.allSatisfy(\.isExpanded))
        XCTAssertEqual(try name("Школа сш").words.map(\.text), ["школа", "сш"], "an abbreviation written in capitals must be in capitals")
    }

    func testInitialsQuotesPunctuationAndWordOrderAreNoise() throws {
        XCTAssertEqual(try name("ДМШ № 1 им. М.И. Глинки").words.map(\.text), ["детская", "музыкальная", "школа", "имени", "глинки"])
        try assertSameKey("«Международная ассоциация» \"Породненные города\"", "Международная ассоциация «Породненные города»")
        try assertSameKey("Министерство культуры, туризма", "Министерство туризма и культуры")
        let stop = try name("Министерство культуры и туризма").words.first { $0.text == "и" }
        XCTAssertEqual(stop?.isStopWord, true)
        XCTAssertEqual(stop?.weight, 0)
    }

    func testSpellingVariants() throws {
        try assertSameKey("АО «Смолоблпассажир-транс»", "АО «Смолоблпассажиртранс»")
        try assertSameKey("ОГБУК «Смоленский государственный музея-заповедника»", "ОГБУК «Смоленский государственный музей-заповедник»")
        try assertSameKey("Cмоленского государственного института искусств", "Смоленского государственного института искусств")
        try assertSameKey("ООО «Kоблик Групп»", "ООО «Коблик Групп»")
        try assertSameKey("Огонёк", "Огонек")
        XCTAssertEqual(try name("Торгово-промышленной палаты").words.first?.initials, "тп", "a hyphenated word has the initials of its parts")
    }

    func testAcronymsAreMarked() throws {
        XCTAssertEqual(try name("МАЗ").words.map(\.isAcronym), [true])
        XCTAssertEqual(try name("ООО «СТиМ»").words.map(\.isAcronym), [true], "mixed case with capitals")
        XCTAssertEqual(try name("ООО «СТРОИТЕЛЬНАЯ ТЕХНИКА и МАТЕРИАЛЫ»").words.map(\.isAcronym), [false, false, false, false],
                       "long words in capitals are words")
        try assertSameKey("ООО «СТРОИТЕЛЬНАЯ ТЕХНИКА и МАТЕРИАЛЫ»", "ООО «Строительная техника и материалы»")
    }

    func testLevels() throws {
        XCTAssertEqual(try name("Могилевский городской исполнительный комитет").levels, ["городской"])
        XCTAssertEqual(try name("Могилевского областного исполнительного комитета").levels, ["областной"])
        XCTAssertEqual(try name("Витебский облисполком").levels, ["областной"])
        XCTAssertEqual(try name("Ярцевского окружного Совета депутатов").levels, ["окружной"])
        XCTAssertEqual(try name("Мстиславского исполнительного комитета").levels, [])
        try assertDifferentKeys("Могилевский городской исполнительный комитет", "Могилевский областной исполнительный комитет")
    }

    func testNominative() throws {
        for text in ["Администрация города Смоленска", "Смоленский городской Совет", "МБОУ «СШ № 40» г. Смоленска", "ОАО «МАЗ»",
                     "Витебский городской исполнительный комитет", "Храм Казанской иконы Божией Матери города Рудни", "МАЗ",
                     "Детская школа искусств № 4 г. Могилева", "Смоленская областная Дума"] {
            XCTAssertTrue(try name(text).isNominative, text)
        }
        for text in ["Администрации г. Смоленска", "Смоленского городского Совета", "Министерством культуры и туризма Смоленской области",
                     "Гимназии № 146 г. Минска", "Детской музыкальной школы", "Смоленской областной Думы", "Правительстве Российской Федерации",
                     "Минского автомобильного завода"] {
            XCTAssertFalse(try name(text).isNominative, text)
        }
    }

    func testWrittenLengthAndKeyFormat() throws {
        let school = try name("МБОУ «Средняя школа № 40» г. Смоленска")
        XCTAssertEqual(school.writtenLength, 6)
        XCTAssertEqual(school.key, "средн школ #40 @ru-smolensk")
        XCTAssertEqual(try name("Витебский район").key, "@by-vitebsk-district")
        XCTAssertEqual(try name("№ 5").key, "#5")
    }

    /// A name already clean is kept as it is, and any other is cleaned as character by character.
    func testCleanSpacesQuickPathChangesNothing() {
        let texts = ["", " ", "a", "МБОУ «СШ № 40» г. Смоленска", "ООО “Ромашка” – филиал", "a  b", " a", "a ", "a\tb", "a\nb", "a\r\nb",
                     "a\u{00A0}b", "a\u{2009}b", "a\u{3000}b", "a\u{1680}b", "a\u{205F}b", "a\u{0085}b", "a \u{301}b", "a\u{301} b",
                     "а «б» „в“ — г", "a \u{200D}b", "a \u{2028}b", "a\u{202F}", "x \u{FE0F}", "é é", "e\u{301} e\u{301}", "a \u{7F}b",
                     "Школа-интернат № 1", "a \u{AB}b\u{BB} c", "\u{2003}", "a \u{2013} b", "a \u{2018}b", "Гимназия № 4 г. Витебска", "a \u{2116}\u{301}"]
        var quick = 0
        for text in texts {
            XCTAssertEqual(OrgNameNormalizer.cleanSpaces(text), OrgNameNormalizer.cleanSpacesByCharacters(text), text.debugDescription)
            if OrgNameNormalizer.isClean(text) {
                quick += 1
                XCTAssertEqual(OrgNameNormalizer.cleanSpacesByCharacters(text), text, text.debugDescription)
            }
        }
        XCTAssertGreaterThan(quick, 8, "ordinary names take the quick path")
        XCTAssertTrue(OrgNameNormalizer.isClean("МБОУ «СШ № 40» г. Смоленска"))
        XCTAssertFalse(OrgNameNormalizer.isClean("a  b"))
    }
}

