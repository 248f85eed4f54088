import Dispatch
import Foundation

/// Runs one piece of work per input over many inputs, on several threads, and hands the results over
/// in input order, so the output of a parallel run is identical to a one-thread run.
///
/// ```swift
/// let lengths = ReportBatch.map(["a.txt", "b.txt"], jobs: 2) { path in path.count }
/// try ReportBatch.forEach(paths, jobs: 2, work: { try? ReportReader.read(path: $0) }) { index, report in … }
/// try ReportBatch.stream(paths, jobs: 2, work: { path, emit in for line in lines(path) { try emit(line) } }) { index, line in … }
/// ```
/// - Complexity: O(n) calls of `work`, spread over `jobs` threads.
public enum ReportBatch {
    /// The number of cores, the default for `--jobs`.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// How many pieces of one input may wait for the consumer, unless the caller says: enough that a
    /// worker ahead of the consumer is seldom held up, few enough that they never weigh much.
    public static let waitingPieces = 64

    /// Work stopped because the consumer stopped (it threw, or the run is over).
    public struct Stopped: Error {}

    /// All results at once, in input order.
    public static func map<Input, Output>(_ inputs: [Input], jobs: Int, _ work: (Input) -> Output) -> [Output] {
        var results: [Output] = []
        results.reserveCapacity(inputs.count)
        withoutActuallyEscaping(work) { work in
            forEach(inputs, jobs: jobs, work: work) { _, output in results.append(output) }
        }
        return results
    }

    /// Streams the results: `consume` is called on the calling thread with each result in input order, as
    /// soon as it and all before it are ready, while the next inputs are being worked on. When `consume`
    /// throws, no new work starts, the work under way is dropped, and the error is rethrown.
    public static func forEach<Input, Output>(_ inputs: [Input], jobs: Int, work: (Input) -> Output,
                                              consume: (Int, Output) throws -> Void) rethrows {
        try withoutActuallyEscaping(work) { work in
            try stream(inputs, jobs: jobs, work: { input, emit in try emit(work(input)) }, consume: consume)
        }
    }

    /// Streams each input's output in pieces: `work` hands them to `emit` as it makes them, and `consume`
    /// is called on the calling thread with every piece, inputs in order and each input's pieces in
    /// order, while later inputs are being worked on. An input's output is never held whole: at most
    /// `waitingPieces` pieces of an input wait (its worker waits for the consumer beyond that) and at
    /// most `2 · jobs` inputs are under way, so memory stays bounded however large an input's output.
    ///
    /// With one job (or one input) `emit` calls `consume` directly. When `consume` throws, `emit`
    /// throws ``Stopped`` in every worker, no new work starts, and the error is rethrown.
    ///
    /// - Parameter weights: what each input weighs while it is worked on (its size in bytes); a new
    ///   input is started only while those under way weigh at most `budget` with it (one always may), so
    ///   a few large inputs are worked on one at a time and memory stays within that of the largest.
    /// - Parameter work: must not throw but what `emit` throws.
    public static func stream<Input, Piece>(_ inputs: [Input], jobs: Int, waitingPieces: Int = waitingPieces,
                                            weights: [Int]? = nil, budget: Int = .max,
                                            work: (Input, (Piece) throws -> Void) throws -> Void,
                                            consume: (Int, Piece) throws -> Void) rethrows {
        guard jobs > 1, inputs.count > 1 else {
            try withoutActuallyEscaping(consume) { consume in
                for (index, input) in inputs.enumerated() { try work(input) { try consume(index, $0) } }
            }
            return
        }
        try withoutActuallyEscaping(work) { work in
            let queues = PieceQueues<Piece>(count: inputs.count, window: 2 * jobs, limit: max(1, waitingPieces),
                                            weights: weights ?? Array(repeating: 0, count: inputs.count), budget: budget)
            let group = DispatchGroup()
            // The workers reach `work` through a box emptied before this scope ends: a dispatched block
            // is released after the group is told it is done, and must not hold `work` then.
            let shared = SharedWork(inputs: inputs, work: work, queues: queues)
            for _ in 0..<min(jobs, inputs.count) {
                DispatchQueue.global().async(group: group) { shared.run() }
            }
            defer {
                queues.stop()
                group.wait()
                shared.work = nil
            }
            for index in inputs.indices {
                while let piece = queues.take(index) { try consume(index, piece) }
            }
        }
    }
}

/// The pieces waiting for the consumer, per input, and the inputs' turns.
private final class PieceQueues<Piece>: @unchecked Sendable {
    private struct Queue {
        var pieces: [Piece] = []
        var first = 0
        var finished = false
        var waiting: Int { pieces.count - first }
    }

    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private let limit: Int
    private var next = 0
    /// The input the consumer is taking pieces of.
    private var current = 0
    private var stopped = false
    private var queues: [Int: Queue] = [:]
    private let weights: [Int]
    private let budget: Int
    /// What the inputs being worked on weigh.
    private var working = 0

    init(count: Int, window: Int, limit: Int, weights: [Int], budget: Int) {
        self.count = count
        self.window = window
        self.limit = limit
        self.weights = weights
        self.budget = budget
    }

    /// The next input to work on, once fewer than `window` are ahead of the consumer; nil when all are
    /// taken or the run stopped.
    func nextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && next < count && (next - current >= window || working > 0 && working + weights[next] > budget) {
            condition.wait()
        }
        guard !stopped, next < count else { return nil }
        working += weights[next]
        queues[next] = Queue()
        next += 1
        return next - 1
    }

    func emit(_ piece: Piece, at index: Int) throws {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && queues[index]!.waiting >= limit { condition.wait() }
        guard !stopped else { throw ReportBatch.Stopped() }
        queues[index]!.pieces.append(piece)
        condition.broadcast()
    }

    func finish(_ index: Int) {
        condition.lock()
        working -= weights[index]
        queues[index]?.finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next piece of input `index`, waiting for it; nil when the input is done (and then the next
    /// input's turn comes).
    func take(_ index: Int) -> Piece? {
        condition.lock()
        defer { condition.unlock() }
        current = index
        while queues[index]?.waiting == 0 && queues[index]?.finished == false || queues[index] == nil { condition.wait() }
        var queue = queues.removeValue(forKey: index)!
        guard queue.waiting > 0 else {
            condition.broadcast()
            return nil
        }
        let piece = queue.pieces[queue.first]
        queue.first += 1
        if queue.first > 64, queue.first * 2 > queue.pieces.count {
            queue.pieces.removeFirst(queue.first)
            queue.first = 0
        }
        queues[index] = queue
        condition.broadcast()
        return piece
    }

    func stop() {
        condition.lock()
        stopped = true
        queues = [:]
        condition.broadcast()
        condition.unlock()
    }
}

/// What the workers share: the inputs, the work (until the run is over) and the queues.
private final class SharedWork<Input, Piece>: @unchecked Sendable {
    let inputs: [Input]
    var work: ((Input, (Piece) throws -> Void) throws -> Void)?
    let queues: PieceQueues<Piece>

    init(inputs: [Input], work: @escaping (Input, (Piece) throws -> Void) throws -> Void, queues: PieceQueues<Piece>) {
        self.inputs = inputs
        self.work = work
        self.queues = queues
    }

    /// Works on inputs until none is left or the run stopped.
    func run() {
        guard let work else { return }
        while let index = queues.nextIndex() {
            do { try work(inputs[index]) { try queues.emit($0, at: index) } } catch {}
            queues.finish(index)
        }
    }
}
