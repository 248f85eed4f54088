import XCTest
@testable import Entities
@testable import Graph

/// `RelationFinder`: agreements and twinning in an item's text, and who they tie.
final class RelationFinderTests: XCTestCase {
    /// The findings in a goal cell, with the mentions the linker finds in it.
    private func find(_ goal: String) throws -> [RelationFinder.Finding] {
        let linked = try HandReport.linked([HandReport.Row(goal: goal)])
        let item = try linked.report.items.at(0)
        return RelationFinder.find(in: item[.goal].text, mentions: try linked.items.at(0).mentions.filter { $0.field == .goal })
    }

    /// The edges (source → target: relations) a one-item report gives at the org level.
    private func edges(_ row: HandReport.Row) throws -> [String] {
        let linked = try HandReport.linked([row])
        return try Fixtures.builder([linked]).build([linked], level: .org).edges.map {
            "\($0.source) → \($0.target): \($0.relations.map(\.rawValue).joined(separator: ","))"
        }
    }

    func testNothingInEmptyOrPlainText() throws {
        XCTAssertEqual(RelationFinder.find(in: "", mentions: []), [])
        XCTAssertEqual(try find("Обмен опытом с делегацией г. Витебска"), [])
    }

    // MARK: Agreements and their parties

    /// A document to be signed is `planned`, not an agreement, and is no twinning yet.
    func testADocumentToBeSignedIsPlanned() throws {
        let cases = [
            "Планируется подписать соглашение между Администрацией города Смоленска и Витебским городским исполнительным комитетом",
            "Между Администрацией города Смоленска и Витебским городским исполнительным комитетом будет подписано соглашение об установлении побратимских связей",
            "Стороны договорились, что в 2026 году будет заключен договор между Администрацией города Смоленска и Витебским городским исполнительным комитетом",
        ]
        for goal in cases {
            let findings = try find(goal)
            XCTAssertEqual(findings.map(\.kind), [.planned], goal)
            XCTAssertEqual(try findings.at(0).parties, ["ru-smolensk-administration", "by-vitebsk-city-executive-committee"], goal)
            XCTAssertNil(try findings.at(0).date, goal)
        }
        XCTAssertEqual(try edges(HandReport.Row(goal: try cases.at(0))),
                       ["ru-smolensk-administration → by-vitebsk-city-executive-committee: planned,event"])
        // "протокол о намерениях" names a document; signed, it is an agreement.
        XCTAssertEqual(try find("Подписан протокол о намерениях между Администрацией города Смоленска и Витебским городским исполнительным комитетом").map(\.kind),
                       [.agreement])
    }

    func testBetweenXAndYTiesExactlyXAndY() throws {
        let findings = try find("Подписано соглашение о сотрудничестве между Администрацией города Смоленска и Витебским городским исполнительным комитетом")
        XCTAssertEqual(findings.count, 1)
        let finding = try findings.at(0)
        XCTAssertEqual(finding.kind, .agreement)
        XCTAssertEqual(finding.parties, ["ru-smolensk-administration", "by-vitebsk-city-executive-committee"])
        XCTAssertFalse(finding.tiesItemSides)
        XCTAssertNil(finding.twin)
        XCTAssertNil(finding.date)
        XCTAssertEqual(finding.quote, "соглашение о сотрудничестве между Администрацией города Смоленска и Витебским городским исполнительным комитетом")
        // Other bodies of the item take part in the event, not in the agreement.
        XCTAssertEqual(try edges(HandReport.Row(goal: "Подписано соглашение о сотрудничестве между Администрацией города Смоленска и Витебским городским исполнительным комитетом",
                                                participants: "Представители Администрации города Смоленска, делегация г. Орши")),
                       ["ru-smolensk-administration → by-orsha: event",
                        "ru-smolensk-administration → by-vitebsk-city-executive-committee: agreement,event"])
    }

    func testPartiesBeforeTheDocumentWord() throws {
        let findings = try find("В рамках Форума между городом Смоленском и Оршанским районом Витебской области (Республика Беларусь) подписано соглашение об установлении побратимских связей")
        XCTAssertEqual(findings.map(\.kind), [.agreement, .twinning])
        for finding in findings {
            XCTAssertEqual(finding.parties, ["ru-smolensk", "by-orsha-district", "by-vitebsk-region", "by"])
            XCTAssertFalse(finding.tiesItemSides)
            XCTAssertTrue(finding.quote.hasPrefix("между городом Смоленском"), finding.quote)
        }
        XCTAssertEqual(try edges(HandReport.Row(goal: "Между городом Смоленском и Оршанским районом подписано соглашение об установлении побратимских связей")),
                       ["ru-smolensk → by-orsha-district: agreement,twinning,event"])
    }

    func testAListIntroductionTiesNobodyByItself() throws {
        let findings = try find("Подписаны соглашения: Соглашение о сотрудничестве между городом Смоленском и городом Могилевом, Соглашение о сотрудничестве между городом Смоленском и городом Витебском")
        XCTAssertEqual(findings.map(\.parties), [["ru-smolensk", "by-mogilev"], ["ru-smolensk", "by-vitebsk"]])
        XCTAssertEqual(findings.map(\.tiesItemSides), [false, false])
        XCTAssertEqual(findings.map(\.kind), [.agreement, .agreement])
    }

