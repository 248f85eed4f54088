import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the bytes of one input, up to a limit, whatever it is: a regular file, whose size is checked
/// before anything is read, or a stream — standard input (`-`), a pipe, a FIFO, `/dev/stdin`, a process
/// substitution (`<(…)`), a character device — read in chunks and refused as soon as it passes the limit.
///
/// ```swift
/// let bytes = try InputFile.read("Examples/smolensk-municipal-2023-q4.txt", limit: 256 << 20)
/// ```
/// - Complexity: O(n) in the bytes read; memory: a regular file's size, or for a stream at most the
///   limit (its buffer grows by doubling, so up to twice what was read for a moment), plus one chunk.
public enum InputFile {
    /// The size of one read from a stream.
    static let chunkBytes = 1 << 20

    /// The bytes of `path`, or of standard input for `-`.
    /// - Throws: an ``InputError`` naming `path`: no such file, a folder, not readable, or over `limit` bytes.
    public static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let standardInput = path == "-"
        let (descriptor, status) = try openForReading(path)
        defer { if !standardInput { close(descriptor) } }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw InputError(file: path, message: "this is a folder, not a file", hint: "name the report files in it, e.g. \(path)/*.txt")
        case S_IFREG:
            let size = Int(status.st_size)
            guard size <= limit else { throw tooLarge(path, limit: limit, stream: false) }
            return try readAll(descriptor, path: path, limit: limit, expected: size, stream: false)
        case S_IFSOCK:
            throw InputError(file: path, message: "this is a socket, not a file or a stream", hint: "give a report as .txt or .docx")
        default:
            return try readAll(descriptor, path: path, limit: limit, expected: 0, stream: true)
        }
    }

    /// Opens `path` (`-`: standard input) and tells what it is, or names why it cannot be read.
    private static func openForReading(_ path: String) throws -> (descriptor: Int32, status: stat) {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(path, errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            if path != "-" { close(descriptor) }
            throw readError(path, code)
        }
        return (descriptor, status)
    }

    /// The text of a regular file that is UTF-8 without a byte-order mark or NUL bytes — nearly every
    /// report — read straight into a string, so that its bytes are never held a second time beside the
    /// text; nil for anything else (a stream, another encoding, a Word file, no file), which
    /// ``read(_:limit:)`` and ``SourceText`` read (or name the error of) instead.
    /// - Complexity: O(n) in the size of the file; no memory but the string's.
    public static func readUTF8Text(_ path: String, limit: Int) throws -> String? {
        // Only a regular file is opened here: opening a FIFO would wait for its writer, and what it
        // wrote would be lost to the reader that takes it then.
        var pathStatus = stat()
        guard path != "-", stat(path, &pathStatus) == 0, pathStatus.st_mode & S_IFMT == S_IFREG else { return nil }
        let (descriptor, status) = try openForReading(path)
        defer { close(descriptor) }
        guard status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard size <= limit else { throw tooLarge(path, limit: limit, stream: false) }
        var failure: Int32?
        var isUTF8 = true
        let text = String(unsafeUninitializedCapacity: size) { buffer in
            var count = 0
            while count < size {
                let got = systemRead(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return 0
                }
                if got == 0 { break }
                count += got
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<count])
            // A file that grew while read, a BOM, NUL bytes or bytes that are not UTF-8: read it as bytes.
            var probe: UInt8 = 0
            if count == size, systemRead(descriptor, &probe, 1) > 0 { isUTF8 = false }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || memchr(bytes.baseAddress!, 0, count) != nil { isUTF8 = false }
            return isUTF8 ? count : 0
        }
        if let failure { throw readError(path, failure) }
        // The string validated the bytes and replaced what is not UTF-8 with U+FFFD: a text holding one is
        // left to the bytes reader, which tells a bad byte from a U+FFFD that was there.
        guard isUTF8, !containsReplacementCharacter(text) else { return nil }
        return text
    }

    /// Whether `text` holds U+FFFD (bytes EF BF BD; EF leads no Cyrillic letter, so it is rare).
    private static func containsReplacementCharacter(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            while from < bytes.count, let found = memchr(base + from, 0xEF, bytes.count - from) {
                let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD { return true }
                from = index + 1
            }
            return false
        }
    }

    /// Reads to the end in chunks, refusing more than `limit` bytes (a regular file may grow while it is
    /// read). A regular file's buffer is allocated once at its size; a stream's grows by doubling.
    private static func readAll(_ descriptor: Int32, path: String, limit: Int, expected: Int, stream: Bool) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(stream ? min(limit, chunkBytes) : expected + 1)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let got = systemRead(descriptor, chunk.baseAddress!, chunkBytes)
            if got < 0 {
                if errno == EINTR { continue }
                throw readError(path, errno)
            }
            if got == 0 { return bytes }
            guard bytes.count + got <= limit else { throw tooLarge(path, limit: limit, stream: stream) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<got]))
        }
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    static func tooLarge(_ path: String, limit: Int, stream: Bool) -> InputError {
        let what = stream ? "the input goes on past" : "the file is larger than"
        return InputError(file: path, message: "\(what) \(megabytes(limit)) MB, the most linkgraph reads from one input",
                          hint: "split it into one file per report, or raise the limit with --max-input-mb or LINKGRAPH_MAX_INPUT_MB")
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20)" : String(format: "%.1f", Double(bytes) / 1_048_576)
    }

    static func openError(_ path: String, _ code: Int32) -> InputError {
        switch code {
        case ENOENT, ENOTDIR:
            return InputError(file: path, message: "no such file", hint: "check the path")
        case EACCES, EPERM:
            return InputError(file: path, message: "the file cannot be read", hint: "check its permissions")
        case ENXIO:
            return InputError(file: path, message: "this is not a file or a stream that can be read (a socket, or a device with nothing behind it)",
                              hint: "give a report as .txt or .docx")
        default:
            return readError(path, code)
        }
    }

    static func readError(_ path: String, _ code: Int32) -> InputError {
        InputError(file: path, message: "the input cannot be read: \(String(cString: strerror(code)))", hint: "check the path and its permissions")
    }
}
