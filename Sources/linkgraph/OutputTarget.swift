import Foundation

/// What `-o PATH` names, found before anything is written: the file that will really be written
/// (a symbolic link is followed to its target, as `cp` and editors do), and how.
///
/// ```swift
/// let target = try OutputTarget(path: "graph.dot")   // .file, .existingFile or .stream
/// ```
///
/// - Complexity: O(k) system calls for a chain of k symbolic links (at most 40, as the kernel allows).
struct OutputTarget {
    /// How the output reaches its target.
    enum Kind: Equatable {
        /// No file is there yet: a new one is made, with the usual mode (0666 less the umask).
        case newFile
        /// A regular file is there: it is replaced whole, keeping its mode and owner; one with other hard
        /// links is rewritten in place, so every link sees the new content.
        case existingFile(mode: mode_t, owner: uid_t, group: gid_t, links: Int)
        /// A device, a FIFO or a socket: written directly, with no temporary file.
        case stream
    }

    /// The path as the user gave it, for messages.
    let given: String
    /// The path written: `given` with its symbolic links followed.
    let resolved: String
    let kind: Kind

    init(path: String) throws {
        given = path
        resolved = try OutputTarget.followLinks(path)
        var info = stat()
        guard stat(resolved, &info) == 0 else {
            guard errno == ENOENT else { throw OutputError(path: path, reason: OutputSink.describe(errno)) }
            let folder = (resolved as NSString).deletingLastPathComponent
            var folderInfo = stat()
            guard stat(folder.isEmpty ? "." : folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
                throw OutputError(path: path, reason: "the folder \(folder) does not exist", hint: "create it first, or write elsewhere")
            }
            kind = .newFile
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw OutputError(path: path, reason: "it is a folder", hint: "give a file name after -o")
        case S_IFREG:
            guard access(resolved, W_OK) == 0 else {
                throw OutputError(path: path, reason: "the file is not writable (mode \(String(info.st_mode & 0o7777, radix: 8)))",
                                  hint: "change its mode, or write elsewhere")
            }
            kind = .existingFile(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid, links: Int(info.st_nlink))
        default:
            kind = .stream
        }
    }

    /// `path` with every symbolic link along its last component followed (a dangling link names the file
    /// to create).
    static func followLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw OutputError(path: path, reason: OutputSink.describe(errno)) }
            let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
        }
        throw OutputError(path: path, reason: "too many levels of symbolic links", hint: "check where the link points")
    }
}
