/// Whom a person the gazetteer lacks serves, or at least where they are from — read off the words around
/// the name, as ``placeEvidence(_:named:clues:)`` reads a body's.
extension Linker {
    /// Gives `person` (no parent yet) the body it serves or its country from the first of these that the
    /// text around chosen span `index` says:
    /// 1. a body right before the name ("директор ОАО «Ольса» Е.Э. Богданович"; see `previousBody`);
    /// 2. a post with a place before it ("Губернатора Смоленской области …": that place's body the post
    ///    stands for, else the place's country; ``postAndPlace(before:_:)``);
    /// 3. a post and a head of one country's bodies ("Председателя районного исполнительного комитета …";
    ///    ``postAndHeadCountry(before:_:)``);
    /// 4. a place it comes from ("коллега из Витебска …"; ``origin(before:_:)``);
    /// 5. a post after the name ("Николай Куцко, руководитель отделения посольства …"; ``postAfter(_:_:)``):
    ///    the place it names, or the body — which the caller links after the person, so its span is returned;
    /// 6. the place or body that introduces a list of people with a dash ("Оршанский район — председатель
    ///    райисполкома Игорь Мороз и …"; ``listIntroducer(before:_:)``), found among the field's `named` spans.
    /// Items 3–6 only for a person whose country is still unknown.
    /// - Returns: the chosen span of a body named in a post after the name, which the person serves.
    func placePerson(_ person: inout UnknownEntity, at index: Int, _ spans: FieldSpans, previousBody: (id: String, end: Int, country: String?)?,
                     named: [(start: Int, end: Int, id: String)], unknowns: [String: UnknownEntity]) -> Int? {
        if let previousBody, previousBody.end == spans.chosen[index].start {
            person.parent = previousBody.id
            person.country = previousBody.country
        } else if let (post, place) = postAndPlace(before: index, spans) {
            if let served = postBodies.body(post: post, place: place) {
                person.parent = gazetteer.entities[served].id
                person.country = gazetteer.entities[served].country
            } else if person.country == nil {
                person.country = gazetteer.entities[place].country
            }
        } else if person.country != nil {
            return nil
        } else if let country = postAndHeadCountry(before: index, spans) {
            person.country = country
        } else if let place = origin(before: index, spans) {
            person.country = gazetteer.entities[place].country
        } else if let (post, next) = postAfter(index, spans) {
            guard let place = knownPlace(spans.chosen[next]) else { return next }
            let served = postBodies.body(post: post, place: place)
            person.parent = served.map { gazetteer.entities[$0].id }
            person.country = gazetteer.entities[served ?? place].country
        } else if let introducer = listIntroducer(before: index, spans),
                  let id = named.last(where: { $0.start == spans.chosen[introducer].start })?.id {
            let known = gazetteer.entity(id: id)
            if (known?.kind ?? unknowns[id]?.kind) == .org { person.parent = id }
            person.country = known.map(\.country) ?? unknowns[id]?.country
        }
        return nil
    }
}
