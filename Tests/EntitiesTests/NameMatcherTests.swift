import XCTest
@testable import Entities

/// `NameMatcher`: gazetteer names found in text in any case, people by surname and initials, markers
/// some names need, capitals abbreviations need, and the best spelling when stems collide.
final class NameMatcherTests: XCTestCase {
    /// One match: the text it covers and the ids of its entities.
    struct Found: Equatable, CustomStringConvertible {
        var text: String
        var ids: [String]
        var description: String { "\(text) → \(ids)" }
    }

    private func match(_ text: String, in gazetteer: Gazetteer) -> [Found] {
        let tokens = Tokenizer.tokenize(text)
        let content = tokens.indices.filter { !tokens[$0].isSkippedWhenMatching }
        let bytes = Array(text.utf8)
        return NameMatcher(gazetteer: gazetteer).match(tokens, content: content).map { candidate in
            Found(text: String(decoding: bytes[tokens[candidate.start].start..<tokens[candidate.end - 1].end], as: UTF8.self),
                  ids: candidate.entities.map { gazetteer.entities[$0].id })
        }
    }

    private func shipped(_ text: String) throws -> [Found] { match(text, in: try TestGazetteer.shared()) }

    /// The ids found for exactly `span` in `text`.
    private func ids(_ span: String, in text: String) throws -> [String]? {
        try shipped(text).first { $0.text == span }?.ids
    }

    func testNothingInEmptyOrNamelessText() throws {
        XCTAssertEqual(try shipped(""), [])
        XCTAssertEqual(try shipped("  , . « » – "), [])
        XCTAssertEqual(try shipped("обсуждение перспектив дальнейшего сотрудничества"), [])
    }

    func testOneName() throws {
        XCTAssertEqual(try shipped("Витебск"), [Found(text: "Витебск", ids: ["by-vitebsk"])])
        XCTAssertEqual(try shipped("в Витебске"), [Found(text: "Витебске", ids: ["by-vitebsk"])])
    }

    func testAnExecutiveCommitteeInEveryCase() throws {
        let forms = ["Витебский городской исполнительный комитет", "Витебского городского исполнительного комитета",
                     "Витебскому городскому исполнительному комитету", "Витебским городским исполнительным комитетом",
                     "Витебском городском исполнительном комитете", "ВИТЕБСКИЙ ГОРОДСКОЙ ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ".capitalized]
        for form in forms {
            XCTAssertEqual(try ids(form, in: "встреча с \(form) и другими"), ["by-vitebsk-city-executive-committee"], form)
        }
        XCTAssertEqual(try ids("Витебским горисполкомом", in: "с Витебским горисполкомом"), ["by-vitebsk-city-executive-committee"])
    }

    func testPlacesInEveryCase() throws {
        for (text, id) in [("Орши", "by-orsha"), ("Оршей", "by-orsha"), ("Могилёва", "by-mogilev"), ("Беларусью", "by"),
                           ("Россией", "ru"), ("Гомеля", "by-gomel"), ("Барановичей", "by-baranovichi"),
                           ("Великих Лук", "ru-velikie-luki"), ("Эмиратов", "ae"), ("Объединенных Арабских Эмиратов", "ae"),
                           ("Витебского района", "by-vitebsk-district"), ("Российской Федерации", "ru")] {
            XCTAssertEqual(try ids(text, in: "из \(text) прибыли"), [id], text)
        }
    }

    func testAnAdjectiveIsNotTheCity() throws {
        XCTAssertNil(try ids("Витебского", in: "Витебского"), "Витебского is an adjective, Витебск a noun")
        XCTAssertEqual(try ids("Витебском", in: "в Витебском"), ["by-vitebsk"], "Витебском may be Витебск's instrumental")
        for adjective in ["Смоленской", "Витебской", "Липецкой", "Минской"] {
            XCTAssertTrue(try shipped("\(adjective) академии").allSatisfy { $0.text != adjective },
                          "\(adjective) is no form of a noun ending in a consonant")
        }
        XCTAssertEqual(try ids("Оршей", in: "с Оршей"), ["by-orsha"], "a noun in -а has its instrumental in -ей")
    }

