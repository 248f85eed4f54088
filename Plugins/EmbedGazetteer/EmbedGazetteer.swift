import Foundation
import PackagePlugin

/// Builds the shipped gazetteer into linkgraph: runs `GazetteerEmbedder` on the package's `Gazetteer/`
/// folder to write a Swift source holding every `*.txt` file's path and text. Every file is declared as
/// an input, so editing one rebuilds the embedded copy.
@main
struct EmbedGazetteer: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appendingPathComponent("Gazetteer")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedGazetteer.swift")
        return [.buildCommand(displayName: "Embedding the gazetteer from \(folder.path)",
                              executable: try context.tool(named: "GazetteerEmbedder").url,
                              arguments: [folder.path, output.path],
                              inputFiles: [folder] + textFiles(under: folder),
                              outputFiles: [output])]
    }

    /// The `*.txt` files in `folder` and its subfolders.
    func textFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
    }
}
