import XCTest
@testable import Entities

/// `ShapeRecognizer`: names the gazetteer lacks, found by their shape — organizations, settlements,
/// districts and people — and phrases that look like names but are not. The names are made up, so
/// that the test exercises recognition, not the gazetteer.
final class ShapeRecognizerTests: XCTestCase {
    struct Shape: Equatable, CustomStringConvertible {
        var text: String
        var kind: EntityKind
        /// The name proper (after a marker, before an attached place tail).
        var core: String
        /// Ids of the places it names inside, after, or in parentheses after it (no repeats, in order).
        var places: [String]
        var description: String { "\(kind) [\(text)] core [\(core)] places \(places)" }
    }

    private static let linker = Locked<Linker?>(nil)

    private func recognize(_ text: String) throws -> [Shape] {
        let gazetteer = try TestGazetteer.shared()
        let linker = Self.linker.withLock { cached in
            if cached == nil { cached = Linker(gazetteer: gazetteer) }
            return cached!
        }
        let tokens = Tokenizer.tokenize(text)
        let content = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
        let known = linker.matcher.match(tokens, content: content)
        let bytes = Array(text.utf8)
        func slice(_ start: Int, _ end: Int) -> String {
            end > start ? String(decoding: bytes[tokens[start].start..<tokens[end - 1].end], as: UTF8.self) : ""
        }
        return linker.recognizer.recognize(tokens, content: content, known: known).map { candidate in
            let shape = candidate.unknown!
            var places: [String] = []
            for id in shape.places.map({ gazetteer.entities[$0].id }) where !places.contains(id) { places.append(id) }
            return Shape(text: slice(candidate.start, candidate.end), kind: shape.kind,
                         core: slice(shape.coreStart ?? candidate.start, shape.coreEnd), places: places)
        }
    }

    func testNothingInEmptyOrPlainText() throws {
        XCTAssertEqual(try recognize(""), [])
        XCTAssertEqual(try recognize("обмен опытом и обсуждение перспектив сотрудничества"), [])
    }

    // MARK: Organizations

    func testALegalFormAndAQuotedName() throws {
        XCTAssertEqual(try recognize("ООО «Заречный мостострой»"),
                       [Shape(text: "ООО «Заречный мостострой»", kind: .org, core: "ООО «Заречный мостострой»", places: [])])
        // With straight quotes too.
        XCTAssertEqual(try recognize("ООО \"Заречный мостострой\"").map(\.text), ["ООО \"Заречный мостострой\""])
    }

    func testALegalFormAndAQuotedNameWithASettlementTail() throws {
        XCTAssertEqual(try recognize("ООО «Заречный мостострой» г. Гродно"),
                       [Shape(text: "ООО «Заречный мостострой» г. Гродно", kind: .org, core: "ООО «Заречный мостострой»", places: ["by-grodno"])])
        // Regions and countries after the settlement are not part of the name but tell where it is.
        XCTAssertEqual(try recognize("ООО «Заречный мостострой» г. Гродно Гродненской области Республики Беларусь"),
                       [Shape(text: "ООО «Заречный мостострой» г. Гродно", kind: .org, core: "ООО «Заречный мостострой»",
                              places: ["by-grodno", "by-grodno-region", "by"])])
        // A country in parentheses right after it too.
        XCTAssertEqual(try recognize("Дом культуры «Радуга» (Республика Беларусь)"),
                       [Shape(text: "Дом культуры «Радуга»", kind: .org, core: "Дом культуры «Радуга»", places: ["by"])])
    }

    func testASchoolWithANumberAndItsTown() throws {
        let shapes = try recognize("ГУО «Гимназия № 99 г. Гродно»")
        XCTAssertEqual(shapes.first, Shape(text: "ГУО «Гимназия № 99 г. Гродно»", kind: .org, core: "ГУО «Гимназия № 99 г. Гродно»", places: ["by-grodno"]))
        XCTAssertEqual(try recognize("Гимназия № 99 г. Гродно"),
                       [Shape(text: "Гимназия № 99 г. Гродно", kind: .org, core: "Гимназия № 99", places: ["by-grodno"])])
        XCTAssertEqual(try recognize("Центр образования № 99").map(\.text), ["Центр образования № 99"])
    }

