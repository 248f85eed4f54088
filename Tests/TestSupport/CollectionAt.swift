import XCTest

extension RandomAccessCollection where Index == Int {
    /// The element at `index`, or a test failure (not a crash) when there is none.
    public func at(_ index: Int, file: StaticString = #filePath, line: UInt = #line) throws -> Element {
        try XCTUnwrap(indices.contains(index) ? self[index] : nil, "no element \(index) of \(count)", file: file, line: line)
    }
}
