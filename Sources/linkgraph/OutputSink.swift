import Entities
import Foundation

/// A command's output, written while it is produced (buffered, 1 MB at a time).
///
/// - Standard output is streamed. When its reader goes away (`linkgraph items big.txt | head`) the
///   run stops quietly, as `cat` does: ``readerClosed`` is set, and the run ends with ``OutputClosed``.
/// - A file (`-o FILE`) is never half-visible: the bytes go to a temporary file made beside it with
///   `mkstemp` (private until finished, then given the file's mode and owner), which ``commit()`` renames
///   over the file — or copies into it, for a file with other hard links — and ``discard()`` deletes,
///   as does an interrupting signal (``InterruptCleanup``).
/// - A device or FIFO is written directly: there is nothing to rename.
///
/// The first write error is kept and reported by ``commit()``.
///
/// - Complexity: O(n) in the bytes written (twice for a file rewritten in place).
final class OutputSink: DocumentSink {
    private enum Mode {
        case standardOutput
        case stream
        case temporary(path: String, target: OutputTarget)
    }

    /// The destination as given (`nil`: standard output), for messages.
    let destination: String?
    private let mode: Mode
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var writeError: Int32?
    private var finished = false
    private static let bufferSize = 1 << 20

    /// Set when standard output's reader has closed it: the run should stop.
    nonisolated(unsafe) static var readerClosed = false

    /// Standard output, streamed.
    static func standardOutput() -> OutputSink {
        OutputSink(destination: nil, mode: .standardOutput, descriptor: STDOUT_FILENO)
    }

    /// The file or stream `target` names.
    static func file(_ target: OutputTarget) throws -> OutputSink {
        if target.kind == .stream {
            let descriptor = open(target.resolved, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError(path: target.given, reason: describe(errno)) }
            return OutputSink(destination: target.given, mode: .stream, descriptor: descriptor)
        }
        let folder = (target.resolved as NSString).deletingLastPathComponent
        let name = (target.resolved as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "" : folder + "/") + ".\(name).linkgraph-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputError(path: target.given, reason: describe(errno)) }
        let path = String(cString: template)
        InterruptCleanup.register(path)
        switch target.kind {
        case .existingFile(let mode, let owner, let group, _):
            _ = fchmod(descriptor, mode)
            if owner != geteuid() || group != getegid() { _ = fchown(descriptor, owner, group) }
        default:
            let mask = umask(0)
            umask(mask)
            _ = fchmod(descriptor, 0o666 & ~mask)
        }
        return OutputSink(destination: target.given, mode: .temporary(path: path, target: target), descriptor: descriptor)
    }

    private init(destination: String?, mode: Mode, descriptor: Int32) {
        self.destination = destination
        self.mode = mode
        self.descriptor = descriptor
        buffer.reserveCapacity(OutputSink.bufferSize)
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
                if errno == EPIPE, case .standardOutput = mode { OutputSink.readerClosed = true }
                return
            }
            pointer += written
            left -= written
        }
    }

    /// Puts the output in place: flushes standard output or the stream; renames the temporary file over
    /// the target, or copies it into a target with other hard links.
    func commit() throws {
        flush()
        finished = true
        if OutputSink.readerClosed, case .standardOutput = mode { throw OutputClosed() }
        var failure = writeError
        switch mode {
        case .standardOutput:
            break
        case .stream:
            if close(descriptor) != 0, failure == nil { failure = errno }
        case .temporary(let path, let target):
            defer { InterruptCleanup.unregister(path) }
            if close(descriptor) != 0, failure == nil { failure = errno }
            if failure == nil {
                if case .existingFile(_, _, _, let links) = target.kind, links > 1 {
                    failure = OutputSink.copy(path, into: target.resolved)
                    unlink(path)
                } else if rename(path, target.resolved) != 0 {
                    failure = errno
                    unlink(path)
                }
            } else {
                unlink(path)
            }
        }
        descriptor = -1
        if let failure {
            throw OutputError(path: destination ?? "standard output", reason: OutputSink.describe(failure))
        }
    }

    /// Drops what is not yet written; a file's temporary copy is deleted, so nothing of this run is left.
    func discard() {
        finished = true
        buffer.removeAll()
        switch mode {
        case .standardOutput:
            break
        case .stream:
            if descriptor >= 0 { close(descriptor) }
        case .temporary(let path, _):
            if descriptor >= 0 { close(descriptor) }
            unlink(path)
            InterruptCleanup.unregister(path)
        }
        descriptor = -1
    }

    /// Copies the file at `source` into the existing file `target`, in place. Returns the error, if any.
    private static func copy(_ source: String, into target: String) -> Int32? {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return errno }
        defer { close(input) }
        let output = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard output >= 0 else { return errno }
        var chunk = [UInt8](repeating: 0, count: bufferSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { let code = errno; close(output); return code }
            if count == 0 { break }
            var offset = 0
            while offset < count {
                let written = chunk.withUnsafeBytes { Foundation.write(output, $0.baseAddress! + offset, count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    close(output)
                    return code
                }
                offset += written
            }
        }
        return close(output) == 0 ? nil : errno
    }

    static func describe(_ code: Int32) -> String {
        String(validatingCString: strerror(code)) ?? "error \(code)"
    }
}

/// Standard output's reader went away: the run stops quietly, as `cat` and `grep` do.
struct OutputClosed: Error {}