    func testANounInSoftSignHasNoHardForms() throws {
        let gazetteer = try folders.load("city zz-brundel = Брундель\n    in zz-north\n\ncountry zw = Кварусь\n    country ZW\n")
        for form in ["Брундель", "Брунделя", "Брунделю", "Брунделем", "Брунделе"] {
            XCTAssertEqual(match("в \(form) прошло", in: gazetteer).map(\.ids), [["zz-brundel"]], form)
        }
        for form in ["Кварусь", "Кварусью", "Кваруси"] {
            XCTAssertEqual(match("в \(form) прошло", in: gazetteer).map(\.ids), [["zw"]], form)
        }
        for form in ["Брундел", "Брунделы", "Брундела", "Кварусы", "Кварус", "Кварусом"] {
            XCTAssertEqual(match("в \(form) прошло", in: gazetteer), [], "\(form) is no form of a noun in -ь")
        }
    }

    func testAPlaceAfterItsMarker() throws {
        // The matcher finds the name; the linker adds the marker to the mention.
        XCTAssertEqual(try ids("Орши", in: "г. Орши"), ["by-orsha"])
        XCTAssertEqual(try ids("г. Смоленска", in: "г. Смоленска"), ["ru-smolensk"], "\"город Смоленск\" is an alias")
    }

    func testAOneWordNameMustBeCapitalized() throws {
        XCTAssertNil(try ids("витебск", in: "витебск"))
        XCTAssertNil(try ids("россии", in: "по россии"))
        XCTAssertEqual(try ids("России", in: "по России"), ["ru"])
        // Longer names may be written in lower case.
        XCTAssertEqual(try ids("витебского района", in: "витебского района"), ["by-vitebsk-district"])
    }

    func testAnAbbreviationInCapitalsIsNotTheLowerCaseWord() throws {
        XCTAssertEqual(try ids("РАН", in: "сотрудники РАН"), ["ru-ras"])
        XCTAssertEqual(try shipped("от ран и болезней"), [])
        XCTAssertEqual(try shipped("Ран"), [])
        XCTAssertEqual(try ids("РФ", in: "в РФ"), ["ru"])
    }

    func testPeopleWithInitialsBeforeOrAfterTheSurname() throws {
        for text in ["В.Н. Анохин", "В.Н. Анохиным", "В.Н. Анохина", "Анохина В.Н.", "Анохин В.Н.", "В. Н. Анохину", "В. Анохин"] {
            XCTAssertEqual(try shipped("с \(text) и"), [Found(text: text, ids: ["person-anokhin-vn"])], text)
        }
        XCTAssertEqual(try ids("А.А. Новиковым", in: "Главой города А.А. Новиковым"), ["person-novikov-aa"])
        XCTAssertEqual(try ids("А.А. Гапеевой", in: "с А.А. Гапеевой"), ["person-gapeeva-aa"])
        // Other initials are someone else.
        XCTAssertEqual(try shipped("с А.Н. Анохиным"), [])
        XCTAssertEqual(try shipped("с Анохиным"), [])
    }

    func testAFormerNameFindsTheEntityUnderItsCurrentName() throws {
        XCTAssertEqual(try ids("Велижским районом", in: "с Велижским районом"), ["ru-velizh-okrug"])
        XCTAssertEqual(try ids("Велижского муниципального округа", in: "Велижского муниципального округа"), ["ru-velizh-okrug"])
    }

    func testAnAmbiguousNameNamesAllItsEntities() throws {
        XCTAssertEqual(Set(try ids("Московского района", in: "Московского района") ?? []),
                       ["by-minsk-moskovsky-district", "by-brest-moskovsky-district"])
    }

    func testEveryNameInATextIsACandidateEvenOverlapping() throws {
        let found = try shipped("Администрации Московского района г. Минска")
        XCTAssertTrue(found.contains(Found(text: "Администрации Московского района г. Минска", ids: ["by-minsk-moskovsky-administration"])), "\(found)")
        XCTAssertTrue(found.contains { $0.text == "Московского района" }, "\(found)")
        XCTAssertTrue(found.contains(Found(text: "Минска", ids: ["by-minsk"])), "\(found)")
    }

