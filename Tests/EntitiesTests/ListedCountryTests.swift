import XCTest
@testable import Entities

/// `ListedCountry`'s pieces on their own: what opens a list after a country's name, what may lead to its
/// first body, and what separates the next ones. (Lists at work: UnknownPlacementTests.)
final class ListedCountryTests: XCTestCase {
    func testWhatOpensAListAfterACountrysName() {
        XCTAssertEqual(ListedCountry.nameOpener(Tokenizer.tokenize(": ОАО"), from: 0), 1)
        XCTAssertEqual(ListedCountry.nameOpener(Tokenizer.tokenize("во главе с директором"), from: 0), 3)
        XCTAssertNil(ListedCountry.nameOpener(Tokenizer.tokenize("и ОАО"), from: 0))
        XCTAssertNil(ListedCountry.nameOpener(Tokenizer.tokenize("во главе"), from: 0))
        XCTAssertNil(ListedCountry.nameOpener([], from: 0))
    }

    func testWhatMayLeadToTheFirstBody() {
        let lead = { (text: String) -> Bool in
            let tokens = Tokenizer.tokenize(text)
            return ListedCountry.leadsIn(tokens, 0..<tokens.count)
        }
        XCTAssertTrue(lead(""))
        XCTAssertTrue(lead("представители"))
        XCTAssertTrue(lead("— владельцем компании"))
        XCTAssertFalse(lead("а также многих других"), "more than three words")
        XCTAssertFalse(lead("Министерства"), "a capitalized word is a name of its own")
        XCTAssertFalse(lead(", представители"))
    }

    func testWhatSeparatesTheNextBodies() {
        let separates = { (text: String) -> Bool in
            let tokens = Tokenizer.tokenize(text)
            return ListedCountry.separates(tokens, 0..<tokens.count)
        }
        for text in ["", ",", "и", ", а также", ") ("] { XCTAssertTrue(separates(text), text) }
        for text in [".", "гость", ", руководитель", "с"] { XCTAssertFalse(separates(text), text) }
    }
}
