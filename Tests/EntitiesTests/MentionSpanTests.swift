import Foundation
import XCTest
@testable import Entities

/// A matched name widened to the mention as written — here, a known body with its country written
/// after it — on a made-up world.
final class MentionSpanTests: XCTestCase {
    private var world: MadeUpWorld!

    static let world = """
        org zz-duma = Большая Дума
            in zz

        org zz-ensk-council = Энский совет
            in zz-ensk

        """

    override func setUpWithError() throws { world = try MadeUpWorld(MentionSpanTests.world) }
    override func tearDown() { world = nil }

    private func mentions(_ goal: String) throws -> [String] { try world.mentions(goal) }

    func testAKnownBodyTakesItsCountryWrittenAfterIt() throws {
        XCTAssertEqual(try mentions(""), [])
        XCTAssertEqual(try mentions("депутаты Большой Думы Республики Зетландия"), ["Большой Думы Республики Зетландия → zz-duma"])
        XCTAssertEqual(try mentions("депутаты Энского совета Зетландии"), ["Энского совета Зетландии → zz-ensk-council"],
                       "a body deeper in the country")
    }

    func testNotAnotherCountryNorAPlaceNorAfterAComma() throws {
        XCTAssertEqual(try mentions("депутаты Большой Думы России"), ["Большой Думы → zz-duma", "России → ru"])
        XCTAssertEqual(try mentions("депутаты Большой Думы Северной области"), ["Большой Думы → zz-duma", "Северной области → zz-north"])
        XCTAssertEqual(try mentions("депутаты Большой Думы, Зетландии"), ["Большой Думы → zz-duma", "Зетландии → zz"])
    }
}
