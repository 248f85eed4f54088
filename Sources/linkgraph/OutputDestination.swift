import Foundation

/// Where a command's output goes: standard output, or a file written atomically (a temporary file
/// beside it, renamed over it only when complete, so a failed run leaves no half-written file).
struct OutputDestination {
    let path: String?

    func write(_ text: String) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: path, reason: "the folder \(directory.path) does not exist", hint: "create it first, or write elsewhere")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(path: path, reason: "it is a folder", hint: "give a file name after -o")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) puts the file in place atomically, replacing an existing one. (FileManager's
            // replaceItemAt, on Linux, moved the existing file onto the temporary one and lost both.)
            guard rename(temporary.path, url.path) == 0 else {
                throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, reason: OutputError.describe(error))
        }
    }
}

/// The output file could not be written; exit status 4.
struct OutputError: Error {
    let path: String
    let reason: String
    var hint = "check that the folder exists and is writable"

    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain, let text = String(validatingCString: strerror(Int32(nsError.code))) {
            return text
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, let text = String(validatingCString: strerror(Int32(underlying.code))), underlying.domain == NSPOSIXErrorDomain {
            return text
        }
        switch nsError.code {
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "the disk is full"
        case NSFileNoSuchFileError, NSFileWriteFileExistsError: return "the path cannot be written"
        default: return nsError.localizedDescription
        }
    }
}
