import XCTest
@testable import Entities

/// `ContextResolver`: which of the entities an ambiguous name may mean, from the names around it.
final class ContextResolverTests: XCTestCase {
    private func choose(_ options: [String], context: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let gazetteer = try TestGazetteer.shared()
        let positions = try options.map { try XCTUnwrap(gazetteer.position(of: $0), $0, file: file, line: line) }
        let around = try context.map { try XCTUnwrap(gazetteer.position(of: $0), $0, file: file, line: line) }
        return gazetteer.entities[ContextResolver(gazetteer: gazetteer).choose(among: positions, context: around)].id
    }

    static let moskovsky = ["by-minsk-moskovsky-district", "by-brest-moskovsky-district"]
    static let surazh = ["by-surazh", "ru-surazh"]

    func testOneOptionIsTheAnswer() throws {
        XCTAssertEqual(try choose(["by-vitebsk"], context: []), "by-vitebsk")
        XCTAssertEqual(try choose(["by-vitebsk"], context: ["ru-smolensk"]), "by-vitebsk")
    }

    func testWithoutContextTheFirstOption() throws {
        XCTAssertEqual(try choose(Self.moskovsky, context: []), "by-minsk-moskovsky-district")
        XCTAssertEqual(try choose(Self.moskovsky.reversed(), context: []), "by-brest-moskovsky-district")
        // Context that says nothing about either leaves the first.
        XCTAssertEqual(try choose(Self.moskovsky.reversed(), context: ["ru-smolensk", "cn"]), "by-brest-moskovsky-district")
    }

    func testANamedAncestorDecides() throws {
        XCTAssertEqual(try choose(Self.moskovsky, context: ["by-minsk"]), "by-minsk-moskovsky-district")
        XCTAssertEqual(try choose(Self.moskovsky, context: ["by-brest"]), "by-brest-moskovsky-district")
        XCTAssertEqual(try choose(Self.surazh, context: ["by-vitebsk-district"]), "by-surazh")
        XCTAssertEqual(try choose(Self.surazh, context: ["ru-bryansk-region"]), "ru-surazh")
    }

    func testANamedCountryDecides() throws {
        XCTAssertEqual(try choose(Self.surazh, context: ["ru"]), "ru-surazh")
        XCTAssertEqual(try choose(Self.surazh.reversed(), context: ["by"]), "by-surazh")
    }

    func testSomethingNamedInsideAnOptionDecides() throws {
        // The administration of Minsk's Moscow district lies in it.
        XCTAssertEqual(try choose(Self.moskovsky.reversed(), context: ["by-minsk-moskovsky-administration"]), "by-minsk-moskovsky-district")
    }

    func testTheNearestContextWins() throws {
        XCTAssertEqual(try choose(Self.moskovsky, context: ["by-brest", "by-minsk"]), "by-brest-moskovsky-district")
        XCTAssertEqual(try choose(Self.moskovsky, context: ["by-minsk", "by-brest"]), "by-minsk-moskovsky-district")
        // At the same distance an ancestor beats a country.
        XCTAssertEqual(try choose(Self.surazh, context: ["by-vitebsk-district", "ru"]), "by-surazh")
        XCTAssertEqual(try choose(Self.surazh, context: ["ru", "by-vitebsk-district"]), "ru-surazh")
    }

    func testAnOptionInItsOwnContextDoesNotCount() throws {
        XCTAssertEqual(try choose(Self.moskovsky, context: ["by-brest-moskovsky-district", "by-brest"]), "by-brest-moskovsky-district")
        XCTAssertEqual(try choose(Self.moskovsky, context: ["by-minsk-moskovsky-district"]), "by-minsk-moskovsky-district")
    }
}
