import Foundation

/// Refuses, before anything is read, a run whose output file is one of its inputs (a report, a
/// gazetteer file, a decisions file) or the same file as another output: writing it would destroy what
/// the run reads.
///
/// - Complexity: O(i + o) `stat` calls for i input files and o outputs.
enum OutputOverlap {
    /// The options whose values are files linkgraph writes.
    static let outputOptions = ["output", "emit-gazetteer"]

    static func check(_ arguments: ParsedArguments) throws {
        let outputs = outputOptions.compactMap { option in arguments.value(option).map { (option, $0) } }
            .filter { $0.1 != "-" }
        guard !outputs.isEmpty else { return }
        var inputs: [FileIdentity: String] = [:]
        for path in readFiles(arguments) where path != "-" {
            if let identity = FileIdentity(path: path), inputs[identity] == nil { inputs[identity] = path }
        }
        var written: [FileIdentity: String] = [:]
        for (option, path) in outputs {
            guard let identity = FileIdentity(path: path) else { continue }
            if let input = inputs[identity] {
                let same = input == path ? "" : " (\(input))"
                throw UsageError(command: arguments.command.name,
                                 message: "\(path): the output of '--\(option)' is also an input\(same)",
                                 hint: "write the output to another file")
            }
            if let other = written[identity] {
                throw UsageError(command: arguments.command.name, message: "\(path): two outputs go to one file (\(other))",
                                 hint: "give each output its own file")
            }
            written[identity] = path
        }
    }

    /// Every file the run reads: the reports, the files of the gazetteer folders, the decisions file.
    static func readFiles(_ arguments: ParsedArguments) -> [String] {
        var files = arguments.positionals
        var folders = arguments.all("gazetteer")
        if let shipped = ProcessInfo.processInfo.environment["LINKGRAPH_GAZETTEER"], !shipped.isEmpty { folders.append(shipped) }
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = walker.nextObject() as? String {
                if walker.level > 3 { walker.skipDescendants() }
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        if let decisions = arguments.value("decisions") { files.append(decisions) }
        return files
    }
}
