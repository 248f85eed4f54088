import Entities
import Foundation

/// The root of the linkgraph repository: this file is Benchmarks/Sources/linkgraph-benchmark/main.swift.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

if CommandLine.arguments.dropFirst().first == ChildProcess.helperFlag {
    ChildProcess.helperMain(Array(CommandLine.arguments.dropFirst(2)))
}
do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    try Benchmark(options: options, root: repositoryRoot).run()
} catch {
    FileHandle.standardError.write(Data("linkgraph-benchmark: \(error)\n".utf8))
    exit(1)
}
