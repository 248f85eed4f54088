import Foundation

/// What every harness checks: a function given any input either returns or throws an `InputError` that
/// names the input; anything else is a bug, reported by stopping (libFuzzer keeps the input).
enum Fuzz {
    /// The name inputs are read under.
    static let source = "fuzz-input"

    /// Runs `body`; an `InputError` must name `source` (and, when it gives a line, a positive one).
    static func expectReportOrInputError<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as InputError {
            guard error.file == source else { fatalError("an InputError that does not name the input: \(error)") }
            if let line = error.line, line < 1 { fatalError("an InputError with line \(line): \(error)") }
            guard !error.message.isEmpty else { fatalError("an InputError without a message") }
            return nil
        } catch {
            fatalError("not an InputError: \(error)")
        }
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    /// The shipped gazetteer, loaded once: the repository's `Gazetteer/`, or `$LINKGRAPH_GAZETTEER`.
    static let gazetteer: Gazetteer = {
        let folder = ProcessInfo.processInfo.environment["LINKGRAPH_GAZETTEER"] ?? "Gazetteer"
        do { return try Gazetteer.load(directories: [folder]) } catch { fatalError("cannot load the gazetteer \(folder): \(error)") }
    }()
}
