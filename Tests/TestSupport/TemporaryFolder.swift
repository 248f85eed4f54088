import Foundation

/// A folder of a test's own in the temporary directory, removed when the value is released: where a
/// test writes its inputs and outputs.
///
/// ```swift
/// let folder = try TemporaryFolder("linkgraph-out")
/// let report = try folder.write("r.txt", "…")   // its path
/// ```
public final class TemporaryFolder {
    public let url: URL

    public init(_ prefix: String = "linkgraph-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` in the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` in the folder; its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// The names in the folder, sorted.
    public func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
}
