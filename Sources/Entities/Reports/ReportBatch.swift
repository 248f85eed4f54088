import Dispatch
import Foundation

/// Runs one piece of work per input over many inputs, on several threads, and returns the results in
/// input order, so the output of a parallel run is identical to a one-thread run.
///
/// ```swift
/// let lengths = ReportBatch.map(["a.txt", "b.txt"], jobs: 2) { path in path.count }
/// ```
/// - Complexity: O(n) calls of `work`, spread over `jobs` threads.
public enum ReportBatch {
    /// The number of cores, the default for `--jobs`.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public static func map<Input, Output>(_ inputs: [Input], jobs: Int, _ work: (Input) -> Output) -> [Output] {
        guard jobs > 1, inputs.count > 1 else { return inputs.map(work) }
        var results = [Output?](repeating: nil, count: inputs.count)
        let lock = NSLock()
        var next = 0
        withoutActuallyEscaping(work) { work in
            DispatchQueue.concurrentPerform(iterations: min(jobs, inputs.count)) { _ in
                while true {
                    lock.lock()
                    let index = next
                    next += 1
                    lock.unlock()
                    guard index < inputs.count else { return }
                    let result = work(inputs[index])
                    lock.lock()
                    results[index] = result
                    lock.unlock()
                }
            }
        }
        return results.map { $0! }
    }
}
