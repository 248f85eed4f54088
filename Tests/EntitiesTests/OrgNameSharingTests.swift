import XCTest
@testable import Entities

/// `OrgNameSharing`: names come back equal, their like parts stored once.
final class OrgNameSharingTests: XCTestCase {
    func normalizer() throws -> OrgNameNormalizer { try TestNormalizer.shared() }

    /// The address of an array's storage.
    func storage(_ array: [String]) -> UnsafeRawPointer? {
        array.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }

    func testSharedNamesAreEqualToTheNamesMade() throws {
        let normalizer = try normalizer()
        var sharing = OrgNameSharing()
        let texts = ["Средняя школа № 40 г. Смоленска", "Средней школы № 40 г. Смоленска", "МБОУ «СШ № 40» г. Смоленска",
                     "Администрация города Смоленска", "Администрации Смоленской области", "Народный коллектив", "",
                     "Витебский областной исполнительный комитет", "Средняя школа № 40 г. Смоленска"]
        for text in texts {
            let made = normalizer.normalize(text, contextPlace: "ru-smolensk")
            let shared = sharing.share(made)
            XCTAssertEqual(shared, made, "«\(text)»")
            XCTAssertEqual(shared.key, made.key, "«\(text)»")
        }
    }

    func testLikePartsAreStoredOnce() throws {
        let normalizer = try normalizer()
        var sharing = OrgNameSharing()
        let first = sharing.share(normalizer.normalize("Средняя общеобразовательная школа № 40 г. Смоленска"))
        let second = sharing.share(normalizer.normalize("Средней общеобразовательной школы № 40 г. Смоленска"))
        let word = first.words.firstIndex { $0.text.hasPrefix("общеобразовательн") }
        let other = second.words.firstIndex { $0.text.hasPrefix("общеобразовательн") }
        guard let word, let other else { return XCTFail("no word общеобразовательн… in «\(first.text)» or «\(second.text)»") }
        XCTAssertEqual(first.words[word].keys, second.words[other].keys)
        XCTAssertEqual(storage(first.words[word].keys), storage(second.words[other].keys), "one list of keys")
        XCTAssertEqual(first.places, ["ru-smolensk"])
        XCTAssertEqual(storage(first.places), storage(second.places), "one list of places")
        XCTAssertEqual(first.placeClosure, second.placeClosure)
        XCTAssertFalse(first.placeClosure.isEmpty)
    }

    func testPartsEqualOnlyUpToNormalFormStayApart() {
        var sharing = OrgNameSharing()
        let composed = "й", decomposed = "и\u{0306}"
        XCTAssertEqual(composed, decomposed, "Swift compares them equal")
        var name = OrgName(text: "x", legalForm: nil, legalFamily: nil, legalFormCountry: nil, words: [], numbers: [], places: [composed],
                           placeClosure: [composed], placesFromContext: false, levels: [], notes: [], isNominative: false,
                           writtenLength: 0, abbreviationCount: 0)
        _ = sharing.share(name)
        name.places = [decomposed]
        let shared = sharing.share(name)
        XCTAssertEqual(Array(shared.places[0].utf8), Array(decomposed.utf8), "the bytes are kept")
    }
}
