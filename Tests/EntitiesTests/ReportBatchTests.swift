import Foundation
import XCTest
@testable import Entities

/// `ReportBatch`: results and pieces in input order for any number of jobs, a bounded number of
/// pieces waiting, and a consumer that stops the workers.
final class ReportBatchTests: XCTestCase {
    func testMapKeepsInputOrder() {
        for jobs in [1, 2, 4] {
            XCTAssertEqual(ReportBatch.map([Int](), jobs: jobs) { $0 * 2 }, [], "jobs \(jobs)")
            XCTAssertEqual(ReportBatch.map([5], jobs: jobs) { $0 * 2 }, [10], "jobs \(jobs)")
            XCTAssertEqual(ReportBatch.map(Array(0..<50), jobs: jobs) { $0 * 2 }, (0..<50).map { $0 * 2 }, "jobs \(jobs)")
        }
    }

    func testPiecesComeInOrderForAnyNumberOfJobs() throws {
        let inputs = Array(0..<9)
        for jobs in [1, 2, 3, 8] {
            var taken: [[Int]] = Array(repeating: [], count: inputs.count)
            var order: [Int] = []
            try ReportBatch.stream(inputs, jobs: jobs, work: { input, emit in
                for piece in 0..<(input * 10) { try emit(piece) }
            }) { index, piece in
                taken[index].append(piece)
                if order.last != index { order.append(index) }
            }
            XCTAssertEqual(taken, inputs.map { Array(0..<($0 * 10)) }, "jobs \(jobs)")
            XCTAssertEqual(order, Array(1..<9), "jobs \(jobs): input 0 has no pieces")
        }
    }

    func testWorkersAheadOfTheConsumerWaitOnceTheirPiecesWait() throws {
        let jobs = 2, perInput = 200
        let lock = NSLock()
        var outstanding = 0, most = 0
        try ReportBatch.stream(Array(0..<4), jobs: jobs, work: { _, emit in
            for piece in 0..<perInput {
                lock.lock(); outstanding += 1; most = max(most, outstanding); lock.unlock()
                try emit(piece)
            }
        }) { index, _ in
            if index == 0 { usleep(200) }   // a slow consumer of the first input: the others run ahead
            lock.lock(); outstanding -= 1; lock.unlock()
        }
        XCTAssertGreaterThanOrEqual(most, ReportBatch.waitingPieces, "the workers ran ahead of the consumer")
        XCTAssertLessThanOrEqual(most, 2 * jobs * (ReportBatch.waitingPieces + 1), "but only so far")
    }

    func testAConsumerThatThrowsStopsTheWorkers() {
        struct Enough: Error {}
        let lock = NSLock()
        var stopped = 0
        XCTAssertThrowsError(try ReportBatch.stream(Array(0..<3), jobs: 2, work: { _, emit in
            do {
                while true { try emit(1) }
            } catch let error as ReportBatch.Stopped {
                lock.lock(); stopped += 1; lock.unlock()
                throw error
            }
        }) { _, _ in throw Enough() }) { error in
            XCTAssertTrue(error is Enough)
        }
        XCTAssertGreaterThanOrEqual(stopped, 1, "endless work ended")
    }

    func testHeavyInputsAreWorkedOnOneAtATime() throws {
        func mostAtOnce(budget: Int) throws -> Int {
            let lock = NSLock()
            var working = 0, most = 0
            var taken: [Int] = []
            try ReportBatch.stream(Array(0..<4), jobs: 2, weights: [10, 10, 10, 10], budget: budget, work: { input, emit in
                lock.lock(); working += 1; most = max(most, working); lock.unlock()
                usleep(50_000)
                lock.lock(); working -= 1; lock.unlock()
                try emit(input)
            }) { _, piece in taken.append(piece) }
            XCTAssertEqual(taken, [0, 1, 2, 3], "budget \(budget)")
            return most
        }
        XCTAssertEqual(try mostAtOnce(budget: 15), 1)
        XCTAssertEqual(try mostAtOnce(budget: 20), 2)
    }
}