    func testAGeneralReferenceTiesNobody() throws {
        XCTAssertEqual(try find("Обсуждались вопросы реализации соглашений о сотрудничестве"), [])
        // The regional report's item 76: the places are those of the forums, not parties.
        XCTAssertEqual(try find("В рамках заседания обсуждались вопросы реализации соглашений о сотрудничестве, в том числе заключенных в рамках форумов регионов Беларуси и России, а также совместные проекты в сфере молодежной политики Союзного государства"), [])
        XCTAssertEqual(try find("Итоги выполнения договоров о сотрудничестве с г. Витебском"), [])
        // A plural that names its parties with "между" does tie them.
        XCTAssertEqual(try find("Подписаны меморандумы между городом Смоленском и городом Витебском").map(\.parties), [["ru-smolensk", "by-vitebsk"]])
    }

    func testADraftIsNotAnAgreement() throws {
        XCTAssertEqual(try find("Обсужден проект соглашения о сотрудничестве между городом Смоленском и городом Витебском"), [])
        XCTAssertEqual(try find("Подготовлен проект договора с г. Витебском"), [])
    }

    func testADocumentWithoutPartiesTiesTheItemsSidesWhenSigned() throws {
        let signed = try find("Подписан договор о сотрудничестве в сфере молодежной политики")
        XCTAssertEqual(signed.map(\.tiesItemSides), [true])
        XCTAssertEqual(signed.map(\.parties), [[]])
        let inForce = try find("Встреча в рамках соглашения о сотрудничестве")
        XCTAssertEqual(inForce.map(\.tiesItemSides), [true])
        XCTAssertEqual(inForce.map(\.inForce), [true])
        XCTAssertEqual(signed.map(\.inForce), [false])
        XCTAssertEqual(try find("Обсуждалось соглашение о сотрудничестве"), [], "neither signed nor in force")
        XCTAssertEqual(try edges(HandReport.Row(goal: "Подписан договор о сотрудничестве", participants: "Администрация города Смоленска, делегация г. Орши")),
                       ["ru-smolensk-administration → by-orsha: agreement,event"])
    }

    /// A document the item carries out was signed before it: "в рамках", "исполнение", "реализации",
    /// "в соответствии с", "согласно", "действующего" before the document word, and no word of signing.
    /// It is an agreement in force, its date the document's.
    func testADocumentTheItemCarriesOutIsInForce() throws {
        let inForce = ["Участие в празднике в рамках Соглашения о сотрудничестве между Зорянским районом и Велижским районом от 20.02.2017",
                       "Исполнение пунктов Договора о сотрудничестве между г. Витебском и г. Смоленском",
                       "В целях реализации Меморандума между ООО «Зорька» и ОАО «Светлячок» проведены переговоры",
                       "Встреча в соответствии с Планом совместной работы между городом Смоленском и городом Витебском",
                       "Участие в собрании согласно действующему двустороннему Соглашению о сотрудничестве"]
        for text in inForce {
            let findings = try find(text)
            XCTAssertEqual(findings.map(\.kind), [.agreement], text)
            XCTAssertEqual(findings.map(\.inForce), [true], text)
        }
        XCTAssertEqual(try find(inForce[0]).first?.date, CalendarDate(year: 2017, month: 2, day: 20))
        // A document signed in the item is signed however it is framed.
        for text in ["В рамках визита подписано соглашение между городом Смоленском и городом Витебском",
                     "Во исполнение договоренностей заключен договор между городом Смоленском и городом Витебском"] {
            XCTAssertEqual(try find(text).map(\.inForce), [false], text)
        }
        // A twin tie stays one when the document stating it is in force.
        let twins = try find("Встреча в рамках Соглашения о побратимских связях между городом Смоленском и городом Витебском")
        XCTAssertEqual(twins.map(\.kind), [.agreement, .twinning])
        XCTAssertEqual(twins.map(\.parties), [["ru-smolensk", "by-vitebsk"], ["ru-smolensk", "by-vitebsk"]])
        // In the graph: an agreement whose evidence says it is in force.
        let linked = try HandReport.linked([HandReport.Row(goal: "Встреча в рамках договора о сотрудничестве между городом Смоленском и городом Витебском",
                                                           participants: "Администрация города Смоленска, делегация г. Витебска")])
        let graph = try Fixtures.builder([linked]).build([linked], level: .org)
        let agreements = graph.edges.flatMap(\.evidence).filter { $0.relation == .agreement }
        XCTAssertEqual(agreements.count, 1)
        XCTAssertEqual(agreements.map(\.inForce), [true])
        XCTAssertTrue(graph.edges.flatMap(\.evidence).contains { $0.relation == .event && !$0.inForce })
    }

