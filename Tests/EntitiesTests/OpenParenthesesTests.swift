import XCTest
@testable import Entities

/// `OpenParentheses`: how many parentheses are open before each token, read once in order.
final class OpenParenthesesTests: XCTestCase {
    func testNoParentheses() {
        var parentheses = OpenParentheses()
        XCTAssertEqual(parentheses.depth(before: 0, in: []), 0)
        let tokens = Tokenizer.tokenize("митинг в Рудне")
        XCTAssertEqual(parentheses.depth(before: tokens.count, in: tokens), 0)
    }

    func testInsideAndAfter() {
        // митинг ( г . Рудня ) и Микулино
        let tokens = Tokenizer.tokenize("митинг (г. Рудня) и Микулино")
        var parentheses = OpenParentheses()
        XCTAssertEqual(parentheses.depth(before: 0, in: tokens), 0)
        XCTAssertEqual(parentheses.depth(before: 2, in: tokens), 1, "г. is inside")
        XCTAssertEqual(parentheses.depth(before: 4, in: tokens), 1, "Рудня is inside")
        XCTAssertEqual(parentheses.depth(before: 6, in: tokens), 0, "и is after")
    }

    func testNestedAndUnbalanced() {
        let tokens = Tokenizer.tokenize(") а (б (в) г) д")
        var parentheses = OpenParentheses()
        XCTAssertEqual(parentheses.depth(before: 1, in: tokens), 0, "a stray closing parenthesis is ignored")
        XCTAssertEqual(parentheses.depth(before: 5, in: tokens), 2, "в")
        XCTAssertEqual(parentheses.depth(before: 7, in: tokens), 1, "г")
        XCTAssertEqual(parentheses.depth(before: 9, in: tokens), 0, "д")
    }
}
