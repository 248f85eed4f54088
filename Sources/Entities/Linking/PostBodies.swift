/// The body a post written with a place stands for: "Губернатора Смоленской области" → the gazetteer's
/// "Правительство Смоленской области", "Глава города Энска" → "Администрация города Энска" — the body
/// in that place whose name begins with the word `lexicon/posts.txt` gives for the post. A person named
/// right after such a post serves that body.
///
/// ```swift
/// let posts = PostBodies(gazetteer: gazetteer)
/// posts.body(post: token("Губернатора"), place: smolenskRegion)  // the Government's position
/// ```
/// - Complexity: O(p) to build for the p names of the index (no name is tokenized again); a lookup is
///   O(k · b) for the k keys of the word and the b bodies of the place.
struct PostBodies: Sendable {
    /// For each post's key id, the key ids of the first words of the bodies it stands for, in order (which
    /// words are posts at all: ``ShapeLexicon/isPost(_:)``).
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
        // The names as the index has them, already tokenized: only those that begin with a post's body word.
        let wanted = IDSet(heads.values.flatMap { $0 })
        var bodies: [Int: [(Int, KeyIDs)]] = [:]
        if !heads.isEmpty {
            let index: NameIndex = gazetteer.index
            for pattern in 0..<index.patternCount {
                let first = index.firstToken(of: pattern)
                guard first.kind == .word, wanted.containsAny(first.keyIDs) else {
                    continue
                }
                for position in index.entities(of: pattern) where gazetteer.kinds[position] == .org {
                    let parent = gazetteer.hierarchy.parents[position]
                    guard parent >= 0, gazetteer.kinds[parent].isPlace, bodies[parent]?.contains(where: { $0.0 == position }) != true else { continue }
                    bodies[parent, default: []].append((position, first.keyIDs))
                }
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
