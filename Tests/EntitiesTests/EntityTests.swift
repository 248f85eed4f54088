import XCTest
@testable import Entities

/// `Entity`: its origin reads `file:line` however it was given, and entities are equal by what they read.
final class EntityTests: XCTestCase {
    func testOriginFromAFileAndALine() {
        var entity = Entity(id: "zz-ensk", kind: .city, name: "Энск")
        XCTAssertNil(entity.origin)
        entity.setOrigin(file: "/tmp/g/world.txt", line: 12)
        XCTAssertEqual(entity.origin, "/tmp/g/world.txt:12")
        XCTAssertEqual(Gazetteer.file(entity.origin), "/tmp/g/world.txt")
        XCTAssertEqual(Gazetteer.line(entity.origin), 12)
        entity.origin = "hand.txt:3"
        XCTAssertEqual(entity.origin, "hand.txt:3")
        entity.origin = nil
        XCTAssertNil(entity.origin)
    }

    func testEqualByTheOriginRead() {
        var parsed = Entity(id: "zz-ensk", kind: .city, name: "Энск")
        parsed.setOrigin(file: "a.txt", line: 3)
        var written = Entity(id: "zz-ensk", kind: .city, name: "Энск")
        written.origin = "a.txt:3"
        XCTAssertEqual(parsed, written)
        written.origin = "a.txt:4"
        XCTAssertNotEqual(parsed, written)
        written.origin = "a.txt:3"
        written.aliases = ["Энск-город"]
        XCTAssertNotEqual(parsed, written, "every other property counts too")
    }

    func testTheEntitiesOfAFileShareItsName() throws {
        let entities = try GazetteerParser.parse("city zz-a = А\n    in zz\ncity zz-b = Б\n    in zz\n", file: "/a/rather/long/path/to/the/gazetteer.txt")
        XCTAssertEqual(entities.map(\.origin), ["/a/rather/long/path/to/the/gazetteer.txt:1", "/a/rather/long/path/to/the/gazetteer.txt:3"])
    }
}
