/// The body a post written with a place stands for: "Губернатора Смоленской области" → the gazetteer's
/// "Правительство Смоленской области", "Глава города Энска" → "Администрация города Энска" — the body
/// in that place whose name begins with the word `lexicon/posts.txt` gives for the post. A person named
/// right after such a post serves that body.
///
/// ```swift
/// let posts = PostBodies(gazetteer: gazetteer)
/// posts.body(post: token("Губернатора"), place: smolenskRegion)  // the Government's position
/// ```
/// - Complexity: O(n) to build for n entities; a lookup is O(k · b) for the k keys of the word and the b
///   bodies of the place.
struct PostBodies: Sendable {
    /// For each post's key id, the key ids of the first words of the bodies it stands for, in order.
    private let heads: [Vocabulary.ID: [Vocabulary.ID]]
    /// For each place with bodies in it, its bodies and the key ids of their names' first words.
    private let bodies: [Int: [(position: Int, first: KeyIDs)]]

    init(gazetteer: Gazetteer) {
        let vocabulary = gazetteer.vocabulary
        var heads: [Vocabulary.ID: [Vocabulary.ID]] = [:]
        for post in gazetteer.lexicon.posts {
            guard let head = NameIndex.patternTokens(post.expansion).first?.keys.first else { continue }
            for key in NameIndex.patternTokens(post.abbreviation).first?.keys ?? [] {
                heads[vocabulary.intern(key), default: []].append(vocabulary.intern(head))
            }
        }
        self.heads = heads
        var bodies: [Int: [(Int, KeyIDs)]] = [:]
        if !heads.isEmpty {
            for (position, entity) in gazetteer.entities.enumerated() where entity.kind == .org {
                let parent = gazetteer.hierarchy.parents[position]
                guard parent >= 0, gazetteer.kinds[parent].isPlace, let first = NameIndex.patternTokens(entity.name).first else { continue }
                bodies[parent, default: []].append((position, KeyIDs(first.keys.map { vocabulary.intern($0) })))
            }
        }
        self.bodies = bodies
    }

    /// The body of `place` the post written as `post` stands for, if the lexicon and the gazetteer have one.
    func body(post: Token, place: Int) -> Int? {
        guard post.kind == .word, let candidates = bodies[place] else { return nil }
        let keys = post.word.keyIDs
        for index in 0..<keys.count {
            guard let key = keys[index], let wanted = heads[key] else { continue }
            for head in wanted {
                if let body = candidates.first(where: { $0.first.contains(head) }) { return body.position }
            }
        }
        return nil
    }
}