    func testAdjectivesFromAPlaceAndAHead() throws {
        // Дубровенский район is in the gazetteer, its executive committee is not.
        XCTAssertEqual(try recognize("делегация Дубровенского районного исполнительного комитета"),
                       [Shape(text: "Дубровенского районного исполнительного комитета", kind: .org,
                              core: "Дубровенского районного исполнительного комитета", places: [])])
        // The shape is seen even where the gazetteer knows the body; the linker then takes the known one.
        XCTAssertEqual(try recognize("Мядельского районного исполнительного комитета").map(\.text),
                       ["Мядельского районного исполнительного комитета"])
    }

    func testAHeadAndItsGenitiveComplementWithThePlacesInIt() throws {
        // The place is part of the name proper (its complement), and also its country.
        XCTAssertEqual(try recognize("Министерство заречных дел Республики Беларусь"),
                       [Shape(text: "Министерство заречных дел Республики Беларусь", kind: .org,
                              core: "Министерство заречных дел Республики Беларусь", places: ["by"])])
        // (The body after "при" is seen on its own too; choosing spans keeps the longest.)
        XCTAssertEqual(try recognize("Управление заречных дел при Совете Министров Республики Беларусь провело встречу").first?.text,
                       "Управление заречных дел при Совете Министров Республики Беларусь")
    }

    func testAComplementGoesOnThroughIOnlyIntoItsOwnWords() throws {
        XCTAssertEqual(try recognize("Министерство заречных дел и культуры").map(\.text), ["Министерство заречных дел и культуры"])
        // An adjective after "и" that goes with the capitalized word after it belongs to that word.
        XCTAssertEqual(try recognize("с Министерством заречных дел и польской Ассоциацией учителей").first?.text, "Министерством заречных дел")
        // Not before a person: "директора Ассоциации заречных промышленников и предпринимателей | В.М. Пупкинова".
        XCTAssertEqual(try recognize("директора Министерства заречных дел и предпринимателей В.М. Пупкинова").first?.text,
                       "Министерства заречных дел и предпринимателей")
        // An instrumental in -ией is no genitive ("Ассоциацией").
        XCTAssertEqual(try recognize("с Министерством заречных дел и ассоциацией").map(\.text), ["Министерством заречных дел"])
    }

    func testAHeadFollowedByAVerbIsNoName() throws {
        XCTAssertEqual(try recognize("Музей был построен в 1900 году"), [])
        XCTAssertEqual(try recognize("Дом был построен в 1900 году"), [])
        // "Дом" with its complement is a body.
        XCTAssertEqual(try recognize("мастер-класс в Доме заречных мастеров.").map(\.text), ["Доме заречных мастеров"])
    }

    func testABodysNameGoesOnThroughPoDelam() throws {
        XCTAssertEqual(try recognize("начальник Главного управления по делам молодежи Елена Петрова").map(\.text),
                       ["Главного управления по делам молодежи", "Елена Петрова"])
        XCTAssertEqual(try recognize("Комитет по делам архивов Гродненской области").map(\.text), ["Комитет по делам архивов Гродненской области"])
        // Other prepositions end it.
        XCTAssertEqual(try recognize("Комитет по итогам встречи").map(\.text), [])
    }

    func testABodysNameNeverTakesThePersonAfterIt() throws {
        XCTAssertEqual(try recognize("председатель Дубровенского районного Совета депутатов Ольга Петрова отметила").map(\.description), [
            "org [Дубровенского районного Совета депутатов] core [Дубровенского районного Совета депутатов] places []",
            "person [Ольга Петрова] core [Ольга Петрова] places []",
        ])
        XCTAssertEqual(try recognize("председатель Дубровенского райисполкома Игорь Ковалев и глава района Петр Семенов").map(\.text),
                       ["Дубровенского райисполкома", "Игорь Ковалев", "Петр Семенов"])
        // A head with nothing but the person after it is no name.
        XCTAssertEqual(try recognize("председатель районного Совета депутатов Анатолий Петров встречали гостей").map(\.text), ["Анатолий Петров"])
    }

