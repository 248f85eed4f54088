import Dispatch
import Foundation

/// Runs one piece of work per input over many inputs, on several threads, and hands the results over
/// in input order, so the output of a parallel run is identical to a one-thread run.
///
/// ```swift
/// let lengths = ReportBatch.map(["a.txt", "b.txt"], jobs: 2) { path in path.count }
/// try ReportBatch.forEach(paths, jobs: 2, work: { try? ReportReader.read(path: $0) }) { index, report in … }
/// ```
/// - Complexity: O(n) calls of `work`, spread over `jobs` threads.
public enum ReportBatch {
    /// The number of cores, the default for `--jobs`.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

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
    /// soon as it and all before it are ready, while the next inputs are being worked on. At most
    /// `2 · jobs` results wait at a time, so memory stays bounded however many inputs there are. When
    /// `consume` throws, no new work starts, the work under way is finished and dropped, and the error
    /// is rethrown.
    /// - Complexity: O(n) calls of `work` on `jobs` threads (none extra for one job) and of `consume`.
    public static func forEach<Input, Output>(_ inputs: [Input], jobs: Int, work: (Input) -> Output,
                                              consume: (Int, Output) throws -> Void) rethrows {
        guard jobs > 1, inputs.count > 1 else {
            for (index, input) in inputs.enumerated() { try consume(index, work(input)) }
            return
        }
        try withoutActuallyEscaping(work) { work in
            let pipeline = OrderedPipeline<Output>(count: inputs.count, window: 2 * jobs)
            let group = DispatchGroup()
            let workers = min(jobs, inputs.count)
            let box = UnsafeSendable(value: (inputs, work, pipeline))
            for _ in 0..<workers {
                DispatchQueue.global().async(group: group) {
                    let (inputs, work, pipeline) = box.value
                    while let index = pipeline.nextIndex() {
                        pipeline.deliver(work(inputs[index]), at: index)
                    }
                }
            }
            defer {
                pipeline.stop()
                group.wait()
            }
            for index in inputs.indices {
                try consume(index, pipeline.take(index))
            }
        }
    }
}

/// The shared state of ``ReportBatch/forEach(_:jobs:work:consume:)``: which input is next, and the
/// results waiting to be taken in order.
private final class OrderedPipeline<Output>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var taken = 0
    private var stopped = false
    private var ready: [Int: Output] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next input to work on, waiting while `window` results are ahead of the consumer; nil when
    /// there is none left or the run stopped.
    func nextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && next < count && next - taken >= window { condition.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ output: Output, at index: Int) {
        condition.lock()
        if !stopped { ready[index] = output }
        condition.broadcast()
        condition.unlock()
    }

    /// The result for `index`, waiting for it.
    func take(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index)!
    }

    func stop() {
        condition.lock()
        stopped = true
        ready = [:]
        condition.broadcast()
        condition.unlock()
    }
}

/// A value handed to another thread that the caller vouches is safe to share.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
}
