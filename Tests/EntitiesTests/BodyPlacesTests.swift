import XCTest
@testable import Entities

/// `BodyPlaces`: where a report placed each body the gazetteer lacks, on a made-up world.
final class BodyPlacesTests: XCTestCase {
    func testRecordedPlacesAndWhatMayOverrideThem() throws {
        let gazetteer = try GazetteerFolders().load("")
        let (region, town) = (try XCTUnwrap(gazetteer.position(of: "zz-north")), try XCTUnwrap(gazetteer.position(of: "zz-ensk")))
        let smolensk = try XCTUnwrap(gazetteer.position(of: "ru-smolensk"))
        let hierarchy = gazetteer.hierarchy
        var places = BodyPlaces()
        XCTAssertNil(places.place(of: "оао ромашк", named: [], hierarchy: hierarchy), "nothing recorded")
        places.record("оао ромашк", place: region, hierarchy: hierarchy)
        XCTAssertEqual(places.place(of: "оао ромашк", named: [], hierarchy: hierarchy), region)
        // A place inside the recorded one refines it; another one does not replace it.
        places.record("оао ромашк", place: town, hierarchy: hierarchy)
        places.record("оао ромашк", place: smolensk, hierarchy: hierarchy)
        XCTAssertEqual(places.place(of: "оао ромашк", named: [], hierarchy: hierarchy), town)
        // Words that name a place holding the recorded one agree with it; words that name another do not.
        XCTAssertEqual(places.place(of: "оао ромашк", named: [region], hierarchy: hierarchy), town)
        XCTAssertNil(places.place(of: "оао ромашк", named: [smolensk], hierarchy: hierarchy))
        XCTAssertNil(places.place(of: "оао лютик", named: [], hierarchy: hierarchy))
    }
}
