import Foundation

/// Deletes the temporary output files of a run that is interrupted (SIGINT, SIGTERM, SIGHUP), then ends
/// it as the signal would have.
///
/// - Complexity: O(1) per registration; the handler walks a fixed table of eight paths.
enum InterruptCleanup {
    /// Paths of the temporary files, as C strings the signal handler can use without allocating.
    nonisolated(unsafe) private static var paths: [UnsafeMutablePointer<CChar>?] = Array(repeating: nil, count: 8)
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    static func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            installed = true
            for signal in [SIGINT, SIGTERM, SIGHUP] {
                Foundation.signal(signal) { number in
                    for path in InterruptCleanup.paths { if let path { unlink(path) } }
                    Foundation.signal(number, SIG_DFL)
                    raise(number)
                }
            }
        }
        if let free = paths.firstIndex(where: { $0 == nil }) { paths[free] = strdup(path) }
    }

    static func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        for index in paths.indices {
            if let stored = paths[index], String(cString: stored) == path {
                paths[index] = nil
                free(stored)
            }
        }
    }
}
