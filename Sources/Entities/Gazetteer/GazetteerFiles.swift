import Foundation

/// The text of one gazetteer, read before it is parsed: its entity files (`*.txt`) and its lexicon files
/// (`lexicon/*.txt`) by path relative to the gazetteer's folder, and the label errors name the files by —
/// the folder's path, or `<embedded>` for the copy built into linkgraph — so that a folder on disk and the
/// built-in copy go through the same parser and give the same `file:line` errors.
///
/// ```swift
/// let files = GazetteerFiles(label: "<embedded>", texts: ["belarus.txt": "country by = Беларусь\n"])
/// let gazetteer = try Gazetteer.load(files: [files])
/// ```
public struct GazetteerFiles: Sendable, Equatable {
    /// What errors name the files by: `LABEL/belarus.txt:12: …`.
    public let label: String
    /// Each file's text by its path relative to the gazetteer (`belarus.txt`, `lexicon/abbreviations.txt`).
    public let texts: [String: String]

    /// The label of the gazetteer built into linkgraph.
    public static let embeddedLabel = "<embedded>"

    public init(label: String, texts: [String: String]) {
        self.label = label
        self.texts = texts
    }

    /// True when it holds no file at all.
    public var isEmpty: Bool { texts.isEmpty }

    /// The entity files (the `*.txt` files at the top), in name order: the order they are loaded in.
    var entityFiles: [String] { texts.keys.filter { !$0.contains("/") && $0.hasSuffix(".txt") }.sorted() }

    /// The path errors name a file by: the label and the relative path.
    func path(_ relative: String) -> String { (label as NSString).appendingPathComponent(relative) }

    /// True when both hold the same files with the same text, whatever their labels.
    public func sameFiles(as other: GazetteerFiles) -> Bool { texts == other.texts }

    /// Reads a gazetteer folder: its `*.txt` files and those in its `lexicon/` folder.
    /// - Throws: ``InputError`` when the path is not a folder (saying so when it is a file), or a file is not UTF-8.
    /// - Complexity: O(n) in the size of the files.
    public static func read(folder: String) throws -> GazetteerFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw InputError(file: folder, message: "no such gazetteer folder", hint: "give a folder holding *.txt gazetteer files")
        }
        guard isDirectory.boolValue else {
            let parent = (folder as NSString).deletingLastPathComponent
            throw InputError(file: folder, message: "is a file, and a gazetteer is a folder of *.txt files",
                             hint: "give the folder that holds it, '\(parent.isEmpty ? "." : parent)'")
        }
        var texts: [String: String] = [:]
        for subfolder in ["", "lexicon"] {
            let directory = subfolder.isEmpty ? folder : (folder as NSString).appendingPathComponent(subfolder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for name in names where name.hasSuffix(".txt") {
                let relative = subfolder.isEmpty ? name : subfolder + "/" + name
                let path = (folder as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw InputError(file: path, message: "cannot be read as UTF-8 text", hint: "save it as UTF-8")
                }
                texts[relative] = text
            }
        }
        return GazetteerFiles(label: folder, texts: texts)
    }
}
