import XCTest
@testable import Entities

/// `BodySignatures`: a known body written another way — its place as a genitive instead of an adjective,
/// its city with or without a marker — is the gazetteer's, on a made-up world.
final class BodySignaturesTests: XCTestCase {
    private var folders: GazetteerFolders!
    private var linker: Linker!

    static let world = """
        region zz-brund-region = Брундская область
            in zz

        city zz-brund = Брунд
            in zz-brund-region

        org zz-brund-committee = Брундский областной исполнительный комитет
            in zz-brund-region

        org zz-brund-administration = Администрация города Брунда
            in zz-brund

        org zz-culture-ministry = Министерство культуры Брундской области
            in zz-brund-region

        org zz-sport-ministry = Министерство спорта Брундской области
            in zz-brund-region

        org zz-museum = УК «Национальный Брундский музей»
            in zz-brund

        """

    static let lexicon = ["org-heads.txt": "Администрация !authority\nМинистерство !authority\nисполнительный комитет !authority\n"]

    override func setUpWithError() throws {
        folders = try GazetteerFolders()
        linker = Linker(gazetteer: try folders.load(BodySignaturesTests.world, lexicon: BodySignaturesTests.lexicon))
    }

    override func tearDown() {
        folders = nil
        super.tearDown()
    }

    /// The entity ids of the mentions in one item's goal.
    private func linked(_ goal: String) throws -> [String] {
        let report = try HandReports.report([HandReports.Row(goal: goal)])
        return linker.link(report).items[0].mentions.map { "\($0.text) → \($0.entityID)" }
    }

    func testABodyWrittenWithItsPlaceInTheGenitiveIsTheKnownOne() throws {
        XCTAssertEqual(try linked("представители исполнительного комитета Брундской области"),
                       ["исполнительного комитета Брундской области → zz-brund-committee"])
        XCTAssertEqual(try linked("глава Администрации Брунда"), ["Администрации Брунда → zz-brund-administration"])
    }

    func testTheWordsOfTheNameMustAgree() throws {
        // Two ministries of one region differ by their words; an unknown one stays unknown.
        XCTAssertEqual(try linked("с министерством спорта Брундской области"), ["министерством спорта Брундской области → zz-sport-ministry"])
        XCTAssertEqual(try linked("с министерством туризма Брундской области").map { $0.contains("→ x-org-") }, [true])
        // Every word counts: an adjective next to a place's is no place's.
        XCTAssertEqual(try linked("УК «Репэбый Брундский музей»").map { $0.contains("zz-museum") }, [false])
        // The same words of another place are another body.
        XCTAssertEqual(try linked("с министерством спорта Зетландии").map { $0.contains("zz-sport-ministry") }, [false])
    }
}
