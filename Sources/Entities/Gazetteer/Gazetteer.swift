import Foundation

/// The loaded, checked gazetteer: every known entity by id, its derived country and ancestry, the
/// lexicon, and the name index the matcher searches. Built once per run and shared (read-only) by all
/// threads. (Its properties are set while it is made and only read after, so reading them needs no
/// exclusivity checks.)
///
/// ```swift
/// let gazetteer = try Gazetteer.load(directories: ["Gazetteer"])
/// gazetteer.entity(id: "by-vitebsk")?.name // "Витебск"
/// ```
public final class Gazetteer: @unchecked Sendable {
    public let entities: [Entity]
    public let lexicon: Lexicon
    /// Each entity's position by its id.
    let positions: EntityPositions
    /// Each entity's parent and depth: its ancestors, walked on demand.
    let hierarchy: EntityHierarchy
    /// Whether each entity is the Smolensk region or lies in or belongs to it.
    let smolensk: [Bool]
    /// Each entity's kind, by position: what the linker's loops ask, without copying an ``Entity``.
    let kinds: [EntityKind]
    /// The town each district is named after (``DistrictSeats``).
    let seats: DistrictSeats
    /// The name index.
    @exclusivity(unchecked) public private(set) var index: NameIndex!
    /// The lexicon prepared for the recognizer.
    @exclusivity(unchecked) private(set) var shapeLexicon: ShapeLexicon!
    /// Every key and spelling the matchers compare, as integers (names, lexicon words).
    let vocabulary = Vocabulary()

    /// The id of the Smolensk region: it and everything under it is "smolensk".
    public static let smolenskRegionID = "ru-smolensk-region"

    /// - Complexity: O(n) in the entities, plus the name index's build; `entities` is taken, not copied
    ///   (each entity's country is filled in place).
    init(entities: __owned [Entity], lexicon: Lexicon) throws {
        var entities = consume entities
        var positions = EntityPositions(capacity: entities.count)
        for position in entities.indices {
            if let first = positions.insert(position, entities: entities) {
                let entity = entities[position]
                throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                 message: "duplicate id '\(entity.id)' (first defined at \(entities[first].origin ?? "?"))",
                                 hint: "ids must be unique across all gazetteer folders")
            }
        }
        var parents = [Int](repeating: -1, count: entities.count)
        for position in entities.indices {
            // Read in place: `entity` is copied only for an error.
            guard let parent = entities[position].parent else {
                if entities[position].kind != .country {
                    let entity = entities[position]
                    throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                     message: "'\(entity.id)' has no parent", hint: "add 'in PARENT-ID'")
                }
                continue
            }
            guard let parentPosition = positions.position(of: parent, in: entities) else {
                let entity = entities[position]
                throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                 message: "'\(entity.id)' is in '\(parent)', which is not in the gazetteer", hint: "check the parent id")
            }
            parents[position] = parentPosition
        }
        let hierarchy = try EntityHierarchy(parents: parents, entities: entities)
        let topDown = hierarchy.topDown()
        // Top down, so that a parent has its country (its own or inherited) before its children ask.
        for position in topDown where entities[position].country == nil {
            let parent = hierarchy.parents[position]
            if parent >= 0 { entities[position].country = entities[parent].country }
        }
        for position in entities.indices where entities[position].country == nil {
            let entity = entities[position]
            throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                             message: "'\(entity.id)' has no country and none of its parents has one", hint: "add 'country XX'")
        }
        var smolensk = [Bool](repeating: false, count: entities.count)
        if let smolenskPosition = positions.position(of: Gazetteer.smolenskRegionID, in: entities) {
            for position in topDown {
                let parent = hierarchy.parents[position]
                smolensk[position] = position == smolenskPosition || (parent >= 0 && smolensk[parent])
            }
        }
        self.smolensk = smolensk
        let kinds = entities.map(\.kind)
        self.kinds = kinds
        self.seats = DistrictSeats(entities: entities, kinds: kinds, parents: hierarchy.parents)
        self.entities = entities
        self.positions = positions
        self.hierarchy = hierarchy
        self.lexicon = lexicon
        // About two and a half words an entity in all: its names' spellings and keys (two at 100 times
        // the shipped gazetteer, where most words are in one name; three in the shipped one, with its
        // lexicon).
        vocabulary.reserveCapacity(self.entities.count * 5 / 2)
        self.index = try NameIndex(gazetteer: self, vocabulary: vocabulary)
        self.shapeLexicon = ShapeLexicon(lexicon: lexicon, vocabulary: vocabulary)
    }

    public func entity(id: String) -> Entity? { position(of: id).map { entities[$0] } }
    public func position(of id: String) -> Int? { positions.position(of: id, in: entities) }

    /// The ids of an entity's ancestors, nearest first.
    public func ancestorIDs(of id: String) -> [String] {
        guard let position = position(of: id) else { return [] }
        return hierarchy.ancestors(of: position).map { entities[$0].id }
    }

    /// True when town `city` is the seat of district `district`, the town it is named after (``DistrictSeats``).
    public func isSeat(_ city: String, of district: String) -> Bool {
        guard let town = position(of: city), let district = position(of: district) else { return false }
        return seats.seat(of: district) == town
    }

    /// True for the Smolensk region and everything that lies in or belongs to it.
    public func isSmolensk(_ id: String) -> Bool { position(of: id).map { smolensk[$0] } ?? false }

    // MARK: Loading

    /// Loads the `*.txt` files (in name order) and `lexicon/` of each folder, in the order given.
    public static func load(directories: [String]) throws -> Gazetteer {
        try load(files: directories.map { try GazetteerFiles.read(folder: $0) })
    }

    /// Loads gazetteers read before (from folders, or the copy built into linkgraph), in the order given:
    /// each one's entity files in name order, then its lexicon.
    /// - Complexity: O(n) in the size of the files, plus the name index's build. The files are taken:
    ///   their text is let go once parsed, before the index is built.
    public static func load(files: consuming [GazetteerFiles]) throws -> Gazetteer {
        var entities: [Entity] = []
        var lexicon = Lexicon()
        for index in files.indices {
            let gazetteer = files[index]
            for relative in gazetteer.entityFiles {
                try GazetteerParser.parse(gazetteer.texts[relative]!, file: gazetteer.path(relative), into: &entities)
            }
            lexicon.merge(try Lexicon.load(files: gazetteer))
        }
        _ = consume files
        return try Gazetteer(entities: consume entities, lexicon: lexicon)
    }

    /// The folder `$LINKGRAPH_GAZETTEER` names, which replaces the gazetteer built into linkgraph; nil when
    /// it is not set. (The shipped gazetteer is never looked for on disk: a `Gazetteer/` folder where
    /// linkgraph happens to run must not change its answers.)
    public static func replacementDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let folder = environment["LINKGRAPH_GAZETTEER"], !folder.isEmpty else { return nil }
        return folder
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
