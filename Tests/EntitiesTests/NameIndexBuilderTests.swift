import XCTest
@testable import Entities

/// `NameIndexBuilder`: names go into flat arrays as the index's match tokens; a name written twice is one
/// pattern, a variant gives way to a written name, and only ambiguous entities share a written name.
final class NameIndexBuilderTests: XCTestCase {
    private func entity(_ id: String, ambiguous: Bool = false, line: Int) -> Entity {
        var entity = Entity(id: id, kind: .city, name: id)
        entity.isAmbiguous = ambiguous
        entity.origin = "g.txt:\(line)"
        return entity
    }

    /// Adds `name` as `builder.add` does.
    private func add(_ name: String, _ entity: Int, to builder: inout NameIndexBuilder, isFormer: Bool = false, explicit: Bool = true) throws {
        let tokens = builder.tokens(of: name)
        try builder.add(tokens, entity: entity, isFormer: isFormer, explicit: explicit, name: name)
    }

    func testTokensAreThePatternTokensReduced() {
        let names = ["ГУО «Гимназия № 7 г. Гродно»", "Санкт-Петербург", "р-н", "г.п. Сураж", "Горисполком (Витебск)", "ДК"]
        let one = Vocabulary(), other = Vocabulary()
        var builder = NameIndexBuilder(vocabulary: one, entities: [])
        for name in names {
            let expected = NameIndex.patternTokens(name, vocabulary: other).map(MatchToken.init)
            let tokens = builder.tokens(of: name)
            XCTAssertEqual(tokens.count, expected.count, name)
            for (token, wanted) in zip(tokens, expected) {
                XCTAssertEqual(token.kind, wanted.kind, name)
                XCTAssertEqual(token.foldedID, wanted.foldedID, name)
                XCTAssertEqual(token.keyIDs, wanted.keyIDs, name)
                XCTAssertEqual(token.classes, wanted.classes, name)
                XCTAssertEqual(token.isCapitalized, wanted.isCapitalized, name)
                XCTAssertEqual(token.isAllCaps, wanted.isAllCaps, name)
                XCTAssertEqual(token.length, wanted.length, name)
                XCTAssertEqual(token.consonantNoun, wanted.consonantNoun, name)
            }
        }
        XCTAssertEqual(one.count, other.count, "the same words interned, in the same order")
        for id in 0..<one.count { XCTAssertEqual(one.word(Vocabulary.ID(id)), other.word(Vocabulary.ID(id))) }
    }

    func testTheSameNameTwiceIsOnePattern() throws {
        var builder = NameIndexBuilder(vocabulary: Vocabulary(), entities: [entity("zz-a", line: 1)])
        try add("Энск", 0, to: &builder, isFormer: false, explicit: true)
        try add("ЭНСК", 0, to: &builder, isFormer: true, explicit: true)
        try add("Энска", 0, to: &builder, isFormer: true, explicit: true)
        XCTAssertEqual(builder.count, 2, "the same spelling after folding is one name; another spelling is another")
        XCTAssertEqual(builder.isFormer, [false, true])
        XCTAssertEqual(builder.owners(of: 0), [0])
    }

    func testAWrittenNameTakesTheVariantsPlace() throws {
        var builder = NameIndexBuilder(vocabulary: Vocabulary(), entities: [entity("zz-a", line: 1), entity("zz-b", line: 5)])
        try add("СШ № 1", 0, to: &builder, isFormer: false, explicit: false)
        try add("СШ № 1", 1, to: &builder, isFormer: true, explicit: true)
        XCTAssertEqual(builder.count, 1)
        XCTAssertEqual(builder.owners(of: 0), [1])
        XCTAssertEqual(builder.isVariant, [false])
        XCTAssertEqual(builder.isFormer, [true])
        // A variant never takes a written name's place.
        try add("СШ № 1", 0, to: &builder, isFormer: false, explicit: false)
        XCTAssertEqual(builder.owners(of: 0), [1])
    }

    func testOnlyAmbiguousEntitiesShareAName() throws {
        let entities = [entity("zz-a", ambiguous: true, line: 1), entity("zz-b", ambiguous: true, line: 4), entity("zz-c", line: 9)]
        var builder = NameIndexBuilder(vocabulary: Vocabulary(), entities: entities)
        try add("Сураж", 0, to: &builder, isFormer: false, explicit: true)
        try add("Сураж", 1, to: &builder, isFormer: false, explicit: true)
        XCTAssertEqual(builder.owners(of: 0), [0, 1])
        let error = inputError { try add("Сураж", 2, to: &builder, isFormer: false, explicit: true) }
        XCTAssertEqual(error?.file, "g.txt")
        XCTAssertEqual(error?.line, 9)
        XCTAssertEqual(error?.message, "the name 'Сураж' of 'zz-c' also names 'zz-a' (g.txt:1)")
    }

    func testCompiledRowsKeepTheOrderAdded() throws {
        let entities = (0..<4).map { entity("zz-\($0)", line: $0 + 1) }
        let vocabulary = Vocabulary()
        var builder = NameIndexBuilder(vocabulary: vocabulary, entities: entities)
        for (position, name) in ["Витебский район", "Минск", "Витебск", "Витебская область"].enumerated() {
            try add(name, position, to: &builder)
        }
        let compiled = builder.compiled()
        XCTAssertEqual(compiled.patterns.count, 4)
        XCTAssertEqual(compiled.entities, [0, 1, 2, 3])
        let key = Int(try XCTUnwrap(vocabulary.id(of: "витебск")))
        let row = compiled.entries[Int(compiled.firstKeyStarts[key])..<Int(compiled.firstKeyStarts[key + 1])].map(\.pattern)
        XCTAssertEqual(row, [0, 2, 3])
        XCTAssertEqual(compiled.splitRowOf.count, compiled.firstKeyStarts.count - 1)
    }
}
