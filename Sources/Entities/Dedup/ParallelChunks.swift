import Foundation

/// Work on the indices `0..<count`, cut into chunks and done on up to `jobs` threads, with the chunks'
/// results handed back in the order of the chunks: what the result holds does not depend on the threads.
///
/// ```swift
/// let sums = ParallelChunks.map(count: 1000, jobs: 2) { range in range.reduce(0, +) }
/// sums.reduce(0, +)   // 499500, with any number of jobs
/// ```
/// - Complexity: the work's own, spread over `jobs` threads; one lock taken per chunk.
enum ParallelChunks {
    /// How many chunks per thread: enough that a thread with slow chunks does not keep the others waiting.
    static let chunksPerJob = 16

    /// `body` on consecutive ranges covering `0..<count` (one range, on the calling thread, when `jobs` is
    /// 1 or there is little work), the results in range order.
    static func map<T>(count: Int, jobs: Int, _ body: (Range<Int>) -> T) -> [T] {
        let chunks = jobs <= 1 || count < 2 ? 1 : min(count, jobs * chunksPerJob)
        guard chunks > 1 else { return [body(0..<max(count, 0))] }
        var results = [T?](repeating: nil, count: chunks)
        let lock = NSLock()
        var next = 0
        results.withUnsafeMutableBufferPointer { buffer in
            let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: min(jobs, chunks)) { _ in
                while true {
                    lock.lock()
                    let chunk = next
                    next += 1
                    lock.unlock()
                    guard chunk < chunks else { return }
                    buffer[chunk] = body((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
                }
            }
        }
        return results.map { $0! }
    }
}
