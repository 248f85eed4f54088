import XCTest
@testable import Entities

/// `UnitConstraints`: the hard constraints on ids say what the comparer says on names.
final class UnitConstraintsTests: XCTestCase {
    func testNoUnitsAndOneUnit() throws {
        _ = UnitConstraints([])
        let normalizer = try TestNormalizer.shared()
        let one = UnitConstraints([NameClusterer.Unit(name: normalizer.normalize("ООО «Зорька»"), entity: nil)])
        XCTAssertFalse(one.conflict(0, 0))
        XCTAssertEqual(one.entity(0), 0)
    }

    func testEntitiesAreNumberedAlike() throws {
        let normalizer = try TestNormalizer.shared()
        let name = normalizer.normalize("Гимназия № 1")
        let constraints = UnitConstraints([NameClusterer.Unit(name: name, entity: "b"), NameClusterer.Unit(name: name, entity: nil),
                                           NameClusterer.Unit(name: name, entity: "a"), NameClusterer.Unit(name: name, entity: "b")])
        XCTAssertEqual(constraints.entity(1), 0)
        XCTAssertNotEqual(constraints.entity(0), 0)
        XCTAssertEqual(constraints.entity(0), constraints.entity(3))
        XCTAssertNotEqual(constraints.entity(0), constraints.entity(2))
    }

    /// Every pair of names that differ in numbers, places, levels and legal forms, or agree.
    func testConflictsAgreeWithTheComparer() throws {
        let normalizer = try TestNormalizer.shared()
        let texts = ["СШ № 40", "Средняя школа № 40", "СШ № 4", "Гимназия № 4 г. Смоленска", "Гимназия № 4 г. Витебска", "Гимназия № 4",
                     "Витебский городской исполнительный комитет", "Витебский районный исполнительный комитет", "Исполнительный комитет",
                     "ООО «Пчелка»", "ГК «Пчелка»", "ОАО «Пчелка»", "Пчелка", "Школа № 4, 5", "Школа № 5, 4", "", "Народный коллектив"]
        let names = texts.map { normalizer.normalize($0) }
        let constraints = UnitConstraints(names.map { NameClusterer.Unit(name: $0, entity: nil) })
        let comparer = NameComparer()
        var conflicts = 0
        for i in names.indices {
            for j in names.indices {
                let expected = comparer.conflict(names[i], names[j]) != nil
                XCTAssertEqual(constraints.conflict(i, j), expected, "«\(texts[i])» / «\(texts[j])»")
                if expected { conflicts += 1 }
            }
        }
        XCTAssertGreaterThan(conflicts, 50)
        XCTAssertLessThan(conflicts, texts.count * texts.count)
    }
}
