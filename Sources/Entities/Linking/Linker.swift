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
    let placeAdjectives: PlaceAdjectives
    let postBodies: PostBodies

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        matcher = NameMatcher(gazetteer: gazetteer)
        placeAdjectives = PlaceAdjectives(gazetteer: gazetteer)
        recognizer = ShapeRecognizer(gazetteer: gazetteer, lexicon: gazetteer.shapeLexicon, placeAdjectives: placeAdjectives)
        resolver = ContextResolver(gazetteer: gazetteer)
        postBodies = PostBodies(gazetteer: gazetteer)
    }

    /// Links every item of `report`, finding the ties each states too (``LinkedItem/relations``).
    public func link(_ report: Report) -> LinkedReport {
        var items: [LinkedItem] = []
        items.reserveCapacity(report.items.count)
        let unknowns = linkItems(report) { _, _, linked, _ in items.append(linked) }
        return LinkedReport(report: report, items: items, unknowns: unknowns)
    }

    /// Links the items one at a time and hands each item (its index and itself) and what was found in it
    /// to `body`, keeping none of them, so that a run that needs them item by item (the graph, extract's
    /// output) holds one item at a time instead of the whole report's. The items are those
    /// ``link(_:)`` gives; `relations: false` leaves their ties unfound (extract and dedup do not show
    /// them). Returns the entities found by shape; `body` may take those found so far (its last
    /// argument) and leave it empty: later ones are merged into what is left, so the parts taken, merged
    /// in order, are the report's.
    /// - Complexity: O(n) in the size of the report for a fixed gazetteer.
    public func linkItems(_ report: Report, relations: Bool = true,
                          _ body: (Int, ReportItem, LinkedItem, inout [String: UnknownEntity]) throws -> Void) rethrows -> [String: UnknownEntity] {
        try gazetteer.vocabulary.withWordCache { cache in
            var unknowns: [String: UnknownEntity] = [:]
            // The municipality each section row names, worked out once per section; the items of a
            // section come one after another, so the last one's is compared first (by bytes: no hashing).
            var sections: [UTF8Key: Int?] = [:]
            var lastSection: (name: String, position: Int?)?
            var memory = ReportMemory()
            for (index, item) in report.items.enumerated() {
                var section: Int?
                if let name = item.section {
                    if let last = lastSection, last.name.utf8Equals(name) {
                        section = last.position
                    } else {
                        let key = UTF8Key(name)
                        if let known = sections[key] {
                            section = known
                        } else {
                            section = sectionEntity(name).flatMap(gazetteer.position(of:))
                            sections[key] = section
                        }
                        lastSection = (name, section)
                    }
                }
                let (mentions, tokens) = linkItem(item, section: section, cache: cache, unknowns: &unknowns, memory: &memory)
                let found = relations ? RelationFinder.find(in: item, mentions: mentions, fieldTokens: tokens) : []
                try body(index, item, LinkedItem(mentions: mentions, section: section.map { gazetteer.entities[$0].id }, relations: found),
                         &unknowns)
            }
            return unknowns
        }
    }

    /// The tokens of `text`, their words in the gazetteer's vocabulary.
    func tokenize(_ text: String) -> [Token] {
        gazetteer.vocabulary.withWordCache { Tokenizer.tokenize(text, cache: $0) }
    }

    /// Spans chosen in one field, before ambiguous names are decided.
    struct FieldSpans {
        var field: ItemField
        var tokens: [Token]
        var chosen: [Candidate]
    }

    /// The fields names are looked for in, in order: all but the dates.
    static let linkedFields = ItemField.allCases.filter { $0 != .dates }

    /// The item's mentions, and the tokens of its linked fields.
    /// `section`: the gazetteer position of the municipality the item's section names, if any.
    func linkItem(_ item: ReportItem, section: Int? = nil, cache: WordCache, unknowns: inout [String: UnknownEntity]) -> ([Mention], [[Token]]) {
        var memory = ReportMemory()
        return linkItem(item, section: section, cache: cache, unknowns: &unknowns, memory: &memory)
    }

    /// The same, with what the report said in the items before (``ReportMemory``), which it adds to.
    func linkItem(_ item: ReportItem, section: Int?, cache: WordCache, unknowns: inout [String: UnknownEntity],
                  memory: inout ReportMemory) -> ([Mention], [[Token]]) {
        let fields = Linker.linkedFields.map { field -> FieldSpans in
            let tokens = Tokenizer.tokenize(item[field].text, cache: cache)
            return FieldSpans(field: field, tokens: tokens, chosen: spansIn(tokens))
        }
        let venue = itemVenue(fields)
        // The host lies at the venue wherever the item names it, before its own field too.
        if let host = venue.host, let spans = fields.first(where: { $0.field == host.field }), let shape = spans.chosen[host.candidate].unknown,
           let key = placeKey(shape, spans.chosen[host.candidate], spans.tokens) {
            memory.bodyPlaces.record(key, place: host.place, hierarchy: gazetteer.hierarchy)
        }
        var mentions: [Mention] = []
        for (fieldIndex, spans) in fields.enumerated() {
            /// The body named right before the current name, if the previous mention is one: its id,
            /// where it ends, its country.
            var previousBody: (id: String, end: Int, country: String?)?
            /// A person named before a post whose body is the chosen span `span`, not linked yet.
            var apposed: (person: String, span: Int)?
            var parentheses = OpenParentheses()
            var named: [(start: Int, end: Int, id: String)] = []
            var fieldMentions: [Mention] = []
            let field = item[spans.field]
            // The country each body of a list a country introduces belongs to ("белорусских компаний …").
            let listed = spans.chosen.contains { $0.unknown?.kind == .org }
                ? ListedCountry.countries(spans.tokens, chosen: spans.chosen, gazetteer: gazetteer, adjectives: placeAdjectives) : [:]
            for (candidateIndex, candidate) in spans.chosen.enumerated() {
                let entityID: String
                var body: (id: String, end: Int, country: String?)?
                if candidate.source == .gazetteer {
                    // Only an ambiguous name needs the names around it.
                    let context = candidate.entities.count > 1 ? contextPositions(fields, fieldIndex: fieldIndex, candidateIndex: candidateIndex) : []
                    let position = resolver.choose(among: candidate.entities, context: context)
                    entityID = gazetteer.entities[position].id
                    if gazetteer.kinds[position] == .org { body = (entityID, candidate.end, gazetteer.entities[position].country) }
                } else if let shape = candidate.unknown {
                    let clues = PlaceClues(section: section, venueAbroad: venue.abroad,
                                           hosts: venue.host.flatMap { $0.field == spans.field && $0.candidate == candidateIndex ? $0.place : nil },
                                           address: addressTown(after: candidateIndex, spans), listed: listed[candidateIndex],
                                           inEventName: spans.field == .name)
                    var unknown = unknownEntity(shape, candidate, spans.tokens, item[spans.field].text, clues: clues,
                                                bodyPlaces: &memory.bodyPlaces)
                    if unknown.kind == .person, unknown.parent == nil,
                       let span = placePerson(&unknown, at: candidateIndex, spans, previousBody: previousBody, named: named, unknowns: unknowns) {
                        apposed = (unknown.id, span)
                    }
                    if unknown.kind == .org { body = (unknown.id, candidate.end, unknown.country) }
                    if unknown.kind == .city, let core = shape.coreStart, shape.coreEnd == core + 1 {
                        // "мэр города Цюйфу": "Цюйфу" alone names it later in the report.
                        memory.aliases.learn(town: spans.tokens[core], id: unknown.id)
                    }
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
                if let pending = apposed, pending.span == candidateIndex {
                    // The body named in a post after a person, now that its id and country are known.
                    if let body, var person = unknowns[pending.person], person.parent == nil {
                        person.parent = body.id
                        if person.country == nil { person.country = body.country }
                        unknowns[pending.person] = person
                    }
                    apposed = nil
                }
                let start = spans.tokens[candidate.start].start, end = spans.tokens[candidate.end - 1].end
                let source = field.sourceRange(cleanStart: start, cleanEnd: end)
                // In parentheses or after "в": where something happens ("(г. Рудня)", "Визит в г. Смоленск").
                let saysWhere = parentheses.depth(before: candidate.start, in: spans.tokens) > 0
                    || candidate.start > 0 && ShapeRecognizer.isIn(spans.tokens[candidate.start - 1])
                fieldMentions.append(Mention(text: field.text.utf8Slice(start, end), field: spans.field,
                                             start: source.start, end: source.end, fieldStart: start, fieldEnd: end, entityID: entityID,
                                             saysWhere: saysWhere))
                named.append((candidate.start, candidate.end, entityID))
                // "Детско-юношеская спортивная школа «Зорька»" may be "ДЮСШ" later in the report.
                if let body { memory.aliases.learnInitials(spans.tokens, start: candidate.start, end: candidate.end, id: body.id) }
                if body == nil, let last = previousBody, last.end == candidate.start, candidate.source == .gazetteer,
                   candidate.entities.allSatisfy({ gazetteer.kinds[$0].isPlace }) {
                    // A place right after a body is its place, and the person after both serves the body:
                    // "депутат Государственной Думы | Российской Федерации | А.В. Туров".
                    previousBody?.end = candidate.end
                } else {
                    previousBody = body
                }
            }
            // Short names the report defines ("(далее – ВГУ)") and uses later.
            memory.aliases.learn(spans.tokens, named: named)
            if !memory.aliases.isEmpty {
                let uses = memory.aliases.uses(in: spans.tokens, taken: spans.chosen.map { $0.start..<$0.end })
                for use in uses {
                    let token = spans.tokens[use.index]
                    let source = field.sourceRange(cleanStart: token.start, cleanEnd: token.end)
                    fieldMentions.append(Mention(text: field.text.utf8Slice(token.start, token.end), field: spans.field, start: source.start,
                                                 end: source.end, fieldStart: token.start, fieldEnd: token.end, entityID: use.id))
                }
                if !uses.isEmpty { fieldMentions.sort { $0.fieldStart < $1.fieldStart } }
            }
            mentions += fieldMentions
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
        let persons = PersonShape.find(in: tokens, givenNames: gazetteer.shapeLexicon.givenNameKeyIDs,
                                       patronymics: gazetteer.shapeLexicon.malePatronymics)
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
        // A recognized body never starts inside a known body's name ("Государственной | Думы Российской
        // Федерации"): the known name stands, the words after it are mentions of their own.
        if !knownOrganizations.isEmpty {
            var insideKnownBody = [Bool](repeating: false, count: tokens.count + 1)
            for candidates in knownOrganizations.values {
                for candidate in candidates where candidate.end > candidate.start + 1 {
                    for index in (candidate.start + 1)..<candidate.end { insideKnownBody[index] = true }
                }
            }
            for index in unknown.indices where unknown[index].unknown?.kind == .org && insideKnownBody[unknown[index].start] {
                unknown[index].end = unknown[index].start
            }
        }
        // A part of a body named with the known body after it ("Управления культуры Администрации
        // г. Смоленска"): one body, which belongs to the known one.
        for index in unknown.indices where unknown[index].end > unknown[index].start {
            guard let shape = unknown[index].unknown, shape.kind == .org, gazetteer.shapeLexicon.isUnitHead(tokens[unknown[index].start]),
                  let body = knownOrganizations[unknown[index].end]?.max(by: { $0.end < $1.end }), body.entities.count == 1 else { continue }
            unknown[index].end = body.end
            unknown[index].unknown?.places.append(body.entities[0])
        }
        unknown.removeAll { $0.end <= $0.start }
        var chosen = SpanSelection.select((known + unknown).map { $0.weighed(tokens) })
        for index in chosen.indices {
            if chosen[index].source == .gazetteer {
                chosen[index] = MentionSpan.widen(chosen[index], tokens, gazetteer: gazetteer)
            } else if chosen[index].unknown?.kind == .org {
                // "директор «Центра международного сотрудничества …»": the quotes are the name's.
                chosen[index] = MentionSpan.includingEnclosingQuotes(chosen[index], tokens)
            }
        }
        let coordinated = CoordinatedNames.expand(chosen, tokens, matcher: matcher, gazetteer: gazetteer, placeAdjectives: placeAdjectives)
        return MentionSpan.joiningTheirCountry(HomonymPlaces.separate(coordinated, gazetteer: gazetteer), gazetteer: gazetteer)
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

    /// The unknown entity a recognized span stands for, with parent and country from what its name and
    /// surroundings say (see ``placeEvidence(_:named:clues:)``) or where the report placed it before
    /// (`bodyPlaces`, which it records in when its own words, the venue or its list say).
    func unknownEntity(_ shape: UnknownShape, _ candidate: Candidate, _ tokens: [Token], _ text: String, clues: PlaceClues,
                       bodyPlaces: inout BodyPlaces) -> UnknownEntity {
        var coreKeys = coreKeys(shape, candidate, tokens)
        if shape.kind == .person, let person = shape.person {
            // "П.П. Пупкинов", "Пупкинова П.П." and "Павел Петрович Пупкинов" are one person: the surname,
            // then the initials.
            coreKeys = [tokens[person.surname].keys.first ?? tokens[person.surname].folded] + person.initials.map { String($0) }
        } else if shape.kind == .person {
            coreKeys = coreKeys.filter { $0.count > 1 } + coreKeys.filter { $0.count <= 1 }
        }
        // The most specific place named in or after it is its parent.
        let named = shape.kind == .org ? namedPlaces(shape, candidate, tokens) : shape.places
        var places = placeEvidence(shape, named: named, clues: clues)
        let key = placeKey(shape, candidate, tokens, coreKeys: coreKeys)
        if let key, clues.hosts == nil, let recorded = bodyPlaces.place(of: key, named: named, hierarchy: gazetteer.hierarchy) {
            places = [recorded]
        }
        let parentPosition = deepestAgreed(places)
        if let key, let parentPosition, clues.hosts != nil || !named.isEmpty || parentPosition == clues.listed {
            bodyPlaces.record(key, place: parentPosition, hierarchy: gazetteer.hierarchy)
        }
        let parent = parentPosition.map { gazetteer.entities[$0].id }
        let country = parentPosition.flatMap { gazetteer.entities[$0].country } ?? shape.legalFormCountry
        let spelling = text.utf8Slice(tokens[candidate.start].start, tokens[candidate.end - 1].end)
        let id = UnknownEntity.makeID(kind: shape.kind, keys: coreKeys, parent: parent)
        return UnknownEntity(id: id, kind: shape.kind, spellings: [spelling: 1], country: country, parent: parent)
    }
}

extension Linker {
    /// The deepest of `places`. When it is one of the readings of an ambiguous name (the two "Московский
    /// район", Minsk's and Brest's), the reading another of the places holds ("… района г. Минска"), and
    /// with nothing to choose between them, the nearest place that holds them all — never one of them by
    /// chance.
    /// - Complexity: O(p² · d) for p places of depth d (a name names a handful).
    func deepestAgreed(_ places: [Int]) -> Int? {
        let hierarchy = gazetteer.hierarchy
        guard let deepest = places.max(by: { hierarchy.depths[$0] < hierarchy.depths[$1] }) else { return nil }
        let name = gazetteer.entities[deepest].name
        let readings = places.filter { place in
            place == deepest || gazetteer.entities[place].name == name && !hierarchy.holds(place, deepest) && !hierarchy.holds(deepest, place)
        }
        guard readings.contains(where: { $0 != deepest }) else { return deepest }
        // A reading that another place named holds, and the others do not.
        let held = readings.filter { reading in
            places.contains { other in other != reading && hierarchy.holds(other, reading) && !readings.allSatisfy { hierarchy.holds(other, $0) } }
        }
        if let chosen = held.max(by: { hierarchy.depths[$0] < hierarchy.depths[$1] }) { return chosen }
        return hierarchy.ancestors(of: deepest).first { ancestor in readings.allSatisfy { hierarchy.holds(ancestor, $0) } }
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
