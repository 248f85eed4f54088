/// Chooses the pairs of names worth comparing, so that clustering stays far below comparing every name
/// with every other:
///
/// - names are partitioned by their numbers (names with different numbers never match), and only names
///   in one partition are compared; a small partition is compared whole;
/// - in a larger one, names with the same key are paired; then prefix filtering on rare words: each
///   name's words are ordered rarest first and names are paired only when their first few words share
///   one (a name that lacks all of its first k words cannot reach the threshold);
/// - an abbreviation is paired with the names whose consecutive words have its letters as initials;
/// - an adjective made from a place is paired with the names in that place that share a word with it.
///
/// - Complexity: about O(n · b) for n names and b names per block, instead of O(n²).
public enum CandidateBlocking {
    /// Partitions at most this big are compared whole.
    public static let smallPartition = 48
    /// Blocks bigger than this (a word nearly every name has) give no pairs.
    static let largestBlock = 400
    /// How far below the threshold prefix filtering reckons.
    static let prefixMargin = 0.1

    /// Pairs `(i, j)`, `i < j`, of indices into `names`, sorted.
    public static func pairs(_ names: [OrgName], threshold: Double) -> [(Int, Int)] {
        pairCodes(names, NameSketches(names), threshold: threshold) { _, _ in true }.map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }

    /// ``pairs(_:threshold:)`` as 64-bit numbers (the smaller index in the high half), sorted: what the
    /// clusterer walks, without a second array of pairs.
    /// `sketches`: the names' words as ids (``NameSketches``), which blocking compares instead of strings.
    /// `accept`: asked of each candidate pair once; only the pairs it accepts are kept, so that the many
    /// candidates a large corpus has are never held at once.
    ///
    /// The candidates of each name are walked from the name (``CandidateGroups``), a stamp per name telling
    /// a pair already found: each pair is asked of `accept` once, from its smaller index.
    static func pairCodes<Names: RandomAccessCollection>(_ names: Names, _ sketches: NameSketches, threshold: Double, jobs: Int = 1,
                                                         accepting accept: (Int, Int) -> Bool) -> [UInt64]
    where Names.Element == OrgName, Names.Index == Int {
        var partitions: [String: [Int]] = [:]
        for (index, name) in names.enumerated() { partitions[name.numbers.joined(separator: ","), default: []].append(index) }
        // Small partitions are compared whole; the large ones are blocked, all in one set of groups (no group
        // crosses partitions), and walked name by name.
        var groups = CandidateGroups(nameCount: names.count)
        var whole: [[Int]] = []
        var blocked: [Int] = []
        for members in partitions.values {
            if members.count <= smallPartition {
                if members.count > 1 { whole.append(members) }
            } else {
                block(members, names, sketches, threshold: threshold, into: &groups)
                blocked += members
            }
        }
        groups.finish()
        let groupsFound = groups
        var result = ParallelChunks.map(count: whole.count, jobs: jobs) { range in
            var codes: [UInt64] = []
            for members in whole[range] {
                for (offset, i) in members.enumerated() {
                    for j in members[(offset + 1)...] where accept(min(i, j), max(i, j)) { codes.append(code(i, j)) }
                }
            }
            return codes
        }.flatMap { $0 }
        result += ParallelChunks.map(count: blocked.count, jobs: jobs) { range in
            var codes: [UInt64] = []
            var stamp = [Int32](repeating: -1, count: names.count)
            for i in blocked[range] {
                groupsFound.forEachCandidate(of: i) { j in
                    guard j > i, stamp[j] != Int32(i) else { return }
                    stamp[j] = Int32(i)
                    if accept(i, j) { codes.append(code(i, j)) }
                }
            }
            return codes
        }.flatMap { $0 }
        result.sort()
        return result
    }

    /// A pair as one number: the smaller index in the high half.
    static func code(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

    /// The groups of a large partition: blocks of names with the same key or a rare word in common
    /// (blocks of more than ``largestBlock`` left out), abbreviations with the names spelling their
    /// initials, places with the names whose adjectives are made from them (when they share a word).
    static func block<Names: RandomAccessCollection>(_ members: [Int], _ names: Names, _ sketches: NameSketches, threshold: Double,
                                                     into groups: inout CandidateGroups) where Names.Element == OrgName, Names.Index == Int {
        func addBlock(_ block: [Int]) {
            guard block.count > 1, block.count <= largestBlock else { return }
            groups.add(block)
        }
        // The same key.
        var byKey: [Int32: [Int]] = [:]
        for index in members { byKey[sketches.key(of: index), default: []].append(index) }
        for block in byKey.values { addBlock(block) }

        // Prefix filtering on words, rarest first (ties in the words' order).
        var frequency: [Int32: Int] = [:]
        for index in members { for key in sketches.contentKeys(of: index) { frequency[key, default: 0] += 1 } }
        var prefixBlocks: [Int32: [Int]] = [:]
        for index in members {
            let keys = sketches.contentKeys(of: index).sorted {
                (frequency[$0] ?? 0, sketches.rank($0)) < (frequency[$1] ?? 0, sketches.rank($1))
            }
            guard !keys.isEmpty else { continue }
            // As many rarest words as a name can lack and still reach the threshold (lowered by a margin
            // for the one-sided place factor and near spellings): a match shares one of them.
            let needed = Int((min(max(threshold - prefixMargin, 0), 1) * Double(keys.count)).rounded(.up))
            let prefix = min(keys.count, max(1, keys.count - needed + 1))
            for key in keys.prefix(prefix) { prefixBlocks[key, default: []].append(index) }
        }
        for block in prefixBlocks.values { addBlock(block) }

        // Abbreviations and the names whose consecutive words have its letters as initials.
        var acronyms: [String: [Int]] = [:]
        for index in members {
            for word in names[index].words where word.isAcronym { acronyms[word.text, default: []].append(index) }
        }
        if !acronyms.isEmpty {
            var spelling: [String: [Int]] = [:]
            for index in members {
                var found = Set<String>()
                let words = names[index].words
                for start in words.indices where !words[start].isStopWord {
                    var withStops = "", without = ""
                    for end in start..<min(words.count, start + 12) {
                        withStops += words[end].initials
                        if !words[end].isStopWord { without += words[end].initials }
                        for letters in [withStops, without] where acronyms[letters] != nil { found.insert(letters) }
                    }
                }
                for letters in found { spelling[letters, default: []].append(index) }
            }
            for (letters, spellers) in spelling { groups.add(acronyms[letters]!, spellers) }
        }

        // Place adjectives and names in that place, when they share a word: grouped by the place and the word.
        var byHint: [String: [Int]] = [:]
        for index in members {
            for place in Set(names[index].words.flatMap(\.placeHints)) { byHint[place, default: []].append(index) }
        }
        if !byHint.isEmpty {
            var hinted: [PlaceWord: [Int]] = [:], placed: [PlaceWord: [Int]] = [:]
            for (place, indices) in byHint {
                for index in indices { for key in sketches.contentKeys(of: index) { hinted[PlaceWord(place: place, key: key), default: []].append(index) } }
            }
            for index in members {
                for place in Set(names[index].places) where byHint[place] != nil {
                    for key in sketches.contentKeys(of: index) { placed[PlaceWord(place: place, key: key), default: []].append(index) }
                }
            }
            for (placeWord, indices) in placed {
                if let others = hinted[placeWord] { groups.add(indices, others) }
            }
        }
    }

    /// A place and a word's key id: names in the place and names with an adjective made from it meet on it.
    private struct PlaceWord: Hashable {
        var place: String
        var key: Int32
    }
}
