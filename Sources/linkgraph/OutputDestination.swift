import Foundation

/// Where a command's output goes: standard output (streamed), or a file written atomically (see
/// ``OutputSink``), or a device or FIFO written directly.
struct OutputDestination {
    let path: String?

    var isStandardOutput: Bool { path == nil || path == "-" }

    /// Checks the destination and opens it for the output.
    func open() throws -> OutputSink {
        guard let path, !isStandardOutput else { return .standardOutput() }
        return try .file(OutputTarget(path: path))
    }

    /// Writes `text` whole.
    func write(_ text: String) throws {
        let sink = try open()
        sink.write(text)
        try sink.commit()
    }
}

/// The output could not be written; exit status 4.
struct OutputError: Error {
    let path: String
    let reason: String
    var hint = "check that the folder exists and is writable"
}
