import Entities
import Foundation

/// Paths of the repository the tests run in.
enum TestPaths {
    /// The repository root: three levels above this file (Tests/EntitiesTests/TestSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) -> String { root.appendingPathComponent("Examples/\(name)").path }

    static var gazetteer: String { root.appendingPathComponent("Gazetteer").path }
}

/// The shipped gazetteer, loaded once for all tests.
enum TestGazetteer {
    nonisolated(unsafe) private static var loaded: Gazetteer?
    private static let lock = NSLock()

    static func shared() throws -> Gazetteer {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let gazetteer = try Gazetteer.load(directories: [TestPaths.gazetteer])
        loaded = gazetteer
        return gazetteer
    }
}
