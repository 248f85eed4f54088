import Foundation

/// Runs a program as a child process and measures it: wall time, CPU time and peak resident memory.
///
/// The memory figure comes from wait4's rusage, which on Linux carries over the peak of the process a
/// child was forked from: a child of this (large) process would report this process's peak. So the
/// program is started by a small helper — this executable again, with `--measure-child` — that spawns
/// it, waits for it and prints its figures.
struct ChildProcess {
    struct Result {
        var status: Int32
        var wall: Double
        var cpu: Double
        var peakResidentBytes: Int
        var standardError: String
    }

    static let helperFlag = "--measure-child"

    /// This executable's path.
    static let selfPath: String = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return length > 0 ? String(cString: buffer) : CommandLine.arguments[0]
    }()

    static func run(_ executable: String, _ arguments: [String], standardOutput: String = "/dev/null") throws -> Result {
        let scratch = NSTemporaryDirectory() + "linkgraph-benchmark-\(getpid())-\(UUID().uuidString)-"
        let figures = scratch + "figures", errors = scratch + "stderr"
        defer { unlink(figures); unlink(errors) }
        let helper = try spawnAndWait(selfPath, [helperFlag, standardOutput, errors, executable] + arguments,
                                      standardOutput: figures, standardError: "/dev/null")
        let numbers = ((try? String(contentsOfFile: figures, encoding: .utf8)) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        guard helper.status == 0, numbers.count == 4 else { throw BenchmarkError("cannot measure \(executable) (helper status \(helper.status))") }
        return Result(status: Int32(numbers[0]), wall: numbers[1], cpu: numbers[2], peakResidentBytes: Int(numbers[3]),
                      standardError: (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
    }

    /// Runs the program `times` times and keeps the fastest run (its CPU time with it; the peak memory
    /// is the largest of all runs). Stops at the first run that fails.
    static func best(of times: Int, _ executable: String, _ arguments: [String]) throws -> Result {
        var best: Result?
        var peak = 0
        for _ in 0..<max(1, times) {
            let result = try run(executable, arguments)
            peak = max(peak, result.peakResidentBytes)
            if result.status != 0 { return result }
            if best == nil || result.wall < best!.wall { best = result }
        }
        best!.peakResidentBytes = peak
        return best!
    }

    /// Runs the programs at the same time, each as ``run(_:_:standardOutput:)`` does; returns the wall
    /// time of the whole batch and each result.
    static func runTogether(_ runs: [(executable: String, arguments: [String])]) throws -> (wall: Double, results: [Result]) {
        let lock = NSLock()
        var results = [Result?](repeating: nil, count: runs.count)
        var failure: Error?
        let start = Measure.now()
        DispatchQueue.concurrentPerform(iterations: runs.count) { index in
            do {
                let result = try run(runs[index].executable, runs[index].arguments)
                lock.lock(); results[index] = result; lock.unlock()
            } catch {
                lock.lock(); failure = error; lock.unlock()
            }
        }
        let wall = Measure.now() - start
        if let failure { throw failure }
        return (wall, results.compactMap { $0 })
    }

    /// The helper: `--measure-child STDOUT STDERR EXECUTABLE ARGS...` runs the program and prints
    /// "status wall cpu peak-bytes".
    static func helperMain(_ arguments: [String]) -> Never {
        do {
            guard arguments.count >= 3 else { throw BenchmarkError("\(helperFlag) STDOUT STDERR EXECUTABLE ARGS...") }
            let result = try spawnAndWait(arguments[2], Array(arguments.dropFirst(3)), standardOutput: arguments[0], standardError: arguments[1])
            print(result.status, result.wall, result.cpu, result.peakResidentBytes)
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("linkgraph-benchmark: \(error)\n".utf8))
            exit(1)
        }
    }

    static func spawnAndWait(_ executable: String, _ arguments: [String], standardOutput: String, standardError: String) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Measure.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchmarkError("cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Measure.now() - start
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, wall: wall, cpu: cpu, peakResidentBytes: Int(usage.ru_maxrss) * 1024, standardError: "")
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
