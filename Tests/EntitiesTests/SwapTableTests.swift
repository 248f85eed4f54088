import XCTest
@testable import Entities

/// `SwapTable`: a name's variants with the lexicon's abbreviations swapped for their full forms and back,
/// the same over pattern tokens with their strings and over the name index's plain match tokens.
final class SwapTableTests: XCTestCase {
    private let vocabulary = Vocabulary()
    private let lexicon = [("СШ", "средняя школа"), ("ГУО", "государственное учреждение образования"), ("г.", "город")]

    private func tokens(_ text: String) -> [NameIndex.PatternToken] { NameIndex.patternTokens(text, vocabulary: vocabulary) }

    private func spelled(_ tokens: [MatchToken]) -> String {
        tokens.map { vocabulary.word($0.foldedID) }.joined(separator: " ")
    }

    func testVariantsSwapEachWayInLexiconOrder() {
        let swaps = SwapTable<MatchToken>(lexicon.map { (short: tokens($0.0).map(MatchToken.init), long: tokens($0.1).map(MatchToken.init)) })
        let name = tokens("ГУО «Средняя школа № 5 г. Энска»").map(MatchToken.init)
        XCTAssertEqual(swaps.variants(of: name).map(spelled), [
            "гуо сш № 5 г энска",
            "государственное учреждение образования средняя школа № 5 г энска",
            "гуо средняя школа № 5 г энска",  // "город" → "г." finds "г." by its key: the name again
            "гуо средняя школа № 5 город энска",
        ])
        XCTAssertEqual(swaps.variants(of: tokens("Энск").map(MatchToken.init)).count, 0)
    }

    func testBothKindsOfTokenGiveTheSameVariants() {
        let swaps = lexicon.map { (short: tokens($0.0), long: tokens($0.1)) }
        let withStrings = SwapTable<NameIndex.PatternToken>(swaps)
        let plain = SwapTable<MatchToken>(swaps.map { ($0.short.map(MatchToken.init), $0.long.map(MatchToken.init)) })
        for text in ["СШ № 1 г. Энска", "Средняя школа № 2 средняя школа", "ГУО СШ", "г. г. г."] {
            let name = tokens(text)
            XCTAssertEqual(withStrings.variants(of: name).map { $0.map(\.foldedID!) }, plain.variants(of: name.map(MatchToken.init)).map { $0.map(\.foldedID) },
                           text)
        }
    }

    func testAtMostEightVariants() {
        let swaps = SwapTable<MatchToken>([(short: tokens("г.").map(MatchToken.init), long: tokens("город").map(MatchToken.init))])
        let name = tokens(Array(repeating: "г.", count: 12).joined(separator: " ")).map(MatchToken.init)
        XCTAssertEqual(swaps.variants(of: name).count, 12, "one direction gives all its places before the limit is checked")
        let two = SwapTable<MatchToken>([(short: tokens("г.").map(MatchToken.init), long: tokens("город").map(MatchToken.init)),
                                         (short: tokens("СШ").map(MatchToken.init), long: tokens("средняя школа").map(MatchToken.init))])
        XCTAssertEqual(two.variants(of: name + tokens("СШ").map(MatchToken.init)).count, 12, "no swap after the limit")
    }
}
