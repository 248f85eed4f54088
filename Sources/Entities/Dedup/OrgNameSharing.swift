/// Keeps once what many ``OrgName``s of a run have alike — word spellings and keys, the lists of a
/// word's keys, notes, numbers, places and their closures: each name ``OrgNameNormalizer`` makes holds
/// copies of its own, and 50,000 names hold the same few thousand words, keys and notes many times over
/// (about a kilobyte each). ``share(_:)`` gives the name back equal in every value, its parts replaced by
/// the equal ones seen first, whose storage Swift's strings, arrays and sets then share.
///
/// Parts are told equal by their UTF-8 bytes (a part equal only up to Unicode normal form is kept as
/// it is), so a shared name is the same name to the byte.
///
/// ```swift
/// var sharing = OrgNameSharing()
/// let a = sharing.share(normalizer.normalize("Средняя школа № 40 г. Смоленска"))
/// let b = sharing.share(normalizer.normalize("Средней школы № 40 г. Смоленска"))
/// // a.notes and b.notes, a.placeClosure and b.placeClosure are one storage each
/// ```
/// - Complexity: O(c) per name for c bytes in its parts (hashing, no Unicode normalization).
struct OrgNameSharing {
    /// A list of strings hashed and compared by their UTF-8 bytes.
    private struct Bytes: Hashable {
        let texts: [String]

        static func == (a: Bytes, b: Bytes) -> Bool {
            a.texts.count == b.texts.count && zip(a.texts, b.texts).allSatisfy { $0.utf8Equals($1) }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(texts.count)
            for text in texts {
                var text = text
                hasher.combine(text.utf8.count)
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }
    }

    /// Strings longer than a small string (which Swift keeps inline, with nothing to share).
    private var strings = Set<UTF8Key>()
    private var lists = Set<Bytes>()
    /// Place closures by their sorted members.
    private var closures: [Bytes: Set<String>] = [:]

    /// `name` with its parts shared with the names shared before it.
    mutating func share(_ name: OrgName) -> OrgName {
        var name = name
        for index in name.words.indices {
            name.words[index].text = share(name.words[index].text)
            name.words[index].key = share(name.words[index].key)
            name.words[index].keys = share(name.words[index].keys)
            name.words[index].placeHints = share(name.words[index].placeHints)
        }
        name.numbers = share(name.numbers)
        name.places = share(name.places)
        name.levels = share(name.levels)
        name.notes = share(name.notes)
        if !name.placeClosure.isEmpty {
            let members = Bytes(texts: name.placeClosure.sorted())
            if let shared = closures[members] {
                name.placeClosure = shared
            } else {
                name.placeClosure = Set(share(members.texts))
                closures[members] = name.placeClosure
            }
        }
        return name
    }

    /// The string equal to `text` seen first.
    private mutating func share(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return strings.insert(UTF8Key(text)).memberAfterInsert.text
    }

    /// The list equal to `texts` seen first, its strings shared too.
    private mutating func share(_ texts: [String]) -> [String] {
        guard !texts.isEmpty else { return texts }
        if let shared = lists.firstIndex(of: Bytes(texts: texts)) { return lists[shared].texts }
        let made = texts.map { share($0) }
        lists.insert(Bytes(texts: made))
        return made
    }
}