    func testAPublicAuthorityInLowerCaseIsNamedByThePlaceItGoverns() throws {
        XCTAssertEqual(try recognize("представители правительства Гродненской области и исполнительного комитета Лидского района").map(\.description), [
            "org [правительства Гродненской области] core [правительства Гродненской области] places [\"by-grodno-region\"]",
            "org [исполнительного комитета Лидского района] core [исполнительного комитета Лидского района] places [\"by-lida-district\"]",
        ])
        XCTAssertEqual(try recognize("соглашение с министерством туризма Гродненской области").map(\.text), ["министерством туризма Гродненской области"])
        XCTAssertEqual(try recognize("глава администрации Ленинского района города Гродно").map(\.text), ["администрации Ленинского района города Гродно"])
        // Not without a place, not in the plural, and not other heads in lower case.
        XCTAssertEqual(try recognize("представители правительства региона"), [])
        XCTAssertEqual(try recognize("представители министерствами Гродненской области").map(\.text), [])
        XCTAssertEqual(try recognize("представители министерств и ведомств Гродненской области").map(\.text), [], "a bare stem is a plural")
        // The head of a name an adjective begins is that name's.
        XCTAssertEqual(try recognize("Лидского исполнительного комитета Гродненской области").map(\.text), ["Лидского исполнительного комитета"])
        XCTAssertEqual(try recognize("учащиеся школы Гродненской области"), [])
        XCTAssertEqual(try recognize("органов управления Гродненской области"), [])
    }

    func testAGeneralHeadIsNamedByAComplementEndingInAPlace() throws {
        XCTAssertEqual(try recognize("при поддержке Центра народного творчества Гродненской области").map(\.text),
                       ["Центра народного творчества Гродненской области"])
        // (The embassy inside is a candidate too; the longest span wins when spans are chosen.)
        XCTAssertEqual(try recognize("Отделение посольства Республики Беларусь откроется").map(\.text),
                       ["Отделение посольства Республики Беларусь", "посольства Республики Беларусь"])
        // The place alone does not name it.
        XCTAssertEqual(try recognize("Команды Гродненской области"), [])
        XCTAssertEqual(try recognize("Центра Гродненской области"), [])
    }

    func testARepresentationsSeatIsPartOfItsName() throws {
        XCTAssertEqual(try recognize("на сайте посольства Беларуси в России").map(\.description),
                       ["org [посольства Беларуси в России] core [посольства Беларуси] places [\"by\"]"], "the seat does not place it")
        XCTAssertEqual(try recognize("при содействии Посольства Российской Федерации в Республике Беларусь").first?.text,
                       "Посольства Российской Федерации в Республике Беларусь")
        XCTAssertEqual(try recognize("представительства Заречного фонда в г. Гродно").map(\.description),
                       ["org [представительства Заречного фонда в г. Гродно] core [представительства Заречного фонда] places [\"by-grodno\"]"],
                       "named and placed by its seat")
        XCTAssertEqual(try recognize("встреча с администрацией Русского дома в Гродно").map(\.text), ["Русского дома в Гродно"])
        // Other bodies end before "в": where they are is not their name.
        XCTAssertEqual(try recognize("Дом культуры «Радуга» в Гродно").map(\.text), ["Дом культуры «Радуга»"])
    }

    func testAnUnknownPlacesAdjectiveRightBeforeAHead() throws {
        XCTAssertEqual(try recognize("делегация Заречанского университета прибыла").map(\.text), ["Заречанского университета"])
        XCTAssertEqual(try recognize("в Заречанском университете").map(\.text), ["Заречанском университете"])
        XCTAssertEqual(try recognize("Заречанский университет открыл двери"), [], "at a sentence's start")
        XCTAssertEqual(try recognize("делегация Заречной университетской клиники"), [], "not shaped like a place's adjective")
        XCTAssertEqual(try recognize("делегация Заречанского квартала"), [], "not before a head")
    }

