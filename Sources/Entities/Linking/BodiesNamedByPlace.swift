/// The parts of a body's name that are places: the place a head's complement ends with, which names the
/// body ("Центра … сотрудничества Брундской области", "правительства Брундской области"), and the seat
/// of a representation or an embassy ("… в Республике Беларусь").
extension ShapeRecognizer {
    /// "… в Республике Беларусь", "… в г. Минске": the place a representation or an embassy sits in,
    /// written after "в" right after its name, is part of the name; it places the body only when nothing
    /// in the name does, its legal form or head included ("Посольство Зетландии в Брундской области" is
    /// Zetland's, and so are "Зетландский центр науки и культуры в Брунде", "зетландского посольства в
    /// Брунде" and a body named with a head marked "!ZZ").
    func seated(_ candidate: Candidate, _ context: Context) -> Candidate {
        guard let seat = seat(at: candidate.end, context) else { return candidate }
        var seated = candidate
        seated.end = seat.end
        let tokens = context.tokens
        let adjective = placeAdjectives.place(in: tokens, candidate.start..<candidate.end, gazetteer: gazetteer) != nil
            || placeAdjectives.country(of: tokens[candidate.start], gazetteer: gazetteer) != nil
        // A legal form or a head of one country's bodies says whose it is too: "Русского дома в Гродно" is
        // Russian (a head marked "!RU"), wherever it sits.
        if seated.unknown?.places.isEmpty == true, !adjective, seated.unknown?.legalForm?.country == nil { seated.unknown?.places = seat.entities }
        return seated
    }

    /// "в" or "во", which writes a seat.
    static func isIn(_ token: Token) -> Bool {
        token.kind == .word && (token.folded.utf8Equals("в") || token.folded.utf8Equals("во"))
    }

    /// The known place written after "в" (or "во") at token index `index`, with its marker if any.
    func seat(at index: Int, _ context: Context) -> Candidate? {
        let tokens = context.tokens
        guard index + 1 < tokens.count, ShapeRecognizer.isIn(tokens[index]) else { return nil }
        var start = index + 1
        if ShapeLexicon.isSettlementMarker(tokens, at: start) {
            start += 1
            if start < tokens.count, tokens[start].kind == .dot { start += 1 }
        }
        return context.place(at: start)
    }

    /// A head whose genitive complement ends in a known place, which says which body it is: "Центра
    /// международного сотрудничества Брундской области" (a general head: not with the place alone,
    /// "Команды Зетландии" is no body), "правительства Брундской области" (a public authority in lower
    /// case; `placesFirst`: the place may follow the head right away; `seatNames`: a representation's
    /// seat after its complement names it too, see ``seated(_:_:)``). A city right after a district of it
    /// is part of the name ("администрации Московского района Минска").
    func namedByPlace(start: Int, headEndPosition: Int, _ context: Context, placesFirst: Bool, seatNames: Bool = false) -> Candidate? {
        let headEnd = context.content[headEndPosition - 1] + 1
        let complement = genitiveComplementEnd(from: headEnd, context, placesFirst: placesFirst)
        // The name ends with the first place in it ("правительства Брундской области | и …"); a town
        // right after is its tail, other places after it tell where it is.
        guard let firstPlace = (headEnd..<complement).first(where: context.isPlaceStart), let place = context.place(at: firstPlace) else {
            // A representation named by where it sits and whose it is: "представительства Фонда в Республике
            // Беларусь", "представительства немецкой экономики в …" — not a kind alone ("отделение
            // посольства в Смоленске": whose?).
            guard seatNames, complement > headEnd, (headEnd..<complement).contains(where: { index in
                      context.tokens[index].isCapitalized || placeAdjectives.country(of: context.tokens[index], gazetteer: gazetteer) != nil
                  }), seat(at: complement, context) != nil else { return nil }
            return finish(start: start, coreEnd: complement, context, legalForm: nil)
        }
        // A district of a city takes the city right after it, which says which district of that name it
        // is: "администрации Московского района | Минска" (not Brest's).
        let hierarchy = gazetteer.hierarchy
        if let city = context.place(at: place.end) {
            let cities = city.entities.filter { gazetteer.kinds[$0] == .city }
            let districts = place.entities.filter { district in
                gazetteer.kinds[district] == .district && cities.contains { hierarchy.holds($0, district) }
            }
            if !districts.isEmpty {
                var candidate = finish(start: start, coreEnd: city.end, context, legalForm: nil)
                candidate.unknown?.places.removeAll { place.entities.contains($0) && !districts.contains($0) }
                return candidate
            }
        }
        return finish(start: start, coreEnd: place.end, context, legalForm: nil)
    }

    /// Whether the word before token index `index` is a capitalized adjective.
    func followsCapitalizedAdjective(_ index: Int, _ tokens: [Token]) -> Bool {
        index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized && tokens[index - 1].classes.contains(.adjective)
    }
}
