import Foundation

/// Progress of a long run on standard error — files done, MB/s, time left — when standard error is a
/// terminal; silent otherwise (a pipe, a file, a test), so that logs and scripts see only messages.
///
/// The line appears once a run has taken a second (`LINKGRAPH_PROGRESS_AFTER` seconds, when set), is
/// redrawn at most four times a second, and is erased when the run ends.
final class Progress {
    private let files: Int
    private let totalBytes: Int
    private let start = Date()
    private var done = 0, doneBytes = 0
    private var lastDrawn: TimeInterval = 0
    private var shown = false
    let isEnabled: Bool
    /// Seconds a run takes before the line first shows.
    private let delay: TimeInterval

    /// - Parameter sizes: the byte size of each input (0 when unknown).
    init(sizes: [Int], enabled: Bool = Progress.standardErrorIsTerminal) {
        files = sizes.count
        totalBytes = sizes.reduce(0, +)
        isEnabled = enabled
        delay = ProcessInfo.processInfo.environment["LINKGRAPH_PROGRESS_AFTER"].flatMap { TimeInterval($0) }.map { max(0, $0) } ?? 1
    }

    /// Standard error is a terminal that understands the line-erasing escape (not `TERM=dumb`).
    static var standardErrorIsTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// The byte sizes of files (0 for what is not a readable regular file, and for standard input).
    static func sizes(of paths: [String]) -> [Int] {
        paths.map { path in
            guard path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return 0 }
            return (attributes[.size] as? NSNumber)?.intValue ?? 0
        }
    }

    /// One more input is done.
    func advance(bytes: Int) {
        done += 1
        doneBytes += bytes
        guard isEnabled else { return }
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed >= delay, elapsed - lastDrawn >= 0.25 || done == files || !shown else { return }
        lastDrawn = elapsed
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line(elapsed: elapsed)).utf8))
        shown = true
    }

    /// "120/700 files, 18.3 MB of 100.0 MB, 21.4 MB/s, 4 s left"
    func line(elapsed: TimeInterval) -> String {
        let megabytes = Double(doneBytes) / 1_048_576, total = Double(totalBytes) / 1_048_576
        let rate = elapsed > 0 ? megabytes / elapsed : 0
        var text = "linkgraph: \(done)/\(files) files, " + String(format: "%.1f of %.1f MB, %.1f MB/s", megabytes, total, rate)
        if rate > 0, total > megabytes { text += ", \(Int(((total - megabytes) / rate).rounded(.up))) s left" }
        return text
    }

    /// Erases the progress line, if one was drawn.
    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