    func testCapitalsAfterLowerCaseLettersAbbreviateABody() throws {
        XCTAssertEqual(try recognize("проректоры ЗаречГУ и деканы").map(\.description), ["org [ЗаречГУ] core [ЗаречГУ] places []"])
        XCTAssertEqual(try recognize("ректор ЗаречГМУ г. Гродно").map(\.text), ["ЗаречГМУ г. Гродно"])
        XCTAssertEqual(try recognize("компания МегаФон и ВКонтакте"), [], "ending in lower case")
        XCTAssertEqual(try recognize("приехали ГрУ и ЗаГ"), [], "fewer than four letters")
        XCTAssertEqual(try recognize("приехали из ГрГУ").map(\.text), ["ГрГУ"])
    }

    func testANewsAgencyAfterADateline() throws {
        XCTAssertEqual(try recognize("МИНСК, 13 фев — Ньюсвик. Делегация прибыла").map(\.description), ["org [Ньюсвик] core [Ньюсвик] places []"],
                       "the town is where the news comes from")
        XCTAssertEqual(try recognize("СМОЛЕНСК, 23 декабря. / Вестник Заречья /. Магазин открылся").map(\.text), ["Вестник Заречья"])
        XCTAssertEqual(try recognize("Смоленск. 25 марта. ЗАРЕЧЬЕ-ИНФО - Открытие").map(\.text), ["ЗАРЕЧЬЕ-ИНФО"])
        XCTAssertEqual(try recognize("МИНСК, 13 фев — Делегация Заречного края прибыла"), [], "no dot or dash ends the words")
        XCTAssertEqual(try recognize("гости — Ньюсвик. Делегация прибыла"), [], "no dateline")
        XCTAssertEqual(try recognize("ЗАРЕЧЬЕ, 13 фев — Ньюсвик. Делегация прибыла"), [], "no known place")
    }

    func testTownsTheGazetteerLacksInAListOfTowns() throws {
        XCTAssertEqual(try recognize("делегации китайских городов Заречанск и Подлесск, а также").map(\.description),
                       ["city [Заречанск] core [Заречанск] places [\"cn\"]", "city [Подлесск] core [Подлесск] places [\"cn\"]"])
        XCTAssertEqual(try recognize("из городов Москва, Заречанск и Минск").map(\.text), ["Заречанск"])
        XCTAssertEqual(try recognize("из Омска, Заречанска, Смоленска").map(\.description), ["city [Заречанска] core [Заречанска] places [\"ru\"]"],
                       "between known towns of one country: that country")
        XCTAssertEqual(try recognize("из Омска, Заречанска, Витебска").map(\.description), ["city [Заречанска] core [Заречанска] places []"],
                       "between towns of two countries: none")
        XCTAssertEqual(try recognize("из Брестской области, Заречанска и Витебска").map(\.places), [["by"]], "a region and a town")
        XCTAssertEqual(try recognize("из Омска, Заречанска и других"), [], "no known town after it")
    }

    func testBodiesThatShareAHeadAreOne() throws {
        // The longest of the shapes found, which the span selection keeps.
        XCTAssertEqual(try recognize("депутаты Государственной Думы Заречного края.").map(\.text),
                       ["Государственной Думы Заречного края", "Думы Заречного края"])
        XCTAssertEqual(ShapeRecognizer.joiningBodiesThatShareAHead([], []), [])
        // Not a body named in another's complement.
        XCTAssertEqual(try recognize("Деловой и культурный комплекс Представительства Республики Беларусь в Российской Федерации").first?.text,
                       "Деловой и культурный комплекс Представительства Республики Беларусь")
    }

    func testAGeneralHeadNeedsANumberAQuotedNameOrAnHonoree() throws {
        XCTAssertEqual(try recognize("Клуб «Заречные зори»").map(\.text), ["Клуб «Заречные зори»"])
        XCTAssertEqual(try recognize("Команды Российской Федерации"), [])
        XCTAssertEqual(try recognize("Клуб любителей книги"), [])
        // In lower case, after a short complement: "общества учащихся «…»".
        XCTAssertEqual(try recognize("конференция научного общества учащихся «Заречье»").map(\.text), ["научного общества учащихся «Заречье»"])
    }

