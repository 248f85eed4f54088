import Entities
import Foundation

/// A copy of a gazetteer folder without some of its organizations and people: as if the gazetteer had
/// never heard of them. Replaces hand-kept lists of "geography" files, so that what is dropped follows the
/// data, whatever file an entity lives in.
///
/// Entities are parsed as blocks (a `KIND ID = Name` line and the indented lines below it, format in
/// `Gazetteer/README.md`); a dropped block goes whole, every other line is copied as it is, but for the
/// `in PARENT` line of a kept entity whose parent is dropped: it names the nearest kept ancestor instead,
/// so that the copy still loads and every kept entity keeps its country. `README.md` and `lexicon/` are
/// copied too.
///
/// ```swift
/// let places = try GazetteerSubset.load(from: shipped, dropping: GazetteerSubset.organizationsAndPeople)
/// let unseen = try GazetteerSubset.load(from: shipped, dropping: GazetteerSubset.organizationsAndPeople(in: ids))
/// ```
public enum GazetteerSubset {
    /// Selects what to drop: an entity's kind (`org`, `person`, …) and id.
    public typealias Selection = (_ kind: String, _ id: String) -> Bool

    /// Every organization and person.
    public static let organizationsAndPeople: Selection = { kind, _ in kind == "org" || kind == "person" }

    /// The organizations and people whose ids are in `ids` (places stay, whatever `ids` holds).
    public static func organizationsAndPeople(in ids: Set<String>) -> Selection {
        { kind, id in (kind == "org" || kind == "person") && ids.contains(id) }
    }

    /// The gazetteer in `source` without the entities `drop` selects (written to a temporary folder,
    /// loaded, and removed).
    public static func load(from source: String, dropping drop: Selection) throws -> Gazetteer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-subset-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(from: source, to: folder.path, dropping: drop)
        return try Gazetteer.load(directories: [folder.path])
    }

    /// Writes the copy into `destination` (created; it must not exist); the ids dropped, sorted.
    /// - Complexity: O(n) in the size of the gazetteer, plus the depth of the dropped chains.
    @discardableResult
    public static func write(from source: String, to destination: String, dropping drop: Selection) throws -> [String] {
        let fileManager = FileManager.default
        let names = try fileManager.contentsOfDirectory(atPath: source).sorted()
        var texts: [String: [Substring]] = [:]
        for name in names where name.hasSuffix(".txt") {
            let text = try String(contentsOfFile: (source as NSString).appendingPathComponent(name), encoding: .utf8)
            texts[name] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        var parents: [String: String] = [:]
        var dropped: Set<String> = []
        for lines in texts.values {
            var current: String?
            for line in lines {
                if let (kind, id) = header(line) {
                    current = id
                    if drop(kind, id) { dropped.insert(id) }
                } else if let current, let parent = parent(line) {
                    parents[current] = parent
                }
            }
        }
        func kept(_ id: String) -> String {
            var id = id, steps = 0
            while dropped.contains(id), let next = parents[id], steps < parents.count {
                id = next
                steps += 1
            }
            return id
        }
        try fileManager.createDirectory(atPath: destination, withIntermediateDirectories: true)
        for name in names where !name.hasSuffix(".txt") {
            try fileManager.copyItem(atPath: (source as NSString).appendingPathComponent(name),
                                     toPath: (destination as NSString).appendingPathComponent(name))
        }
        for (name, lines) in texts {
            var output: [Substring] = []
            var skipping = false
            for line in lines {
                if let (_, id) = header(line) { skipping = dropped.contains(id) }
                if skipping { continue }
                if let parent = parent(line), dropped.contains(parent), let keyword = line.range(of: "in ") {
                    output.append(line[..<keyword.upperBound] + kept(parent))
                } else {
                    output.append(line)
                }
            }
            try Data(output.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: (destination as NSString).appendingPathComponent(name)))
        }
        return dropped.sorted()
    }

    /// The kind and id of an entity's first line (no indentation, not a comment).
    static func header(_ line: Substring) -> (String, String)? {
        guard let first = line.first, first != " ", first != "\t", first != "#", line.contains(" = ") else { return nil }
        let words = line.split(separator: " ", maxSplits: 2)
        return words.count >= 2 ? (String(words[0]), String(words[1])) : nil
    }

    /// The parent an indented `in PARENT` line names.
    static func parent(_ line: Substring) -> String? {
        guard let first = line.first, first == " " || first == "\t" else { return nil }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        return words.count == 2 && words[0] == "in" ? String(words[1]) : nil
    }
}
