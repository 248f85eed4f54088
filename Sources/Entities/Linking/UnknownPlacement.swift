/// Where a body the gazetteer lacks lies: the evidence its own words give, the item's venue and the
/// body that hosted it there, its address, the list it stands in — weighed by ``Linker/placeEvidence(_:named:clues:)``.
extension Linker {
    /// The places that tell where an unknown entity lies, best evidence first:
    /// 1. places named in its name, its tail or the parentheses after it ("… г. Гомеля", "(г. Лида)"),
    ///    and, for a body, the place adjectives of its name with their level words ("Гродненская
    ///    областная филармония", see ``PlaceAdjectives``) — unless it is the body that hosted the item
    ///    (``PlaceClues/hosts``, see ``itemVenue(_:)``): then the venue, which those places contain; and
    ///    the town written after it and a comma (``PlaceClues/address``: "УК «Витебский областной
    ///    музей», г. Витебск") when those places contain it;
    /// 2. failing those, for a body whose legal form belongs to one region (an oblast or municipal form of
    ///    the Smolensk region: ОГБУК, МБОУ): the municipality its item's section names, when it lies in
    ///    that region, else the region itself;
    /// 3. failing those, for a body whose legal form says no other country: the item's venue abroad (a
    ///    visit to "г. Могилев, Республика Беларусь" meets "ОАО «Ольса»" there), unless the list it stands
    ///    in is of another country's bodies;
    /// 4. failing those, the country of the list it stands in (``PlaceClues/listed``, ``ListedCountry``: "белорусских
    ///    компаний ОАО «МЗКТ» и ГК «СТиМ»"), when its legal form says no other;
    /// 5. failing those, for a body the event's title names (``PlaceClues/inEventName``) in a municipal
    ///    report, whose legal form says no other country: the municipality the item's section names — a
    ///    municipal report's titles name its own bodies ("конференция научного общества учащихся «Эврика»").
    /// A body with no evidence at all gets no place (its legal form may still give its country).
    /// `named`: the places its own words name (``namedPlaces(_:_:_:)``).
    func placeEvidence(_ shape: UnknownShape, named: [Int], clues: PlaceClues) -> [Int] {
        guard shape.kind == .org else { return shape.places }
        if let hosts = clues.hosts { return [hosts] }
        guard named.isEmpty else {
            if let address = clues.address, named.allSatisfy({ gazetteer.hierarchy.holds($0, address) }) { return [address] }
            return named
        }
        if let region = shape.legalForm?.place.flatMap(gazetteer.position(of:)) {
            if let section = clues.section, gazetteer.hierarchy.holds(region, section) { return [section] }
            return [region]
        }
        let form = shape.legalFormCountry
        let listed = clues.listed
        if let venue = clues.venueAbroad, form == nil || form == gazetteer.entities[venue].country,
           listed.map({ gazetteer.entities[$0].country == gazetteer.entities[venue].country }) ?? true {
            return [venue]
        }
        if let listed {
            return form == nil || form == gazetteer.entities[listed].country ? [listed] : []
        }
        if clues.inEventName, let section = clues.section, form == nil || form == gazetteer.entities[section].country { return [section] }
        return []
    }

    /// The places a body's own words name: in its name, its tail or the parentheses after it, and the
    /// place adjectives of its name with their level words; failing those, the country whose adjective
    /// begins it in lower case ("российским предприятием «…»", "белорусского посольства").
    func namedPlaces(_ shape: UnknownShape, _ candidate: Candidate, _ tokens: [Token]) -> [Int] {
        var places = shape.places
        let coreStart = shape.coreStart ?? candidate.start
        if let shared = shape.sharedWords {
            // The adjective read with the words it shares: "Смоленским | городскими Советами".
            let phrase = Array(tokens[coreStart..<shape.coreEnd] + tokens[shared])
            if let named = placeAdjectives.place(in: phrase, 0..<phrase.count, gazetteer: gazetteer) { places.append(named) }
        } else if let named = placeAdjectives.place(in: tokens, coreStart..<min(max(coreStart, shape.coreEnd), tokens.count), gazetteer: gazetteer) {
            places.append(named)
        }
        if places.isEmpty, shape.kind == .org, coreStart < tokens.count, !tokens[coreStart].isCapitalized,
           let country = placeAdjectives.country(of: tokens[coreStart], gazetteer: gazetteer) {
            places.append(country)
        }
        return places
    }

    /// The town a body's address names: a known town right after chosen span `index` and a comma ("…
    /// музей», г. Полоцк"), or nil.
    func addressTown(after index: Int, _ spans: FieldSpans) -> Int? {
        guard index + 1 < spans.chosen.count else { return nil }
        let (body, next) = (spans.chosen[index], spans.chosen[index + 1])
        guard next.start == body.end + 1, spans.tokens[body.end].kind == .comma, spans.tokens[body.end].folded == ",",
              next.source == .gazetteer, next.entities.count == 1, let town = next.entities.first, gazetteer.kinds[town] == .city,
              ShapeLexicon.isSettlementMarker(spans.tokens, at: next.start) else { return nil }
        return town
    }

