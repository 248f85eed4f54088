import Entities

/// Builds the partnership graph while reports arrive (see ``GraphBuilder`` for what the edges are): each
/// report's unknown entities join the catalog, and each of its items becomes evidence on edges at once —
/// so a run keeps the graph's evidence, not the reports.
///
/// An item is set aside until the end when it names an unknown entity whose country no report has given
/// yet (a later report may give it, and a country decides the sides); every other item's edges are
/// final when it arrives. The graph is therefore the same whatever the order reports arrive in, and the
/// same as building it from all reports at once.
///
/// ```swift
/// var accumulator = GraphAccumulator(gazetteer: gazetteer, level: .org)
/// for path in paths { accumulator.add(ReportGraphInput(linker.link(try ReportReader.read(path: path)))) }
/// let graph = accumulator.finish()
/// ```
/// - Complexity: O(s · f) per item for s and f entities on its two sides; ``finish()`` is O(v log v) for v
///   pieces of evidence.
public struct GraphAccumulator {
    public let level: GraphLevel
    private let builder: GraphBuilder
    private let lookup: CatalogLookup
    /// Each piece of evidence once (an item's event ties every pair of its sides), and for each edge
    /// the indices of its evidence in that table.
    private var evidence = ChunkedTable<Evidence>()
    /// The ids on edges (before and after rolling up), numbered: edges and roll-ups are keyed by number.
    private var ids = EntityIDTable()
    private var groups: [NumberedEdge: [Int32]] = [:]
    private var rolled: [RollKey: Int32] = [:]
    /// Items set aside, with the report they come from (its items dropped).
    private var deferred: [(report: ReportGraphInput, item: ItemGraphInput)] = []
    /// Every dates column and quote kept, once: the evidence of a million items shares their storage.
    private var texts = TextInterner()

    public init(gazetteer: Gazetteer, level: GraphLevel = .org) {
        self.init(catalog: EntityCatalog(gazetteer: gazetteer), level: level)
    }

    /// Starts from a catalog that may already hold unknown entities.
    public init(catalog: EntityCatalog, level: GraphLevel = .org) {
        self.level = level
        builder = GraphBuilder(catalog: catalog)
        lookup = CatalogLookup(catalog)
    }

    /// The catalog so far: the gazetteer and the unknown entities of the reports added.
    public var catalog: EntityCatalog { lookup.catalog }

    /// Adds a report, or a part of one in order (``GraphPipeline/parts(of:linker:batch:emit:)``):
    /// its unknown entities (when `mergingUnknowns`; not when the catalog has them already) and its
    /// items' edges.
    public mutating func add(_ input: ReportGraphInput, mergingUnknowns: Bool = true) {
        if mergingUnknowns { lookup.add(unknowns: input.unknowns) }
        var header = input
        header.items = []
        header.unknowns = [:]
        for item in input.items {
            if item.allReferencedIDs(lookup.isSettled) {
                addEdges(of: item, report: header)
            } else {
                deferred.append((header, item))
            }
        }
    }

    private mutating func addEdges(of item: ItemGraphInput, report: ReportGraphInput) {
        builder.itemEdges(item, report: report, lookup: lookup) { piece, pairs in
            let index = Int32(evidence.count)
            let sources = ids.numbers(pairs.smolensk).map { rolled($0, smolensk: true) }
            let targets = ids.numbers(pairs.foreign).map { rolled($0, smolensk: false) }
            var used = false
            for source in sources {
                for target in targets where source != target {
                    groups[NumberedEdge(source: source, target: target), default: []].append(index)
                    used = true
                }
            }
            if used {
                var piece = piece
                piece.dates = texts.intern(piece.dates)
                piece.quote = texts.intern(piece.quote)
                evidence.append(piece)
            }
        }
    }

    /// The number of the id that `number`'s id rolls up to at the graph's level (remembered for
    /// gazetteer entities).
    private mutating func rolled(_ number: Int32, smolensk: Bool) -> Int32 {
        guard level != .org else { return number }
        let key = RollKey(number: number, smolensk: smolensk)
        if let known = rolled[key] { return known }
        let id = ids.id(number)
        let result = ids.number(builder.rolledID(id, level: level, smolensk: smolensk, lookup: lookup))
        if lookup.isGazetteerEntity(id) { rolled[key] = result }
        return result
    }

    /// The graph: the items set aside get their edges from the final catalog, each edge's evidence is
    /// sorted once, and the nodes are the entities on the edges.
    public mutating func finish() -> PartnershipGraph {
        let waiting = deferred
        deferred = []
        for (report, item) in waiting { addEdges(of: item, report: report) }
        let pending = groups
        groups = [:]
        // Sorted by source then target, as the graph keeps them: by the ids' ranks, not the ids.
        let ranks = ids.ranks()
        let sorted = pending.sorted { (ranks[Int($0.key.source)], ranks[Int($0.key.target)]) < (ranks[Int($1.key.source)], ranks[Int($1.key.target)]) }
        var edges: [GraphEdge] = []
        edges.reserveCapacity(sorted.count)
        var used = Array(repeating: false, count: ranks.count)
        for (key, indices) in sorted {
            edges.append(GraphEdge(source: ids.id(key.source), target: ids.id(key.target), evidence: indices.map { evidence[Int($0)] }))
            used[Int(key.source)] = true
            used[Int(key.target)] = true
        }
        evidence = ChunkedTable()
        texts = TextInterner()
        // Records fresh from the catalog: an unknown entity's name is its shortest spelling in any report.
        let nodeNumbers = ranks.indices.filter { used[$0] }.sorted { ranks[$0] < ranks[$1] }
        let nodes = nodeNumbers.compactMap { lookup.catalog.record(ids.ids[$0]) }
        return PartnershipGraph(sortedNodes: nodes, sortedEdges: edges)
    }

    /// An edge by the numbers of its two ends.
    private struct NumberedEdge: Hashable {
        var source: Int32
        var target: Int32
    }

    /// A numbered id and which side it is on, for remembering what it rolls up to.
    private struct RollKey: Hashable {
        var number: Int32
        var smolensk: Bool
    }
}