    func testEveryKindOfDocument() throws {
        let texts = ["Подписан меморандум о взаимопонимании между городом Смоленском и городом Витебском",
                     "Подписан протокол о намерениях между городом Смоленском и городом Витебском",
                     "Подписан план совместной работы на 2025 год между городом Смоленском и городом Витебском",
                     "Заключен договор между городом Смоленском и городом Витебском"]
        for text in texts {
            XCTAssertEqual(try find(text).map(\.parties), [["ru-smolensk", "by-vitebsk"]], text)
        }
        XCTAssertEqual(try find("Утвержден план мероприятий на 2025 год с г. Витебском"), [], "a plan without совместн- is not a document")
    }

    func testAClauseEndsWithItsSentence() throws {
        let findings = try find("Подписан протокол о намерениях между городом Смоленском и городом Витебском. Обсуждены планы с делегацией г. Орши")
        XCTAssertEqual(findings.map(\.parties), [["ru-smolensk", "by-vitebsk"]])
        XCTAssertEqual(findings.first?.quote, "протокол о намерениях между городом Смоленском и городом Витебском")
    }

    func testTheDocumentDate() throws {
        let findings = try find("Участие в мероприятиях в рамках Соглашения о сотрудничестве между Витебским районом Витебской области Республики Беларусь и Велижским муниципальным районом Смоленской области Российской Федерации от 20.02.2017")
        XCTAssertEqual(findings.map(\.date), [CalendarDate(year: 2017, month: 2, day: 20)])
        XCTAssertEqual(try find("Реализация Договора о сотрудничестве между Постоянным Комитетом Союзного государства и Правительством Смоленской области от 19.11.2024 № 152").map(\.date),
                       [CalendarDate(year: 2024, month: 11, day: 19)])
        XCTAssertEqual(try find("Подписано соглашение между городом Смоленском и городом Витебском в 2024 году").map(\.date), [nil],
                       "a year is not the day of a document")
    }

    // MARK: Twinning

    func testATwinCityDelegation() throws {
        let findings = try find("Прием официальной делегации города-побратима Витебска")
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.kind, .twinning)
        XCTAssertEqual(findings.first?.twin, "by-vitebsk")
        XCTAssertEqual(findings.first?.parties, [])
        XCTAssertEqual(findings.first?.quote, "официальной делегации города-побратима Витебска")
        XCTAssertEqual(try edges(HandReport.Row(goal: "Прием официальной делегации города-побратима Витебска", participants: "Администрация города Смоленска")),
                       ["ru-smolensk-administration → by-vitebsk: twinning,event"])
    }

    func testAPartnerCity() throws {
        XCTAssertEqual(try find("официальная делегация города-партнера Могилева").map(\.twin), ["by-mogilev"])
        XCTAssertEqual(try find("делегация партнера из Могилева"), [], "not hyphen-joined: not a partner city")
    }

    func testTwinCitiesOfACountryAreNotTwinningWithTheCountry() throws {
        XCTAssertEqual(try find("Прием официальных делегаций городов-побратимов Республики Беларусь").map(\.twin), ["by"])
        XCTAssertEqual(try edges(HandReport.Row(goal: "Прием официальных делегаций городов-побратимов Республики Беларусь",
                                                participants: "Администрация города Смоленска")),
                       ["ru-smolensk-administration → by: event"])
    }

    func testATwinFarFromTheWordIsNotTheTwin() throws {
        XCTAssertEqual(try find("Развитие побратимских связей, обсуждение планов на будущее и встреча с делегацией г. Витебска"), [])
    }

    func testTwinningWithASection() throws {
        // In a municipal report the twin is the section's.
        let linked = try HandReport.linked([HandReport.Row(section: "Город Смоленск", goal: "Прием делегации города-побратима Орши")])
        let graph = try Fixtures.builder([linked]).build([linked], level: .org)
        XCTAssertEqual(graph.edges.map { "\($0.source) → \($0.target): \($0.relations.map(\.rawValue))" },
                       ["ru-smolensk → by-orsha: [\"twinning\", \"event\"]"])
    }

    // MARK: Helpers

    func testSentenceBoundaries() {
        let tokens = Tokenizer.tokenize("Встреча в г. Смоленске 20.02.2017. Обсуждены планы. И.И. Иванов")
        let ends = RelationFinder.sentenceBoundaries(tokens).sorted().map { tokens[$0 - 1].folded }
        XCTAssertEqual(ends, ["2017", "планы"])
    }

    func testPluralDocumentWords() {
        for word in ["соглашений", "соглашениях", "договоров", "договоры", "меморандумов", "меморандумы"] {
            XCTAssertTrue(RelationFinder.isPlural(Tokenizer.tokenize(word)[0]), word)
        }
        for word in ["соглашение", "соглашения", "договор", "договора", "меморандум"] {
            XCTAssertFalse(RelationFinder.isPlural(Tokenizer.tokenize(word)[0]), word)
        }
    }

    func testShorten() {
        XCTAssertEqual(RelationFinder.shorten("  коротко  "), "коротко")
        let long = Array(repeating: "слово", count: 50).joined(separator: " ")
        let short = RelationFinder.shorten(long)
        XCTAssertTrue(short.hasSuffix("слово…"), short)
        XCTAssertLessThanOrEqual(short.count, 201)
        XCTAssertTrue(long.hasPrefix(String(short.dropLast())))
    }
}
