import Entities
import Foundation

/// Paths of the repository the tests run in.
enum TestPaths {
    static var root: URL { ExampleReports.repositoryRoot }

    static func example(_ name: String) -> String { ExampleReports.examples.appendingPathComponent(name).path }

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

/// The organization name normalizer over the shipped gazetteer, made once for all tests.
enum TestNormalizer {
    private static let made = Locked<OrgNameNormalizer?>(nil)

    static func shared() throws -> OrgNameNormalizer {
        if let ready = made.withLock({ $0 }) { return ready }
        let normalizer = OrgNameNormalizer(gazetteer: try TestGazetteer.shared())
        made.withLock { $0 = normalizer }
        return normalizer
    }
}
