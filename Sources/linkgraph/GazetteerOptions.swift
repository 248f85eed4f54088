import Entities
import Foundation
import ShippedGazetteer

/// Loads the shipped gazetteer — the copy built into linkgraph, or the folder `LINKGRAPH_GAZETTEER`
/// names instead — plus the folders given with `--gazetteer`. A `--gazetteer` folder with no files, or
/// with the same files as one already loaded (the shipped `Gazetteer/` again), is skipped with a warning;
/// one with the shipped gazetteer's file names but other contents (`Gazetteer/` edited since the build)
/// is an error that says how to use it instead.
enum GazetteerOptions {
    static func load(_ arguments: ParsedArguments) throws -> Gazetteer {
        do {
            var loaded = [try shipped()]
            for folder in arguments.all("gazetteer") {
                let files = try GazetteerFiles.read(folder: folder)
                if files.isEmpty {
                    warn("gazetteer folder '\(folder)' holds no *.txt files, so it adds nothing (put the entities in \(folder)/NAME.txt)")
                } else if let same = loaded.firstIndex(where: { $0.sameFiles(as: files) }) {
                    let what = same == 0 ? "the shipped gazetteer" : "'\(loaded[same].label)'"
                    warn("gazetteer folder '\(folder)' has the same files as \(what), which is already loaded; skipped (drop '--gazetteer \(folder)')")
                } else if Set(files.texts.keys) == Set(loaded[0].texts.keys) {
                    // Loaded on top, its every entity would be a duplicate of the shipped one.
                    throw InputError(file: folder, message: "has the files of the shipped gazetteer, with changes the loaded one lacks",
                                     hint: "to use it instead of the shipped one, run with LINKGRAPH_GAZETTEER=\(folder); or rebuild linkgraph")
                } else {
                    loaded.append(files)
                }
            }
            return try Gazetteer.load(files: consume loaded)
        } catch {
            throw GazetteerError(underlying: error)
        }
    }

    /// The shipped gazetteer alone, and the folder it was read from (nil for the built-in copy).
    static func loadShipped() throws -> (gazetteer: Gazetteer, folder: String?) {
        do {
            let files = try shipped()
            return (try Gazetteer.load(files: [files]), files.label == GazetteerFiles.embeddedLabel ? nil : files.label)
        } catch {
            throw GazetteerError(underlying: error)
        }
    }

    /// The shipped gazetteer's files: the folder `LINKGRAPH_GAZETTEER` names, else the built-in copy.
    static func shipped() throws -> GazetteerFiles {
        if let folder = Gazetteer.replacementDirectory() { return try GazetteerFiles.read(folder: folder) }
        return embedded
    }

    /// The copy of `Gazetteer/` built into linkgraph; its files are named `<embedded>/belarus.txt` in errors.
    static let embedded = GazetteerFiles(label: GazetteerFiles.embeddedLabel,
                                         texts: Dictionary(uniqueKeysWithValues: ShippedGazetteer.files.map { ($0.path, $0.text) }))

    /// A warning on standard error: the run goes on.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("linkgraph: warning: \(message)\n".utf8))
    }
}