    func testAnAbbreviationOfAKindOfBodyWithANumberOrAnHonoree() throws {
        // "ДШИ = детская школа искусств" (lexicon/abbreviations.txt): a head that needs a number, a quoted
        // name or an honoree, as "Клуб" does.
        XCTAssertEqual(try recognize("ДШИ № 7 г. Гродно"), [Shape(text: "ДШИ № 7 г. Гродно", kind: .org, core: "ДШИ № 7", places: ["by-grodno"])])
        XCTAssertEqual(try recognize("ДМШ им. П.П. Заречного").filter { $0.kind == .org }.map(\.text), ["ДМШ им. П.П. Заречного"])
        XCTAssertEqual(try recognize("ДШИ"), [], "alone it names the kind")
        XCTAssertEqual(try recognize("ДШИ Смоленской области"), [])
    }

    func testPhrasesThatAreNotOrganizations() throws {
        for text in ["Официальные лица", "фестиваль «Заречные зори»", "Международный фестиваль «Славянский базар в Витебске»",
                     "Администрация", "Современная библиотека", "Отдел культуры", "Команды Российской Федерации (из Смоленской области)",
                     "Администрация нашего района", "то Гродненских предприятий на территории"] {
            XCTAssertEqual(try recognize(text).filter { $0.kind == .org }, [], text)
        }
    }

    // MARK: Places

    func testAnUnknownSettlementAfterAMarker() throws {
        XCTAssertEqual(try recognize("г. Краснобродск"), [Shape(text: "г. Краснобродск", kind: .city, core: "Краснобродск", places: [])])
        XCTAssertEqual(try recognize("в пгт. Краснобродск").map(\.core), ["Краснобродск"])
        XCTAssertEqual(try recognize("д. Малые Выселки"), [Shape(text: "д. Малые Выселки", kind: .city, core: "Малые Выселки", places: [])])
        XCTAssertEqual(try recognize("аг. Заречанка Витебского района"),
                       [Shape(text: "аг. Заречанка", kind: .city, core: "Заречанка", places: ["by-vitebsk-district"])])
        XCTAssertEqual(try recognize("г. Краснобродск (Республика Беларусь)").first?.places, ["by"])
    }

    func testACountrysAdjectiveBeforeTheMarkerPlacesTheSettlementInThatCountry() throws {
        XCTAssertEqual(try recognize("гости из турецкого города Краснобродск").map(\.description),
                       ["city [города Краснобродск] core [Краснобродск] places [\"tr\"]"])
        XCTAssertEqual(try recognize("немецкой деревни Малые Выселки").map(\.places), [["de"]])
        // A place named after it says more.
        XCTAssertEqual(try recognize("турецкого города Краснобродск Витебского района").map(\.places), [["by-vitebsk-district"]])
        XCTAssertEqual(try recognize("из старинного города Краснобродск").map(\.places), [[]], "not a country's adjective")
        XCTAssertEqual(try recognize("Турецкого города Краснобродск делегация").map(\.places), [["tr"]], "at a sentence's start")
    }

    func testNotASettlement() throws {
        for text in ["г. Витебск", "с Краснобродском", "Д.Ф. Краснобродский", "г. краснобродск", "г. МАЗ", "Краснобродск",
                     "название города. Краснобродск основан", "Гимназия (Республика Беларусь)", "Краснобродская (Германия)",
                     "Игорь Краснобродов (Германия)", "Краснобродск (Зетландия)"] {
            XCTAssertEqual(try recognize(text).filter { $0.kind == .city }, [], text)
        }
    }

    func testAdjectivesBeforeALevelWord() throws {
        XCTAssertEqual(try recognize("заместитель председателя Крундского райисполкома").map(\.text), ["Крундского райисполкома"])
        // A noun's ending is no adjective's ("Председателем" is the post).
        XCTAssertEqual(try recognize("Председателем Республиканского общественного объединения").map(\.text),
                       ["Республиканского общественного объединения"])
        // A quoted title of something else is no body, even when a town's adjective begins it.
        XCTAssertEqual(try recognize("круглый стол ко Дню единения «Гродненский союз: история»").map(\.text), [])
    }

