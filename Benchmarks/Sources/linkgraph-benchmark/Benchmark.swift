import Entities
import Foundation

/// Runs the benchmark sections the options ask for and prints their tables.
struct Benchmark {
    let options: Options
    let root: String

    var shippedGazetteer: String { (root as NSString).appendingPathComponent("Gazetteer") }

    func run() throws {
        printMachine()
        let scratch = options.keep ?? (NSTemporaryDirectory() + "linkgraph-benchmark-\(getpid())")
        defer { if options.keep == nil { try? FileManager.default.removeItem(atPath: scratch) } }
        let generator = try CorpusGenerator(examplesFolder: (root as NSString).appendingPathComponent("Examples"), seed: options.seed)
        let largest = ([options.size] + options.sizeCurve + (options.gazetteerCurve.isEmpty ? [] : [options.curveSize])).max()!
        let (corpus, generation) = try Measure.time { try generator.generate(bytes: largest << 20, into: (scratch as NSString).appendingPathComponent("corpus")) }
        let sizes = try corpus.map { try FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0 }
        print("corpus: \(corpus.count) files, \(Measure.megabytes(sizes.reduce(0, +))) generated in \(Measure.seconds(generation)) (seed \(options.seed)) in \(scratch)\n")
        /// The first files that hold at least `megabytes` MB.
        func prefix(_ megabytes: Int) -> (paths: [String], bytes: Int) {
            var total = 0, count = 0
            while count < corpus.count, total < megabytes << 20 { total += sizes[count]; count += 1 }
            return (Array(corpus[..<count]), total)
        }

        try startUp()
        let main = prefix(options.size)
        if options.stages { try stages(main.paths) }
        if options.cli {
            let binary = try linkgraphBinary()
            try endToEnd(binary, main.paths, bytes: main.bytes, scratch: scratch)
            if !options.sizeCurve.isEmpty { try sizeCurve(binary, prefix, scratch: scratch) }
            if !options.gazetteerCurve.isEmpty { try gazetteerCurve(binary, prefix(options.curveSize), scratch: scratch) }
            if options.largeInput > 0 { try largeInputs(binary, generator, scratch: scratch) }
        }
    }

    func printMachine() {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory
        print("machine: \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory >> 30) GB RAM, \(ProcessInfo.processInfo.operatingSystemVersionString)")
    }

    /// Gazetteer load and index build, in this process and as `linkgraph gazetteer check`.
    func startUp(extra: [String] = [], label: String = "shipped gazetteer") throws {
        var table = TextTable("start-up (\(label))", "entities", "median", "min")
        var times: [Double] = []
        var entities = 0
        for _ in 0..<(extra.isEmpty ? 15 : 5) {
            let (linker, seconds) = try Measure.time { Linker(gazetteer: try Gazetteer.load(directories: [shippedGazetteer] + extra)) }
            entities = linker.gazetteer.entities.count
            times.append(seconds)
        }
        table.add("load + index build, in process", "\(entities)", Measure.milliseconds(Measure.median(times)), Measure.milliseconds(times.min()!))
        if options.cli, let binary = try? linkgraphBinary() {
            var runs: [Double] = []
            for _ in 0..<(extra.isEmpty ? 10 : 3) {
                let result = try ChildProcess.run(binary, ["gazetteer", "check"] + extra.flatMap { ["--gazetteer", $0] })
                guard result.status == 0 else { throw BenchmarkError("gazetteer check failed: \(result.standardError)") }
                runs.append(result.wall)
            }
            table.add("linkgraph gazetteer check (process)", "\(entities)", Measure.milliseconds(Measure.median(runs)), Measure.milliseconds(runs.min()!))
        }
        table.print()
    }