    /// The keys of a name proper: its words but the skipped ones, from after its place marker to its place
    /// tail, an abbreviation of the lexicon spelled out ("СШ" as "средняя школа", "им." as "имени"), so
    /// that the id an unknown body gets is one however the report abbreviates it.
    func coreKeys(_ shape: UnknownShape, _ candidate: Candidate, _ tokens: [Token]) -> [String] {
        let coreStart = shape.coreStart ?? candidate.start
        let spelledOut = gazetteer.shapeLexicon.spelledOut
        var keys: [String] = []
        let shared = shape.sharedWords.map { Array(tokens[$0]) } ?? []
        for token in tokens[coreStart..<max(coreStart, min(shape.coreEnd, candidate.end))] + shared where !token.isSkippedWhenMatching {
            if let id = token.word.keyIDs.first, let spelled = spelledOut[id] { keys += spelled } else { keys.append(token.keys.first ?? token.folded) }
        }
        return keys
    }

    /// The key ``BodyPlaces`` knows an unknown body by: its core keys; nil for a person, a place or a
    /// numbered body.
    func placeKey(_ shape: UnknownShape, _ candidate: Candidate, _ tokens: [Token], coreKeys: [String]? = nil) -> String? {
        guard shape.kind == .org, !tokens[candidate.start..<candidate.end].contains(where: { $0.kind == .number || $0.kind == .numero }) else { return nil }
        return (coreKeys ?? self.coreKeys(shape, candidate, tokens)).joined(separator: " ")
    }

    /// Where an item took place, from its place column: the place abroad (see ``venue(_:abroad:)``), and
    /// the body that hosted it — the one unknown body the place column names beside the venue that can
    /// lie there ("г. Смоленск, ГБУК «Смоленская областная библиотека»": its own words say only the
    /// region, or nothing, and its legal form no other region or country); failing one there, the one
    /// such body the event's name puts it in ("Экскурсия в Музее Боевой Славы"). Two such bodies, or a
    /// known body of the venue's country beside it, and no body is the host.
    func itemVenue(_ fields: [FieldSpans]) -> ItemVenue {
        guard let placeColumn = fields.first(where: { $0.field == .place }) else { return ItemVenue() }
        var result = ItemVenue(abroad: venue(placeColumn.chosen, abroad: true))
        guard let venue = venue(placeColumn.chosen, abroad: false) else { return result }
        if let host = host(in: placeColumn, at: venue, after: nil) {
            result.host = (.place, host, venue)
        } else if let name = fields.first(where: { $0.field == .name }), let host = host(in: name, at: venue, after: ["в", "во"]) {
            result.host = (.name, host, venue)
        }
        return result
    }

    /// The index of the one unknown body among `spans.chosen` that can lie at `venue` (with `after`: of
    /// those right after one of these words), or nil.
    func host(in spans: FieldSpans, at venue: Int, after words: Set<String>?) -> Int? {
        let country = gazetteer.entities[venue].country
        // The gazetteer alone, not `self`: a closure that captures the linker copies all of it.
        let gazetteer = gazetteer
        let contains = { (place: Int) in gazetteer.hierarchy.holds(place, venue) }
        var hosts: [Int] = []
        for (index, candidate) in spans.chosen.enumerated() {
            if let words, candidate.start == 0 || !words.contains(spans.tokens[candidate.start - 1].folded) { continue }
            if candidate.source == .gazetteer {
                if candidate.entities.contains(where: { gazetteer.kinds[$0] == .org && gazetteer.entities[$0].country == country }) { return nil }
                continue
            }
            guard let shape = candidate.unknown, shape.kind == .org else { continue }
            let region = shape.legalForm?.place.flatMap(gazetteer.position(of:))
            let form = shape.legalFormCountry
            if namedPlaces(shape, candidate, spans.tokens).allSatisfy(contains), region.map(contains) ?? true, form == nil || form == country {
                hosts.append(index)
            }
        }
        return hosts.count == 1 ? hosts[0] : nil
    }

    /// The most specific place an item's place column names, when its places lie on one line ("г. Могилев,
    /// Республика Беларусь"); with `abroad`, of its places outside Russia only (nil for a venue in Russia
    /// or online). Nil when the places lie in two branches (two countries, two cities).
    func venue(_ chosen: [Candidate], abroad: Bool) -> Int? {
        let places = chosen.compactMap { candidate -> Int? in
            guard candidate.source == .gazetteer, candidate.entities.count == 1, let position = candidate.entities.first,
                  gazetteer.kinds[position].isPlace, !abroad || gazetteer.entities[position].country != "RU" else { return nil }
            return position
        }
        guard let deepest = places.max(by: { gazetteer.hierarchy.depths[$0] < gazetteer.hierarchy.depths[$1] }) else { return nil }
        return places.allSatisfy { gazetteer.hierarchy.holds($0, deepest) } ? deepest : nil
    }
}
