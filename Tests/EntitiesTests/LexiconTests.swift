import XCTest
@testable import Entities

/// `Lexicon`: the word lists of a gazetteer folder.
final class LexiconTests: XCTestCase {
    private var folders: GazetteerFolders!

    override func setUpWithError() throws { folders = try GazetteerFolders() }
    override func tearDown() { folders = nil }

    func testAFolderWithoutALexiconHasAnEmptyOne() throws {
        let lexicon = try Lexicon.load(directory: folders.folder("none", [:]))
        XCTAssertEqual(lexicon.legalForms, [])
        XCTAssertEqual(lexicon.abbreviations, [])
        XCTAssertEqual(lexicon.organizationHeads, [])
        XCTAssertEqual(lexicon.namedOnlyHeads, [])
    }

    func testExpansionsWithAndWithoutACountry() throws {
        let folder = try folders.folder("l", ["lexicon/legal-forms.txt": """
            # a comment
               # an indented comment

            МБОУ = муниципальное бюджетное общеобразовательное учреждение
            ГУО = государственное учреждение образования ; BY
            ОАО=открытое акционерное общество;BY
            ФГБОУ ВО = федеральное государственное бюджетное образовательное учреждение высшего образования
            АО = акционерное общество ; по-русски
            """])
        let forms = try Lexicon.load(directory: folder).legalForms
        XCTAssertEqual(forms.map(\.abbreviation), ["МБОУ", "ГУО", "ОАО", "ФГБОУ ВО", "АО"])
        XCTAssertEqual(forms.map(\.country), [nil, "BY", "BY", nil, nil])
        XCTAssertEqual(forms.map(\.expansion), ["муниципальное бюджетное общеобразовательное учреждение", "государственное учреждение образования",
                                                "открытое акционерное общество",
                                                "федеральное государственное бюджетное образовательное учреждение высшего образования",
                                                "акционерное общество ; по-русски"])
    }

    func testWindowsLineEnds() throws {
        let folder = try folders.folder("crlf", ["lexicon/abbreviations.txt": "# list\r\nСШ = средняя школа\r\nДК = дом культуры\r\n",
                                                 "lexicon/org-heads.txt": "Администрация\r\nКлуб !named\r\n"])
        let lexicon = try Lexicon.load(directory: folder)
        XCTAssertEqual(lexicon.abbreviations.map(\.abbreviation), ["СШ", "ДК"])
        XCTAssertEqual(lexicon.abbreviations.map(\.expansion), ["средняя школа", "дом культуры"])
        XCTAssertEqual(lexicon.organizationHeads, ["Администрация", "Клуб"])
        XCTAssertEqual(lexicon.namedOnlyHeads, ["Клуб"])
    }

    func testHeadMarks() throws {
        let folder = try folders.folder("marks", ["lexicon/org-heads.txt": "Администрация !authority\nОтделение !named !authority !seated\nКлуб !named\nШкола\n"])
        let lexicon = try Lexicon.load(directory: folder)
        XCTAssertEqual(lexicon.seatedHeads, ["Отделение"])
        XCTAssertEqual(lexicon.organizationHeads, ["Администрация", "Отделение", "Клуб", "Школа"])
        XCTAssertEqual(lexicon.namedOnlyHeads, ["Отделение", "Клуб"])
        XCTAssertEqual(lexicon.authorityHeads, ["Администрация", "Отделение"])
        XCTAssertEqual(lexicon.headCountries, [:])
        let countries = try Lexicon.load(directory: folders.folder("countries", ["lexicon/org-heads.txt": "райисполком !BY\nсельский совет !authority !BY\n"]))
        XCTAssertEqual(countries.headCountries, ["райисполком": "BY", "сельский совет": "BY"])
        XCTAssertEqual(countries.authorityHeads, ["сельский совет"])
        for (text, message) in [("Школа\nКлуб !famous\n", "unknown mark '!famous'"), ("!named\n", "a mark without a head"),
                                ("Школа\nКлуб !By\n", "unknown mark '!By'"), ("Школа\nКлуб !BYR\n", "unknown mark '!BYR'")] {
            let bad = try folders.folder("bad-\(UUID().uuidString)", ["lexicon/org-heads.txt": text])
            let error = inputError { try Lexicon.load(directory: bad) }
            XCTAssertEqual(error?.line, text.hasPrefix("!") ? 1 : 2, text)
            XCTAssertTrue(error?.message.hasPrefix(message) ?? false, error?.message ?? text)
        }
    }

    func testPostsWithAndWithoutABody() throws {
        let folder = try folders.folder("posts", ["lexicon/posts.txt": "# posts\nгубернатор = правительство\nпосол\n  министр  \n"])
        let lexicon = try Lexicon.load(directory: folder)
        XCTAssertEqual(lexicon.posts.map { "\($0.abbreviation)=\($0.expansion)" }, ["губернатор=правительство"])
        XCTAssertEqual(lexicon.postsWithoutBody, ["посол", "министр"])
        let bad = try folders.folder("bad-posts", ["lexicon/posts.txt": "посол\nмэр = \n"])
        XCTAssertEqual(inputError { try Lexicon.load(directory: bad) }?.line, 2)
    }

    func testBadLinesNameTheirFileAndLine() throws {
        for (text, line) in [("СШ средняя школа\n", 1), ("# c\n\n = средняя школа\n", 3), ("СШ = \n", 1), ("СШ = ; BY\n", 1)] {
            let folder = try folders.folder("bad-\(UUID().uuidString)", ["lexicon/abbreviations.txt": text])
            let error = inputError { try Lexicon.load(directory: folder) }
            XCTAssertEqual(error?.file, ((folder as NSString).appendingPathComponent("lexicon") as NSString).appendingPathComponent("abbreviations.txt"), text)
            XCTAssertEqual(error?.line, line, text)
            XCTAssertTrue(error?.message.hasPrefix("expected 'ABBR = full form'") ?? false, text)
        }
    }

    func testMerge() {
        var first = Lexicon()
        first.organizationHeads = ["Администрация"]
        first.namedOnlyHeads = ["Клуб"]
        var second = Lexicon()
        second.organizationHeads = ["Клуб"]
        second.namedOnlyHeads = ["Клуб", "Группа"]
        second.abbreviations = [Lexicon.Expansion(abbreviation: "СШ", expansion: "средняя школа", country: nil)]
        first.merge(second)
        XCTAssertEqual(first.organizationHeads, ["Администрация", "Клуб"])
        XCTAssertEqual(first.namedOnlyHeads, ["Клуб", "Группа"])
        XCTAssertEqual(first.abbreviations.map(\.abbreviation), ["СШ"])
    }

    func testTheShippedLexicon() throws {
        let lexicon = try TestGazetteer.shared().lexicon
        XCTAssertTrue(lexicon.legalForms.contains { $0.abbreviation == "МБОУ" })
        XCTAssertTrue(lexicon.abbreviations.contains(Lexicon.Expansion(abbreviation: "СШ", expansion: "средняя школа", country: nil)))
        XCTAssertTrue(lexicon.organizationHeads.contains("Администрация"))
        XCTAssertTrue(lexicon.namedOnlyHeads.contains("Команда"))
        XCTAssertFalse(lexicon.namedOnlyHeads.contains("Администрация"))
    }
}
