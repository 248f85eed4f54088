/// Links every name in a report to a canonical entity: gazetteer names in any case (``NameMatcher``),
/// names the gazetteer lacks by shape (``ShapeRecognizer``), the best non-overlapping spans
/// (``SpanSelection``), and ambiguous names decided by context (``ContextResolver``).
///
/// ```swift
/// let linker = Linker(gazetteer: gazetteer)
/// let linked = linker.link(report)
/// linked.mentions[0].map(\.entityID) // ["ru-smolensk", …]
/// ```
/// - Complexity: O(n) in the size of the report for a fixed gazetteer.
public struct Linker: Sendable {
    public let gazetteer: Gazetteer
    let matcher: NameMatcher
    let recognizer: ShapeRecognizer
    let resolver: ContextResolver

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        matcher = NameMatcher(gazetteer: gazetteer)
        recognizer = ShapeRecognizer(gazetteer: gazetteer, lexicon: gazetteer.shapeLexicon)
        resolver = ContextResolver(gazetteer: gazetteer)
    }

    public func link(_ report: Report) -> LinkedReport {
        link(report, keepingTokens: false)
    }

    /// `keepingTokens`: keep each item's field tokens in the result, for ``ReportGraphInput`` (the graph
    /// reads the same fields again) — a run that builds the graph links this way.
    public func link(_ report: Report, keepingTokens: Bool) -> LinkedReport {
        gazetteer.vocabulary.withWordCache { cache in
            var unknowns: [String: UnknownEntity] = [:]
            var mentions: [[Mention]] = []
            mentions.reserveCapacity(report.items.count)
            var tokens: [[[Token]]] = []
            for item in report.items {
                let (itemMentions, itemTokens) = linkItem(item, cache: cache, unknowns: &unknowns)
                mentions.append(itemMentions)
                if keepingTokens { tokens.append(itemTokens) }
            }
            return LinkedReport(report: report, mentions: mentions, unknowns: unknowns, fieldTokens: keepingTokens ? tokens : nil)
        }
    }

    /// Links the items one at a time and hands each item's mentions and field tokens (in
    /// ``linkedFields`` order) to `body`, keeping neither, so that a run that needs them item by item (the
    /// graph) holds one item's tokens at a time instead of the whole report's. Returns the entities found
    /// by shape. The mentions are those ``link(_:keepingTokens:)`` gives.
    /// - Complexity: O(n) in the size of the report for a fixed gazetteer.
    package func linkItems(_ report: Report, _ body: (Int, [Mention], [[Token]]) -> Void) -> [String: UnknownEntity] {
        gazetteer.vocabulary.withWordCache { cache in
            var unknowns: [String: UnknownEntity] = [:]
            for (index, item) in report.items.enumerated() {
                let (itemMentions, itemTokens) = linkItem(item, cache: cache, unknowns: &unknowns)
                body(index, itemMentions, itemTokens)
            }
            return unknowns
        }
    }

    /// The tokens of `text`, their words in the gazetteer's vocabulary.
    package func tokenize(_ text: String) -> [Token] {
        gazetteer.vocabulary.withWordCache { Tokenizer.tokenize(text, cache: $0) }
    }

    /// Spans chosen in one field, before ambiguous names are decided.
    struct FieldSpans {
        var field: ItemField
        var tokens: [Token]
        var chosen: [Candidate]
    }

    /// The fields names are looked for in, in order: all but the dates.
    package static let linkedFields = ItemField.allCases.filter { $0 != .dates }

    /// The item's mentions, and the tokens of its linked fields.
    func linkItem(_ item: ReportItem, cache: WordCache, unknowns: inout [String: UnknownEntity]) -> ([Mention], [[Token]]) {
        let fields = Linker.linkedFields.map { field -> FieldSpans in
            let tokens = Tokenizer.tokenize(item[field].text, cache: cache)
            return FieldSpans(field: field, tokens: tokens, chosen: spansIn(tokens))
        }
        var mentions: [Mention] = []
        for (fieldIndex, spans) in fields.enumerated() {
            for (candidateIndex, candidate) in spans.chosen.enumerated() {
                let entityID: String
                if candidate.source == .gazetteer {
                    // Only an ambiguous name needs the names around it.
                    let context = candidate.entities.count > 1 ? contextPositions(fields, fieldIndex: fieldIndex, candidateIndex: candidateIndex) : []
                    entityID = gazetteer.entities[resolver.choose(among: candidate.entities, context: context)].id
                } else if let shape = candidate.unknown {
                    let unknown = unknownEntity(shape, candidate, spans.tokens, item[spans.field].text)
                    if var existing = unknowns[unknown.id] {
                        existing.merge(unknown)
                        unknowns[unknown.id] = existing
                    } else {
                        unknowns[unknown.id] = unknown
                    }
                    entityID = unknown.id
                } else {
                    continue
                }
                let field = item[spans.field]
                let start = spans.tokens[candidate.start].start, end = spans.tokens[candidate.end - 1].end
                let source = field.sourceRange(cleanStart: start, cleanEnd: end)
                mentions.append(Mention(text: field.text.utf8Slice(start, end), field: spans.field,
                                        start: source.start, end: source.end, fieldStart: start, fieldEnd: end, entityID: entityID))
            }
        }
        return (mentions, fields.map(\.tokens))
    }

    /// The chosen spans of one field's tokens.
    func spansIn(_ tokens: [Token]) -> [Candidate] {
        let tokens = gazetteer.vocabulary.adopt(tokens)
        var content: [Int] = []
        content.reserveCapacity(tokens.count)
        for index in tokens.indices where !tokens[index].isSkippedWhenMatching { content.append(index) }
        let matchTokens = MatchToken.content(tokens, content)
        let persons = PersonShape.find(in: tokens)
        let known = matcher.match(tokens, content: content, matchTokens: matchTokens, persons: persons)
        var unknown = recognizer.recognize(tokens, content: content, matchTokens: matchTokens, known: known, persons: persons)
        // An unknown organization whose name proper is a known organization's name is that organization.
        // Known organizations by the token they start at, in order.
        var knownOrganizations: [Int: [Candidate]] = [:]
        for candidate in known where candidate.entities.contains(where: { gazetteer.kinds[$0] == .org }) {
            knownOrganizations[candidate.start, default: []].append(candidate)
        }
        for index in unknown.indices {
            guard let shape = unknown[index].unknown, shape.kind == .org else { continue }
            var coreEnd = shape.coreEnd
            while coreEnd > unknown[index].start, tokens[coreEnd - 1].isSkippedWhenMatching { coreEnd -= 1 }
            guard let match = knownOrganizations[unknown[index].start]?.first(where: { $0.end <= unknown[index].end }) else { continue }
            if match.end >= coreEnd {
                unknown[index].entities = match.entities
                unknown[index].source = .gazetteer
                unknown[index].unknown = nil
            } else {
                // A known body followed by more words ("Правительства Смоленской области при Правительстве
                // Российской Федерации"): the known name stands, the rest are mentions of their own.
                unknown[index].entities = []
                unknown[index].end = unknown[index].start
            }
        }
        unknown.removeAll { $0.end <= $0.start }
        var chosen = SpanSelection.select((known + unknown).map { $0.weighed(tokens) })
        for index in chosen.indices where chosen[index].source == .gazetteer {
            chosen[index] = MentionSpan.widen(chosen[index], tokens, gazetteer: gazetteer)
        }
        return chosen
    }

    /// Gazetteer positions of the names around candidate `candidateIndex` of field `fieldIndex`, most relevant first.
    func contextPositions(_ fields: [FieldSpans], fieldIndex: Int, candidateIndex: Int) -> [Int] {
        let own = fields[fieldIndex].chosen
        var ranked: [(Int, [Int])] = []
        for (index, other) in own.enumerated() where index != candidateIndex {
            let distance = abs(index - candidateIndex) * 2 + (index > candidateIndex ? 0 : 1)
            ranked.append((distance, other.entities + (other.unknown?.places ?? [])))
        }
        var result = ranked.sorted { $0.0 < $1.0 }.flatMap(\.1)
        for (index, spans) in fields.enumerated() where index != fieldIndex {
            for other in spans.chosen { result += other.entities + (other.unknown?.places ?? []) }
        }
        return result
    }

    /// The unknown entity a recognized span stands for, with parent and country from its place hints.
    func unknownEntity(_ shape: UnknownShape, _ candidate: Candidate, _ tokens: [Token], _ text: String) -> UnknownEntity {
        let coreStart = shape.coreStart ?? candidate.start
        var coreKeys = tokens[coreStart..<max(coreStart, min(shape.coreEnd, candidate.end))].filter { !$0.isSkippedWhenMatching }.compactMap { $0.keys.first ?? $0.folded }
        if shape.kind == .person {
            // "П.П. Пупкинов" and "Пупкинова П.П." are one person: the surname first, then the initials.
            coreKeys = coreKeys.filter { $0.count > 1 } + coreKeys.filter { $0.count <= 1 }
        }
        // The most specific place named in or after it is its parent.
        let parentPosition = shape.places.max { gazetteer.ancestors[$0].count < gazetteer.ancestors[$1].count }
        let parent = parentPosition.map { gazetteer.entities[$0].id }
        let country = parentPosition.flatMap { gazetteer.entities[$0].country } ?? shape.legalFormCountry
        let spelling = text.utf8Slice(tokens[candidate.start].start, tokens[candidate.end - 1].end)
        let id = UnknownEntity.makeID(kind: shape.kind, keys: coreKeys, parent: parent)
        return UnknownEntity(id: id, kind: shape.kind, spellings: [spelling: 1], country: country, parent: parent)
    }
}

extension Linker {
    /// The Smolensk-region municipality a section row names ("Город Смоленск", "Муниципальное образование
    /// «Велижский район» Смоленской области"), or nil.
    public func sectionEntity(_ section: String) -> String? {
        let tokens = tokenize(section)
        for candidate in spansIn(tokens) where candidate.source == .gazetteer {
            for position in candidate.entities {
                let entity = gazetteer.entities[position]
                if (entity.kind == .district || entity.kind == .city), gazetteer.smolensk[position] { return entity.id }
            }
        }
        return nil
    }
}
