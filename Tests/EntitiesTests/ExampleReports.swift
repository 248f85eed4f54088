import Foundation
import XCTest
@testable import Entities

/// The example reports shipped in `Examples/`, with what the README says about each, and helpers the
/// reader tests share.
enum ExampleReports {
    struct Example {
        let name: String
        let itemCount: Int
        let year: Int
        let quarter: Int
        let level: ReportLevel

        var path: String { ExampleReports.examples.appendingPathComponent(name + ".txt").path }
        var bytes: [UInt8] { get throws { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) } }
    }

    static let municipal2023Q4 = Example(name: "smolensk-municipal-2023-q4", itemCount: 31, year: 2023, quarter: 4, level: .municipal)
    static let municipal2024Q4 = Example(name: "smolensk-municipal-2024-q4", itemCount: 53, year: 2024, quarter: 4, level: .municipal)
    static let municipal2025Q1 = Example(name: "smolensk-municipal-2025-q1", itemCount: 33, year: 2025, quarter: 1, level: .municipal)
    static let regional2025Q2 = Example(name: "smolensk-regional-2025-q2", itemCount: 81, year: 2025, quarter: 2, level: .regional)

    static let all = [municipal2023Q4, municipal2024Q4, municipal2025Q1, regional2025Q2]

    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = repositoryRoot.appendingPathComponent("Examples")

    /// Reads an example through the public entry point, once per test run.
    static func read(_ example: Example) throws -> Report {
        if let cached = cache.withLock({ $0[example.name] }) { return cached }
        let report = try ReportReader.read(path: example.path)
        cache.withLock { $0[example.name] = report }
        return report
    }

    private static let cache = Locked<[String: Report]>([:])
}

/// A value behind a lock (tests may run on several threads).
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

extension Report {
    /// The item numbered `number`; fails the test when there is none.
    func item(_ number: Int, file: StaticString = #filePath, line: UInt = #line) throws -> ReportItem {
        try XCTUnwrap(items.first { $0.number == number }, "no item \(number) in \(source)", file: file, line: line)
    }
}

extension DateRange {
    /// A range from ISO dates, for expectations: `DateRange("2025-05-22", "2025-05-25", .day)`.
    init(_ start: String, _ end: String, _ precision: DatePrecision) {
        self.init(start: CalendarDate(iso: start)!, end: CalendarDate(iso: end)!, precision: precision)
    }
}

extension Array where Element == UInt8 {
    /// The UTF-8 text of `start..<end`, or a test failure (not a crash) when that is not a range of the bytes.
    func text(_ start: Int, _ end: Int, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let valid = 0 <= start && start <= end && end <= count
        _ = try XCTUnwrap(valid ? true : nil, "\(start)..<\(end) is not a range of \(count) bytes", file: file, line: line)
        return String(decoding: self[start..<end], as: UTF8.self)
    }
}
