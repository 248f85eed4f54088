import Foundation
import XCTest
@testable import Entities

/// A known place that the place named right after it contradicts is another place of the same name,
/// which the gazetteer lacks — on a made-up world with one Зорянский район (in the north) and two towns.
final class HomonymPlacesTests: XCTestCase {
    private var world: MadeUpWorld!

    static let world = """
        district zz-zoryan-district = Зорянский район
            in zz-north

        region zz-south = Южная область
            in zz

        city zz-kvarts = Кварцевск
            in zz-south

        city zz-lum = Лумск
            in zz-zoryan-district

        city zz-zoryansk = Зорянск
            in zz-north

        """

    override func setUpWithError() throws { world = try MadeUpWorld(HomonymPlacesTests.world) }
    override func tearDown() { world = nil }

    /// "text → entity, its parent" for each mention of the goal column.
    private func mentions(_ goal: String) throws -> [String] {
        let linked = try world.link(goal: goal)
        return linked.mentions[0].filter { $0.field == .goal }.map { mention in
            let parent = linked.unknowns[mention.entityID]?.parent ?? world.linker.gazetteer.entity(id: mention.entityID)?.parent
            return "\(mention.text) → \(mention.entityID.hasPrefix("x-") ? "unknown" : mention.entityID), in \(parent ?? "-")"
        }
    }

    func testAPlaceWithNothingAfterItStands() throws {
        XCTAssertEqual(try mentions(""), [])
        XCTAssertEqual(try mentions("гости Зорянского района"), ["Зорянского района → zz-zoryan-district, in zz-north"])
    }

    func testAPlaceThatHoldsItOrThatItHoldsKeepsTheKnownName() throws {
        XCTAssertEqual(try mentions("гости Зорянского района Северной области"),
                       ["Зорянского района → zz-zoryan-district, in zz-north", "Северной области → zz-north, in zz"])
        XCTAssertEqual(try mentions("гости Зорянского района г. Лумска"),
                       ["Зорянского района → zz-zoryan-district, in zz-north", "г. Лумска → zz-lum, in zz-zoryan-district"])
    }

    func testATownAndTheDistrictNamedAfterItGoTogetherWhereverTheGazetteerPutsThem() throws {
        // Зорянск is a town of the region, not of the district named after it.
        XCTAssertEqual(try mentions("гости из г. Зорянска Зорянского района"),
                       ["г. Зорянска → zz-zoryansk, in zz-north", "Зорянского района → zz-zoryan-district, in zz-north"])
        XCTAssertEqual(try mentions("гости Зорянского района г. Зорянска"),
                       ["Зорянского района → zz-zoryan-district, in zz-north", "г. Зорянска → zz-zoryansk, in zz-north"])
    }

    func testAPlaceOutsideMakesItAnotherPlaceOfTheSameName() throws {
        XCTAssertEqual(try mentions("гости Зорянского района г. Кварцевска"),
                       ["Зорянского района → unknown, in zz-kvarts", "г. Кварцевска → zz-kvarts, in zz-south"])
        XCTAssertEqual(try mentions("гости Зорянского района Южной области"),
                       ["Зорянского района → unknown, in zz-south", "Южной области → zz-south, in zz"])
        // A town too.
        XCTAssertEqual(try mentions("гости из Лумска Южной области"), ["Лумска → unknown, in zz-south", "Южной области → zz-south, in zz"])
    }

    func testOnlyAPlaceRightAfterItAndNotACountryContradictsIt() throws {
        XCTAssertEqual(try mentions("гости Зорянского района, Южной области"),
                       ["Зорянского района → zz-zoryan-district, in zz-north", "Южной области → zz-south, in zz"])
        XCTAssertEqual(try mentions("гости Зорянского района России").first, "Зорянского района → zz-zoryan-district, in zz-north")
    }
}
