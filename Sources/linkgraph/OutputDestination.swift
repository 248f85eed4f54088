import Foundation

/// Where a command's output goes: standard output, or a file written atomically (a temporary file
/// beside it, renamed over it only when complete, so a failed run leaves no half-written file). Either
/// way the output is written as it is produced (``open()``), and appears only when the run completes.
struct OutputDestination {
    let path: String?

    /// Checks the destination and opens a temporary file for the output.
    func open() throws -> OutputSink {
        guard let path, path != "-" else {
            let temporary = (NSTemporaryDirectory() as NSString)
                .appendingPathComponent("linkgraph-\(ProcessInfo.processInfo.processIdentifier)-\(OutputDestination.counter()).tmp")
            return try OutputSink(destination: nil, temporaryPath: temporary)
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
        return try OutputSink(destination: path, temporaryPath: temporary.path)
    }

    /// Writes `text` whole.
    func write(_ text: String) throws {
        let sink = try open()
        sink.write(text)
        try sink.commit()
    }

    nonisolated(unsafe) private static var opened = 0
    private static func counter() -> Int {
        opened += 1
        return opened
    }
}

/// The output file could not be written; exit status 4.
struct OutputError: Error {
    let path: String
    let reason: String
    var hint = "check that the folder exists and is writable"
}
