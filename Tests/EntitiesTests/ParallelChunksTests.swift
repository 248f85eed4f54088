import XCTest
@testable import Entities

/// `ParallelChunks`: the ranges cover the indices once, in order, and the result does not depend on the
/// number of threads.
final class ParallelChunksTests: XCTestCase {
    func testNoWorkAndOneItem() {
        XCTAssertEqual(ParallelChunks.map(count: 0, jobs: 1) { $0 }, [0..<0])
        XCTAssertEqual(ParallelChunks.map(count: 0, jobs: 4) { $0 }, [0..<0])
        XCTAssertEqual(ParallelChunks.map(count: 1, jobs: 4) { $0 }, [0..<1])
        XCTAssertEqual(ParallelChunks.map(count: 5, jobs: 1) { $0 }, [0..<5], "one job: one range, on this thread")
    }

    func testRangesCoverEveryIndexOnceInOrder() {
        for count in [2, 3, 31, 1000] {
            for jobs in [2, 3, 8] {
                let ranges = ParallelChunks.map(count: count, jobs: jobs) { $0 }
                XCTAssertEqual(ranges.first?.lowerBound, 0)
                XCTAssertEqual(ranges.last?.upperBound, count)
                for (a, b) in zip(ranges, ranges.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound) }
                XCTAssertTrue(ranges.allSatisfy { !$0.isEmpty })
                XCTAssertLessThanOrEqual(ranges.count, jobs * ParallelChunks.chunksPerJob)
            }
        }
    }

    func testTheResultIsTheSameWithAnyNumberOfJobs() {
        let values = (0..<5000).map { ($0 * 7919) % 1009 }
        let serial = values.map { $0 * $0 }
        for jobs in [1, 2, 4, 16] {
            let parallel = ParallelChunks.map(count: values.count, jobs: jobs) { range in values[range].map { $0 * $0 } }.flatMap { $0 }
            XCTAssertEqual(parallel, serial)
        }
    }
}
