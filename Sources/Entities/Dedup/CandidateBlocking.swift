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
    /// `accept`: asked of each candidate as it is found (perhaps more than once); only the pairs it accepts
    /// are kept, so that the many candidates a large corpus has are never held at once.
    static func pairCodes(_ names: [OrgName], _ sketches: NameSketches, threshold: Double,
                          accepting accept: @escaping (Int, Int) -> Bool) -> [UInt64] {
        var partitions: [String: [Int]] = [:]
        for (index, name) in names.enumerated() { partitions[name.numbers.joined(separator: ","), default: []].append(index) }
        // Pairs as one 64-bit number each (smaller index high), gathered with repeats and sorted once:
        // half the memory of a set of pairs, and no hashing.
        var result = PairList(accept: accept)
        for members in partitions.values {
            if members.count <= smallPartition {
                for (offset, i) in members.enumerated() { for j in members[(offset + 1)...] { result.insert(i, j) } }
            } else {
                block(members, names, sketches, threshold: threshold, into: &result)
            }
        }
        return result.sortedUnique()
    }

    /// Unordered pairs of indices that `accept` takes, kept as 64-bit numbers; a pair may be inserted
    /// many times.
    struct PairList {
        let accept: (Int, Int) -> Bool
        private var codes: [UInt64] = []

        init(accept: @escaping (Int, Int) -> Bool) { self.accept = accept }

        mutating func insert(_ a: Int, _ b: Int) {
            let (i, j) = (min(a, b), max(a, b))
            guard accept(i, j) else { return }
            codes.append(UInt64(i) << 32 | UInt64(j))
        }

        /// Each pair once, in order of its smaller index, then its larger (repeats removed in place).
        mutating func sortedUnique() -> [UInt64] {
            codes.sortAndRemoveRepeats()
            defer { codes = [] }
            return codes
        }
    }

    static func block(_ members: [Int], _ names: [OrgName], _ sketches: NameSketches, threshold: Double, into result: inout PairList) {
        func pairAll(_ block: [Int]) {
            guard block.count > 1, block.count <= largestBlock else { return }
            for (offset, i) in block.enumerated() { for j in block[(offset + 1)...] where i != j { result.insert(i, j) } }
        }
        // The same key.
        var byKey: [Int32: [Int]] = [:]
        for index in members { byKey[sketches.key(of: index), default: []].append(index) }
        for block in byKey.values { pairAll(block) }

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
        for block in prefixBlocks.values { pairAll(block) }

        // Abbreviations and the words they are the initials of.
        var acronyms: [String: [Int]] = [:]
        for index in members {
            for word in names[index].words where word.isAcronym { acronyms[word.text, default: []].append(index) }
        }
        if !acronyms.isEmpty {
            for index in members {
                let words = names[index].words
                for start in words.indices where !words[start].isStopWord {
                    var withStops = "", without = ""
                    for end in start..<min(words.count, start + 12) {
                        withStops += words[end].initials
                        if !words[end].isStopWord { without += words[end].initials }
                        for letters in Set([withStops, without]) {
                            for other in acronyms[letters] ?? [] where other != index { result.insert(index, other) }
                        }
                    }
                }
            }
        }

        // Place adjectives and names in that place, when they share a word.
        var byHint: [String: [Int]] = [:]
        for index in members {
            for place in Set(names[index].words.flatMap(\.placeHints)) { byHint[place, default: []].append(index) }
        }
        if !byHint.isEmpty {
            for index in members {
                for place in names[index].places {
                    for other in byHint[place] ?? [] where other != index {
                        if sketches.shareContentKey(index, other) { result.insert(index, other) }
                    }
                }
            }
        }
    }
}