    func testATownBeforeItsCountryInParentheses() throws {
        XCTAssertEqual(try recognize("отношения с Краснобродском (Германия), Заречьем-Верхним (Франция)").map(\.description), [
            "city [Краснобродском] core [Краснобродском] places [\"de\"]",
            "city [Заречьем-Верхним] core [Заречьем-Верхним] places [\"fr\"]",
        ])
        XCTAssertEqual(try recognize("Краснобродск (Гродненская область)").map(\.places), [["by-grodno-region"]])
    }

    func testAnUnknownDistrict() throws {
        XCTAssertEqual(try recognize("Заречанского района"),
                       [Shape(text: "Заречанского района", kind: .district, core: "Заречанского района", places: [])])
        XCTAssertEqual(try recognize("Заречанский р-н").map(\.text), ["Заречанский р-н"])
        XCTAssertEqual(try recognize("Заречанского района Гомельской области").first?.places, ["by-gomel-region"])
        XCTAssertEqual(try recognize("Витебского района"), [], "a known district")
        XCTAssertEqual(try recognize("заречанского района"), [], "not capitalized")
        // A municipality's kind between the adjective and район or округ.
        XCTAssertEqual(try recognize("с Заречанским муниципальным районом Гомельской области").map(\.text), ["Заречанским муниципальным районом"])
        XCTAssertEqual(try recognize("Заречанский городской округ").map(\.text), ["Заречанский городской округ"])
        XCTAssertEqual(try recognize("Заречанский муниципальный округ").map(\.text), ["Заречанский муниципальный округ"])
        XCTAssertEqual(try recognize("Заречанский округ").map(\.text), [], "округ alone may be a city's or a federal district")
    }

    // MARK: People

    func testAnUnknownPerson() throws {
        XCTAssertEqual(try recognize("П.П. Пупкинов"), [Shape(text: "П.П. Пупкинов", kind: .person, core: "П.П. Пупкинов", places: [])])
        XCTAssertEqual(try recognize("с Пупкиновым П.П.").map(\.text), ["Пупкиновым П.П."])
        XCTAssertEqual(try recognize("В.Н. Анохин"), [], "a known person")
        XCTAssertEqual(try recognize("Пупкинов"), [], "a surname alone")
    }

    // MARK: Lexicon

    func testTheAbbreviationsOfAKindOfBodyAreHeads() {
        let heads = ["школа", "клуб", "центр культуры"].map { NameIndex.patternTokens($0) }
        func entry(_ abbreviation: String, _ expansion: String) -> Lexicon.Expansion {
            Lexicon.Expansion(abbreviation: abbreviation, expansion: expansion, country: nil, place: nil)
        }
        let found = ShapeLexicon.abbreviatedHeads([
            entry("ЗШ", "заречная школа"), entry("ЗШОР", "заречная школа олимпийского резерва"), entry("РЦК", "районный центр культуры"),
            entry("ЗФ", "Заречная Федерация"), entry("зш", "заречная школа"), entry("ZS", "заречная школа"), entry("Ц", "центр культуры"),
        ], heads: heads)
        XCTAssertEqual(found, ["ЗШ", "ЗШОР", "РЦК"], "with a head spelled out, in Cyrillic capitals, of two letters or more")
        XCTAssertEqual(ShapeLexicon.abbreviatedHeads([], heads: heads), [])
    }

    func testSettlementMarkers() {
        func marker(_ text: String) -> Bool { ShapeLexicon.isSettlementMarker(Tokenizer.tokenize(text), at: 0) }
        for text in ["г. X", "город X", "городе X", "г.п. X", "пгт X", "ПГТ X", "пос. X", "поселка X", "аг. X", "агрогородок X", "д. X",
                     "дер. X", "деревня X", "с. X", "села X"] {
            XCTAssertTrue(marker(text), text)
        }
        for text in ["д X", "с X", "Д. X", "район X", "МАЗ X", "Смоленск X", "города. X", "села. X"] {
            XCTAssertFalse(marker(text), text)
        }
    }
}