    // MARK: Hand-made gazetteers

    private var folders: GazetteerFolders!
    override func setUpWithError() throws { folders = try GazetteerFolders() }
    override func tearDown() { folders = nil }

    func testANameThatNeedsAMarkerMatchesOnlyAfterIt() throws {
        let gazetteer = try folders.load("city zz-krasny = Красный\n    in zz-north\n    needs г. пос. аг.\n")
        XCTAssertEqual(match("Красный", in: gazetteer), [])
        XCTAssertEqual(match("Красный флаг над городом", in: gazetteer), [])
        XCTAssertEqual(match("в д. Красный", in: gazetteer), [])
        XCTAssertEqual(match("в пос. Красный", in: gazetteer), [Found(text: "Красный", ids: ["zz-krasny"])])
        XCTAssertEqual(match("г. Красного", in: gazetteer), [Found(text: "Красного", ids: ["zz-krasny"])])
        XCTAssertEqual(match("аг. Красном", in: gazetteer), [Found(text: "Красном", ids: ["zz-krasny"])])
        // The shipped Городок needs one too.
        XCTAssertEqual(try shipped("Городок"), [])
        XCTAssertEqual(try ids("Городка", in: "г. Городка"), ["by-gorodok"])
    }

    func testANameSetInCapitalsMatchesInAnyCaseButAShortAbbreviationDoesNot() throws {
        let gazetteer = try folders.load("""
            org zz-zarevo = ЗАРЕВО ЭНСКА
                in zz-ensk

            org zz-gbuk = ГБУК «Энский музей»
                in zz-ensk
                aka ГБУК
            """)
        XCTAssertEqual(match("с «Заревом Энска»", in: gazetteer).first, Found(text: "Заревом Энска", ids: ["zz-zarevo"]))
        XCTAssertEqual(match("ЗАРЕВА ЭНСКА", in: gazetteer).first, Found(text: "ЗАРЕВА ЭНСКА", ids: ["zz-zarevo"]))
        XCTAssertEqual(match("ГБУК", in: gazetteer), [Found(text: "ГБУК", ids: ["zz-gbuk"])])
        XCTAssertEqual(match("Гбук", in: gazetteer), [], "an abbreviation of up to four letters in capitals only")
    }

    func testANameNeverCrossesTheEndOfASentence() throws {
        let gazetteer = try folders.load("""
            org zz-mkd = Министерство красивых событий Энска
                in zz-ensk
            """)
        func ministry(_ text: String) -> [Found] { match(text, in: gazetteer).filter { $0.ids == ["zz-mkd"] } }
        XCTAssertEqual(ministry("в Министерстве красивых событий Энска"), [Found(text: "Министерстве красивых событий Энска", ids: ["zz-mkd"])])
        XCTAssertEqual(ministry("работу Министерства красивых событий. Энска"), [], "a word written out and a dot")
        XCTAssertTrue(NameMatcher.crossesSentenceEnd(Tokenizer.tokenize("в городе. Энск"), 0..<4))
        XCTAssertFalse(NameMatcher.crossesSentenceEnd(Tokenizer.tokenize("в г. Энск"), 0..<4), "an abbreviation's dot")
        XCTAssertFalse(NameMatcher.crossesSentenceEnd(Tokenizer.tokenize("им. Ф. Энского"), 0..<5), "initials")
    }

    func testADeclinedAbbreviationMatchesItInCapitals() throws {
        let gazetteer = try folders.load("""
            org zz-mkd = Министерство красивых дел Энска
                in zz-ensk
                aka МКД Энска
            """)
        func ministry(_ text: String) -> [Found] { match(text, in: gazetteer).filter { $0.ids == ["zz-mkd"] } }
        for text in ["МКДа Энска", "МКДу Энска", "МКДом Энска", "МКДе Энска"] {
            XCTAssertEqual(ministry(text), [Found(text: text, ids: ["zz-mkd"])], text)
        }
        XCTAssertEqual(ministry("Мкда Энска"), [], "a word that is not an abbreviation")
        XCTAssertEqual(ministry("МКДих Энска"), [], "no case ending")
        XCTAssertEqual(ministry("МКдом Энска"), [], "capitals and lower case mixed")
    }

