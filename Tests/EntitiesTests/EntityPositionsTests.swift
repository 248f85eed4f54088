import XCTest
@testable import Entities

/// `EntityPositions`: an entity's position by its id, with the first position of a repeated id.
final class EntityPositionsTests: XCTestCase {
    private func entities(_ count: Int) -> [Entity] {
        (0..<count).map { Entity(id: "zz-\($0)", kind: .city, name: "Город \($0)") }
    }

    func testEmpty() {
        let positions = EntityPositions(capacity: 0)
        XCTAssertNil(positions.position(of: "zz-0", in: []))
    }

    func testEveryIDFindsItsPositionThroughGrowing() {
        let entities = entities(5_000)
        var positions = EntityPositions(capacity: 10)
        for position in entities.indices { XCTAssertNil(positions.insert(position, entities: entities)) }
        for position in entities.indices { XCTAssertEqual(positions.position(of: entities[position].id, in: entities), position) }
        XCTAssertNil(positions.position(of: "zz-5000", in: entities))
        XCTAssertNil(positions.position(of: "", in: entities))
    }

    func testARepeatedIDGivesTheFirstPositionAndIsNotAdded() {
        var entities = entities(3)
        entities.append(Entity(id: "zz-1", kind: .org, name: "Другое"))
        var positions = EntityPositions(capacity: entities.count)
        XCTAssertNil(positions.insert(0, entities: entities))
        XCTAssertNil(positions.insert(1, entities: entities))
        XCTAssertNil(positions.insert(2, entities: entities))
        XCTAssertEqual(positions.insert(3, entities: entities), 1)
        XCTAssertEqual(positions.position(of: "zz-1", in: entities), 1)
    }

    func testTheGazetteerFindsItsEntitiesAndRefusesARepeatedID() throws {
        let folders = try GazetteerFolders()
        let gazetteer = try folders.load("city zz-a = Аск\n    in zz-north\n")
        XCTAssertEqual(gazetteer.entity(id: "zz-a")?.name, "Аск")
        XCTAssertEqual(gazetteer.position(of: "zz-north").map { gazetteer.entities[$0].id }, "zz-north")
        XCTAssertNil(gazetteer.position(of: "zz-b"))
        XCTAssertThrowsError(try folders.load("city zz-a = Аск\n    in zz-north\ncity zz-a = Бск\n    in zz-north\n")) { error in
            XCTAssertTrue((error as? InputError)?.message.hasPrefix("duplicate id 'zz-a' (first defined at ") ?? false, "\(error)")
        }
    }
}
