import Foundation

/// The loaded, checked gazetteer: every known entity by id, its derived country and ancestry, the
/// lexicon, and the name index the matcher searches. Built once per run and shared (read-only) by all
/// threads. (Its properties are set while it is made and only read after, so reading them needs no
/// exclusivity checks.)
///
/// ```swift
/// let gazetteer = try Gazetteer.load(directories: [Gazetteer.shippedDirectory()!])
/// gazetteer.entity(id: "by-vitebsk")?.name // "Витебск"
/// ```
public final class Gazetteer: @unchecked Sendable {
    public let entities: [Entity]
    public let lexicon: Lexicon
    let positions: [String: Int]
    /// For each entity, the positions of its ancestors, nearest first.
    let ancestors: [[Int]]
    /// Whether each entity is the Smolensk region or lies in or belongs to it.
    let smolensk: [Bool]
    /// Each entity's kind, by position: what the linker's loops ask, without copying an ``Entity``.
    let kinds: [EntityKind]
    /// The name index.
    @exclusivity(unchecked) public private(set) var index: NameIndex!
    /// The lexicon prepared for the recognizer.
    @exclusivity(unchecked) private(set) var shapeLexicon: ShapeLexicon!
    /// Every key and spelling the matchers compare, as integers (names, lexicon words).
    let vocabulary = Vocabulary()

    /// The id of the Smolensk region: it and everything under it is "smolensk".
    public static let smolenskRegionID = "ru-smolensk-region"

    init(entities: [Entity], lexicon: Lexicon) throws {
        var entities = entities
        var positions: [String: Int] = [:]
        for (position, entity) in entities.enumerated() {
            if let first = positions[entity.id] {
                throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                 message: "duplicate id '\(entity.id)' (first defined at \(entities[first].origin ?? "?"))",
                                 hint: "ids must be unique across all gazetteer folders")
            }
            positions[entity.id] = position
        }
        var parents = [Int?](repeating: nil, count: entities.count)
        for (position, entity) in entities.enumerated() {
            guard let parent = entity.parent else {
                if entity.kind != .country {
                    throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                     message: "'\(entity.id)' has no parent", hint: "add 'in PARENT-ID'")
                }
                continue
            }
            guard let parentPosition = positions[parent] else {
                throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                 message: "'\(entity.id)' is in '\(parent)', which is not in the gazetteer", hint: "check the parent id")
            }
            parents[position] = parentPosition
        }
        var ancestors = [[Int]](repeating: [], count: entities.count)
        for position in entities.indices {
            var chain: [Int] = []
            var seen: Set<Int> = [position]
            var current = parents[position]
            while let next = current {
                if seen.contains(next) {
                    let entity = entities[position]
                    throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                     message: "'\(entity.id)' is its own ancestor (a cycle of 'in' lines)", hint: "break the cycle")
                }
                seen.insert(next)
                chain.append(next)
                current = parents[next]
            }
            ancestors[position] = chain
        }
        for position in entities.indices where entities[position].country == nil {
            entities[position].country = ancestors[position].lazy.compactMap { entities[$0].country }.first
            if entities[position].country == nil {
                let entity = entities[position]
                throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                 message: "'\(entity.id)' has no country and none of its parents has one", hint: "add 'country XX'")
            }
        }
        let smolenskPosition = positions[Gazetteer.smolenskRegionID]
        self.smolensk = entities.indices.map { position in
            guard let smolenskPosition else { return false }
            return position == smolenskPosition || ancestors[position].contains(smolenskPosition)
        }
        self.entities = entities
        self.kinds = entities.map(\.kind)
        self.positions = positions
        self.ancestors = ancestors
        self.lexicon = lexicon
        self.index = try NameIndex(gazetteer: self, vocabulary: vocabulary)
        self.shapeLexicon = ShapeLexicon(lexicon: lexicon, vocabulary: vocabulary)
    }

    public func entity(id: String) -> Entity? { positions[id].map { entities[$0] } }
    public func position(of id: String) -> Int? { positions[id] }

    /// The ids of an entity's ancestors, nearest first.
    public func ancestorIDs(of id: String) -> [String] {
        guard let position = positions[id] else { return [] }
        return ancestors[position].map { entities[$0].id }
    }

    /// True for the Smolensk region and everything that lies in or belongs to it.
    public func isSmolensk(_ id: String) -> Bool { positions[id].map { smolensk[$0] } ?? false }

    // MARK: Loading

    /// Loads the `*.txt` files (in name order) and `lexicon/` of each folder, in the order given.
    public static func load(directories: [String]) throws -> Gazetteer {
        var entities: [Entity] = []
        var lexicon = Lexicon()
        for directory in directories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw InputError(file: directory, message: "no such gazetteer folder", hint: "give a folder holding *.txt gazetteer files")
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw InputError(file: path, message: "cannot be read as UTF-8 text", hint: "save it as UTF-8")
                }
                entities += try GazetteerParser.parse(text, file: path)
            }
            lexicon.merge(try Lexicon.load(directory: directory))
        }
        return try Gazetteer(entities: entities, lexicon: lexicon)
    }

    /// The gazetteer shipped with linkgraph: `$LINKGRAPH_GAZETTEER`, else a `Gazetteer/` folder beside the
    /// executable or above it (a build inside the repository), else the current directory's.
    public static func shippedDirectory() -> String? {
        let fileManager = FileManager.default
        if let fromEnvironment = ProcessInfo.processInfo.environment["LINKGRAPH_GAZETTEER"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Gazetteer"))
            candidates.append(folder.appendingPathComponent("share/linkgraph/Gazetteer"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("Gazetteer"))
        return candidates.first { fileManager.fileExists(atPath: $0.appendingPathComponent("README.md").path) }?.path
    }

    static func file(_ origin: String?) -> String? {
        guard let origin, let colon = origin.lastIndex(of: ":") else { return origin }
        return String(origin[..<colon])
    }

    static func line(_ origin: String?) -> Int? {
        guard let origin, let colon = origin.lastIndex(of: ":") else { return nil }
        return Int(origin[origin.index(after: colon)...])
    }
}