    func testAbbreviationVariantsFromTheLexicon() throws {
        let gazetteer = try folders.load("""
            org zz-ensk-school-5 = Средняя школа № 5 г. Энска
                in zz-ensk

            org zz-ensk-school-6 = СШ № 6
                in zz-ensk
            """, lexicon: ["abbreviations.txt": "СШ = средняя школа\n"])
        XCTAssertEqual(match("СШ № 5 г. Энска", in: gazetteer).first, Found(text: "СШ № 5 г. Энска", ids: ["zz-ensk-school-5"]))
        XCTAssertEqual(match("средней школы № 5 г. Энска", in: gazetteer).first, Found(text: "средней школы № 5 г. Энска", ids: ["zz-ensk-school-5"]))
        XCTAssertEqual(match("средней школой № 6", in: gazetteer), [Found(text: "средней школой № 6", ids: ["zz-ensk-school-6"])])
        XCTAssertEqual(match("«СШ № 6»", in: gazetteer), [Found(text: "СШ № 6", ids: ["zz-ensk-school-6"])])
        XCTAssertEqual(match("СШ № 7", in: gazetteer), [])
        XCTAssertEqual(match("средняя школа № 6 г. Энска", in: gazetteer).first?.ids, ["zz-ensk-school-6"])
    }

    func testTheExactSpellingWinsWhenStemsCollide() throws {
        let gazetteer = try folders.load("country ml = Мали\n\ncity mv-male = Мале\n    in zz\n")
        XCTAssertEqual(match("Мали", in: gazetteer), [Found(text: "Мали", ids: ["ml"])])
        XCTAssertEqual(match("Мале", in: gazetteer), [Found(text: "Мале", ids: ["mv-male"])])
        // A form that is neither spelling keeps both.
        XCTAssertEqual(Set(match("Малью", in: gazetteer).first?.ids ?? []), ["ml", "mv-male"])
    }

    func testMergeSameSpans() {
        let spans = [Candidate(start: 0, end: 1, entities: [3], source: .gazetteer, exactness: 0),
                     Candidate(start: 0, end: 1, entities: [1], source: .gazetteer, exactness: 0),
                     Candidate(start: 2, end: 3, entities: [5], source: .gazetteer, exactness: 0),
                     Candidate(start: 2, end: 3, entities: [4], source: .gazetteer, exactness: 1)]
        let merged = NameMatcher.mergeSameSpans(spans)
        XCTAssertEqual(merged.map(\.entities), [[1, 3], [4]])
        XCTAssertEqual(merged.map(\.exactness), [0, 1])
        XCTAssertEqual(NameMatcher.mergeSameSpans([]), [])
    }

    func testPersonShapes() {
        func shapes(_ text: String) -> [String] {
            let tokens = Tokenizer.tokenize(text)
            return PersonShape.find(in: tokens).map { "\($0.initials):\(tokens[$0.surname].folded)" }
        }
        XCTAssertEqual(shapes("В.Н. Анохин"), ["вн:анохин"])
        XCTAssertEqual(shapes("Анохин В.Н."), ["вн:анохин"])
        XCTAssertEqual(shapes("И. Соколова-Микитова"), ["и:микитова"])
        // Initials between two surnames belong to the second: "Федерации Ю.Л. Воробьевым".
        XCTAssertEqual(shapes("Совета Федерации Ю.Л. Воробьевым"), ["юл:воробьевым"])
        XCTAssertEqual(shapes("г. Смоленск"), [], "a lower-case marker is not an initial")
        XCTAssertEqual(shapes("В.Н. АНОХИН"), [], "capitals are an abbreviation, not a surname")
        XCTAssertEqual(shapes("Анохин"), [])
    }
}