    /// Each stage timed in this process, on one core.
    func stages(_ paths: [String]) throws {
        let gazetteer = try Gazetteer.load(directories: [shippedGazetteer])
        let timings = try Pipeline(gazetteer: gazetteer).run(paths)
        var table = TextTable("stage (in process, 1 core)", "seconds", "MB/s", "items/s")
        func row(_ name: String, _ seconds: Double) {
            table.add(name, Measure.seconds(seconds), Measure.rate(timings.bytes, seconds), Measure.perSecond(timings.items, seconds))
        }
        row("read (bytes to report)", timings.read)
        row("link", timings.link)
        row("graph (edges, build)", timings.graph)
        row("export graph (4 formats)", timings.exportGraph)
        row("export extract JSON", timings.exportExtract)
        row("total", timings.total)
        row("export graph as html + svg (not in total)", timings.exportPictures)
        print("\(timings.reports) reports, \(timings.items) items, \(timings.mentions) mentions; graph \(timings.nodes) nodes, \(timings.edges) edges, \(Measure.megabytes(timings.outputBytes)) in 4 formats, \(Measure.megabytes(timings.pictureBytes)) as html + svg")
        table.print()
    }

    /// `linkgraph graph` and `linkgraph extract` as separate processes, at each --jobs value.
    func endToEnd(_ binary: String, _ paths: [String], bytes: Int, scratch: String) throws {
        var table = TextTable("end to end (\(Measure.megabytes(bytes)), \(paths.count) files)", "jobs", "wall", "MB/s", "CPU", "peak RSS", "speed-up", "output")
        for command in [["graph", "-f", "json"], ["extract"]] {
            var first: (wall: Double, output: Data)?
            for jobs in options.jobs {
                let output = (scratch as NSString).appendingPathComponent("out-\(command[0])-\(jobs)")
                let result = try ChildProcess.best(of: options.repeats, binary, command + ["-j", "\(jobs)", "-o", output] + paths)
                guard result.status == 0 else { throw BenchmarkError("linkgraph \(command[0]) failed (\(result.status)): \(result.standardError.prefix(2000))") }
                let data = try Data(contentsOf: URL(fileURLWithPath: output))
                let same = first.map { $0.output == data ? "identical" : "DIFFERENT" } ?? Measure.megabytes(data.count)
                let speedUp = first.map { String(format: "%.2f×", $0.wall / result.wall) } ?? "1.00×"
                if first == nil { first = (result.wall, data) }
                table.add("linkgraph \(command.joined(separator: " "))", "\(jobs)", Measure.seconds(result.wall), Measure.rate(bytes, result.wall),
                          Measure.seconds(result.cpu), Measure.megabytes(result.peakResidentBytes), speedUp, same)
                try? FileManager.default.removeItem(atPath: output)
            }
            // What the machine itself allows: the same work as separate one-job processes, one per
            // core, each on every N-th file. No sharing inside a process can slow these down, so their
            // speed-up is the ceiling for --jobs.
            for jobs in options.jobs where jobs > 1 {
                guard let first else { break }
                let runs = (0..<jobs).map { slice in
                    (binary, command + ["-j", "1", "-o", (scratch as NSString).appendingPathComponent("out-slice-\(slice)")]
                        + paths.indices.filter { $0 % jobs == slice }.map { paths[$0] })
                }
                var (wall, results) = try ChildProcess.runTogether(runs)
                for _ in 1..<max(1, options.repeats) {
                    let again = try ChildProcess.runTogether(runs)
                    if again.wall < wall { (wall, results) = again }
                }
                guard results.allSatisfy({ $0.status == 0 }) else { throw BenchmarkError("linkgraph \(command[0]) failed in a separate process") }
                table.add("\(jobs) separate processes, 1 job each", "\(jobs)×1", Measure.seconds(wall), Measure.rate(bytes, wall),
                          Measure.seconds(results.map(\.cpu).reduce(0, +)), Measure.megabytes(results.map(\.peakResidentBytes).max() ?? 0),
                          String(format: "%.2f×", first.wall / wall), "(ceiling)")
                for slice in 0..<jobs { try? FileManager.default.removeItem(atPath: (scratch as NSString).appendingPathComponent("out-slice-\(slice)")) }
            }
        }
        table.print()
    }

    /// `linkgraph graph -j 1` on corpora of growing size: MB/s should stay flat.
    func sizeCurve(_ binary: String, _ prefix: (Int) -> (paths: [String], bytes: Int), scratch: String) throws {
        var table = TextTable("size curve (graph -f json -j 1)", "files", "wall", "MB/s", "peak RSS")
        for megabytes in options.sizeCurve {
            let (paths, bytes) = prefix(megabytes)
            let result = try ChildProcess.best(of: options.repeats, binary, ["graph", "-f", "json", "-j", "1", "-o", (scratch as NSString).appendingPathComponent("curve.json")] + paths)
            guard result.status == 0 else { throw BenchmarkError("linkgraph graph failed: \(result.standardError.prefix(2000))") }
            table.add(Measure.megabytes(bytes), "\(paths.count)", Measure.seconds(result.wall), Measure.rate(bytes, result.wall), Measure.megabytes(result.peakResidentBytes))
        }
        table.print()
    }

