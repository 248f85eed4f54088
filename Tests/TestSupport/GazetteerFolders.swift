import Foundation
import Entities

/// Gazetteer folders written by a test into a temporary directory, removed when the test ends.
public final class GazetteerFolders {
    public let root: URL

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `files` (name → text; "lexicon/…" names go to the lexicon) into folder `name`; its path.
    @discardableResult
    public func folder(_ name: String, _ files: [String: String]) throws -> String {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
        for (file, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(file))
        }
        return folder.path
    }

    /// The path of `file` in folder `name`, as errors name it.
    public func path(_ name: String, _ file: String) -> String {
        (root.appendingPathComponent(name).path as NSString).appendingPathComponent(file)
    }

    /// A tiny world the tests add to: a country, a region, a city, and Smolensk's region and city.
    public static let world = """
        country zz = Зетландия
            aka Республика Зетландия

        region zz-north = Северная область
            in zz

        city zz-ensk = Энск
            in zz-north

        country ru = Россия
            aka Российская Федерация

        region ru-smolensk-region = Смоленская область
            in ru

        city ru-smolensk = Смоленск
            in ru-smolensk-region

        """

    /// A gazetteer from the world plus `text` (in a file `extra.txt`) and the lexicon files given.
    public func load(_ text: String, lexicon: [String: String] = [:]) throws -> Gazetteer {
        var files = ["a-world.txt": GazetteerFolders.world, "extra.txt": text]
        for (name, content) in lexicon { files["lexicon/\(name)"] = content }
        return try Gazetteer.load(directories: [folder("g-\(UUID().uuidString)", files)])
    }
}

