import XCTest
@testable import Graph

/// `TextInterner`: equal texts come back as one stored string; different ones as themselves.
final class TextInternerTests: XCTestCase {
    private func storage(_ text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    func testEqualTextsShareOneString() {
        var interner = TextInterner()
        let first = interner.intern(String(repeating: "1 мая 2025 года ", count: 2))
        let again = String(repeating: "1 мая 2025 года ", count: 2)
        XCTAssertNotEqual(storage(first), storage(again), "two strings made apart")
        let kept = interner.intern(again)
        XCTAssertEqual(kept, again)
        XCTAssertEqual(storage(kept), storage(first), "the second is the first")
    }

    func testDifferentTextsStayThemselves() {
        var interner = TextInterner()
        let texts = ["", "a", "Встреча", "Встреча ", "соглашение о сотрудничестве"]
        XCTAssertEqual(texts.map { interner.intern($0) }, texts)
        XCTAssertEqual(texts.map { interner.intern($0) }, texts)
    }
}