    /// Peak memory of every command on one large input, against its size: at most three times, plus
    /// start-up.
    func largeInputs(_ binary: String, _ generator: CorpusGenerator, scratch: String) throws {
        let long = (scratch as NSString).appendingPathComponent("long-report.txt")
        let tiny = (scratch as NSString).appendingPathComponent("tiny-items.txt")
        try LargeInputs.longReport(generator, bytes: options.largeInput << 20, path: long)
        try LargeInputs.tinyItems(bytes: options.largeInput << 20, path: tiny)
        let commands = [["items"], ["extract"], ["graph", "-f", "json"], ["dormant"], ["dedup"]]
        var table = TextTable("large input (-j 1)", "size", "command", "wall", "peak RSS", "× size")
        for path in [long, tiny] {
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            for command in commands {
                let result = try ChildProcess.best(of: 1, binary, command + ["-j", "1", "-o", (scratch as NSString).appendingPathComponent("large.out"), path])
                guard result.status == 0 else { throw BenchmarkError("linkgraph \(command[0]) failed: \(result.standardError.prefix(2000))") }
                table.add((path as NSString).lastPathComponent, Measure.megabytes(size), command[0], Measure.seconds(result.wall),
                          Measure.megabytes(result.peakResidentBytes), String(format: "%.2f", Double(result.peakResidentBytes) / Double(max(size, 1))))
            }
        }
        table.print()
    }

    /// Start-up and linking with the gazetteer grown by made-up entities.
    func gazetteerCurve(_ binary: String, _ corpus: (paths: [String], bytes: Int), scratch: String) throws {
        let base = try Gazetteer.load(directories: [shippedGazetteer]).entities.count
        var table = TextTable("gazetteer curve (graph -f json -j 1, \(Measure.megabytes(corpus.bytes)))", "entities", "start-up", "wall", "MB/s", "peak RSS")
        for factor in options.gazetteerCurve {
            var extra: [String] = []
            if factor > 1 {
                let folder = (scratch as NSString).appendingPathComponent("gazetteer-\(factor)x")
                try SyntheticGazetteer.write(count: base * (factor - 1), into: folder)
                extra = [folder]
            }
            var startTimes: [Double] = []
            var entities = 0
            for _ in 0..<3 {
                let (linker, seconds) = try Measure.time { Linker(gazetteer: try Gazetteer.load(directories: [shippedGazetteer] + extra)) }
                entities = linker.gazetteer.entities.count
                startTimes.append(seconds)
            }
            let result = try ChildProcess.best(of: options.repeats, binary, ["graph", "-f", "json", "-j", "1", "-o", (scratch as NSString).appendingPathComponent("curve.json")]
                                                + extra.flatMap { ["--gazetteer", $0] } + corpus.paths)
            guard result.status == 0 else { throw BenchmarkError("linkgraph graph failed: \(result.standardError.prefix(2000))") }
            table.add("\(factor)×", "\(entities)", Measure.milliseconds(Measure.median(startTimes)), Measure.seconds(result.wall),
                      Measure.rate(corpus.bytes, result.wall), Measure.megabytes(result.peakResidentBytes))
        }
        table.print()
    }

    /// The linkgraph binary: --linkgraph, else the root package's release build, brought up to date
    /// once per run (`swift build` does nothing when it is).
    func linkgraphBinary() throws -> String {
        if let path = options.linkgraph { return path }
        let path = (root as NSString).appendingPathComponent(".build/release/linkgraph")
        if !Benchmark.built {
            let result = try ChildProcess.run("/usr/bin/env", ["swift", "build", "-c", "release", "--package-path", root, "--product", "linkgraph"])
            guard result.status == 0 else { throw BenchmarkError("swift build failed: \(result.standardError.suffix(2000))") }
            Benchmark.built = true
        }
        return path
    }

    nonisolated(unsafe) static var built = false
}
