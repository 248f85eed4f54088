import Entities
import Foundation

/// Output written while it is produced, never half-visible: the bytes go to a temporary file — beside
/// the destination for `-o FILE`, in the temporary folder for standard output — which ``commit()``
/// renames over the destination (or copies to standard output) and ``discard()`` deletes. A run that
/// fails, or is interrupted, leaves neither a partial file nor partial standard output.
///
/// Writes are buffered (1 MB); the first write error is kept and reported by ``commit()``.
///
/// - Complexity: O(n) in the bytes written (twice for standard output: once to the file, once out).
final class OutputSink: DocumentSink {
    /// The destination as given (`nil`: standard output), for messages.
    let destination: String?
    let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var writeError: Int32?
    private var finished = false
    private static let bufferSize = 1 << 20

    /// Creates the temporary file. `destination` has been checked (its folder exists, it is no folder).
    init(destination: String?, temporaryPath: String) throws {
        self.destination = destination
        self.temporaryPath = temporaryPath
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw OutputError(path: destination ?? "standard output", reason: OutputSink.describe(errno))
        }
        buffer.reserveCapacity(OutputSink.bufferSize)
        InterruptCleanup.register(temporaryPath)
    }

    deinit {
        if !finished { discard() }
    }

    static func += (out: OutputSink, text: String) { out.write(text) }
    static func += (out: OutputSink, bytes: [UInt8]) { out.write(utf8: bytes) }

    func write(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    func write(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if buffer.count + bytes.count > OutputSink.bufferSize { flush() }
        if bytes.count >= OutputSink.bufferSize {
            writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard writeError == nil, var pointer = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, pointer, left)
            if written < 0 {
                if errno == EINTR { continue }
                writeError = errno
                return
            }
            pointer += written
            left -= written
        }
    }

    /// Puts the output in place: renames the file over the destination, or copies it to standard output.
    func commit() throws {
        flush()
        let failure = writeError ?? (close(descriptor) == 0 ? nil : errno)
        descriptor = -1
        finished = true
        defer { InterruptCleanup.unregister(temporaryPath) }
        if let failure {
            unlink(temporaryPath)
            throw OutputError(path: destination ?? "standard output", reason: OutputSink.describe(failure))
        }
        guard let destination else {
            defer { unlink(temporaryPath) }
            try copyToStandardOutput()
            return
        }
        // rename(2) puts the file in place atomically, replacing an existing one.
        guard rename(temporaryPath, destination) == 0 else {
            let reason = OutputSink.describe(errno)
            unlink(temporaryPath)
            throw OutputError(path: destination, reason: reason)
        }
    }

    /// Deletes the temporary file: nothing of this run's output is left.
    func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        finished = true
        unlink(temporaryPath)
        InterruptCleanup.unregister(temporaryPath)
    }

    private func copyToStandardOutput() throws {
        let input = open(temporaryPath, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw OutputError(path: "standard output", reason: OutputSink.describe(errno)) }
        defer { close(input) }
        var chunk = [UInt8](repeating: 0, count: OutputSink.bufferSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            while offset < count {
                let written = chunk.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress! + offset, count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError(path: "standard output", reason: OutputSink.describe(errno))
                }
                offset += written
            }
        }
    }

    static func describe(_ code: Int32) -> String {
        String(validatingCString: strerror(code)) ?? "error \(code)"
    }
}

/// Deletes the temporary output files of a run that is interrupted (SIGINT, SIGTERM, SIGHUP), then ends
/// it as the signal would have.
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
