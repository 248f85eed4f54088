import Entities
import Foundation
import XCTest

/// The shipped gazetteer copied without some organizations and people (``GazetteerSubset``).
final class GazetteerSubsetTests: XCTestCase {
    func testDropsOrganizationsAndPeopleButKeepsEveryPlace() throws {
        let full = try TestGazetteer.shared()
        let places = try GazetteerSubset.load(from: TestPaths.gazetteer, dropping: GazetteerSubset.organizationsAndPeople)
        XCTAssertFalse(places.entities.contains { $0.kind == .org || $0.kind == .person })
        XCTAssertEqual(places.entities.map(\.id).sorted(), full.entities.filter(\.kind.isPlace).map(\.id).sorted())
    }

    func testAKeptEntityWhoseParentIsDroppedGetsTheNearestKeptAncestor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-subset-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dropped = try GazetteerSubset.write(from: TestPaths.gazetteer, to: folder.path,
                                                dropping: GazetteerSubset.organizationsAndPeople(in: ["ru-smolensk-government", "ru-smolensk", "nothing-such"]))
        XCTAssertEqual(dropped, ["ru-smolensk-government"], "a place is never dropped")
        let gazetteer = try Gazetteer.load(directories: [folder.path])
        XCTAssertNil(gazetteer.entity(id: "ru-smolensk-government"))
        let governor = try XCTUnwrap(gazetteer.entity(id: "person-anokhin-vn"))
        XCTAssertEqual(governor.parent, "ru-smolensk-region")
        XCTAssertEqual(governor.country, "RU")
        XCTAssertEqual(gazetteer.entities.count, try TestGazetteer.shared().entities.count - 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path))
    }
}
