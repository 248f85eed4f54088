import XCTest
@testable import Graph

/// `ChunkedTable`: appends and reads back, across chunk boundaries.
final class ChunkedTableTests: XCTestCase {
    func testEmpty() {
        XCTAssertEqual(ChunkedTable<Int>().count, 0)
    }

    func testOne() {
        var table = ChunkedTable<String>()
        table.append("a")
        XCTAssertEqual(table.count, 1)
        XCTAssertEqual(table[0], "a")
    }

    func testManyAcrossChunks() {
        var table = ChunkedTable<Int>()
        let count = 3 * (1 << 14) + 5
        for value in 0..<count { table.append(value * 7) }
        XCTAssertEqual(table.count, count)
        for index in [0, (1 << 14) - 1, 1 << 14, (1 << 14) + 1, 2 * (1 << 14), count - 1] {
            XCTAssertEqual(table[index], index * 7, "\(index)")
        }
        XCTAssertEqual((0..<count).reduce(0) { $0 + table[$1] }, 7 * count * (count - 1) / 2)
    }
}
