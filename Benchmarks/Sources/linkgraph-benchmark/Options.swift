import Foundation

/// The benchmark's command line.
struct Options {
    var size = 100
    var seed: UInt64 = 1
    var jobs = [1, 2]
    var sizeCurve: [Int] = []
    var gazetteerCurve: [Int] = []
    var curveSize = 10
    var largeInput = 0
    var linkgraph: String?
    var keep: String?
    var stages = true
    var cli = true
    var repeats = 3

    static let usage = """
    USAGE: swift run -c release --package-path Benchmarks linkgraph-benchmark [OPTIONS]

    Generates a corpus from Examples/*.txt and runs the whole pipeline (read, link, build the graph,
    export) on it: per stage in this process on one core, then end to end with the release linkgraph
    binary at each --jobs value. Prints MB/s, items/s, peak resident memory and start-up time.

    OPTIONS:
      --size MB                 Corpus size (default 100).
      --seed N                  Corpus seed (default 1); the same seed and size give the same files.
      --jobs LIST               --jobs values for the end-to-end runs (default 1,2).
      --size-curve LIST         Also run end to end on corpora of these sizes in MB, e.g. 1,10,100.
      --gazetteer-curve LIST    Also measure start-up and linking with the gazetteer grown to these
                                multiples by made-up entities, e.g. 1,10,100 (on a --curve-size corpus).
      --curve-size MB           Corpus size for the gazetteer curve (default 10).
      --large-input MB          Also measure peak memory of every command on one report of MB of real
                                items and one of MB of tiny items, against the file's size.
      --curves                  Both curves: --size-curve 1,10,100 --gazetteer-curve 1,10,100.
      --linkgraph PATH          The linkgraph binary to run (default: the root package's release build,
                                built when missing).
      --keep DIR                Write the corpus to DIR and keep it (default: a temporary folder).
      --repeat N                Run each end-to-end measurement N times and keep the fastest
                                (default 3): a shared machine's noise only ever adds time.
      --no-stages, --no-cli     Skip the in-process stages or the end-to-end runs.
    """

    init(_ arguments: [String]) throws {
        var index = 0
        func value() throws -> String {
            guard index + 1 < arguments.count else { throw BenchmarkError("\(arguments[index]) needs a value") }
            index += 1
            return arguments[index]
        }
        func list() throws -> [Int] {
            let text = try value()
            let values = text.split(separator: ",").compactMap { Int($0) }
            guard !values.isEmpty, values.allSatisfy({ $0 > 0 }) else { throw BenchmarkError("expected a list of positive numbers, not '\(text)'") }
            return values
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--size": size = try list()[0]
            case "--seed": seed = UInt64(try list()[0])
            case "--jobs": jobs = try list()
            case "--size-curve": sizeCurve = try list()
            case "--gazetteer-curve": gazetteerCurve = try list()
            case "--curve-size": curveSize = try list()[0]
            case "--large-input": largeInput = try list()[0]
            case "--curves": sizeCurve = [1, 10, 100]; gazetteerCurve = [1, 10, 100]
            case "--linkgraph": linkgraph = try value()
            case "--keep": keep = try value()
            case "--repeat": repeats = try list()[0]
            case "--no-stages": stages = false
            case "--no-cli": cli = false
            case "-h", "--help": print(Options.usage); exit(0)
            default: throw BenchmarkError("unknown option '\(arguments[index])'\n\n\(Options.usage)")
            }
            index += 1
        }
    }
}
