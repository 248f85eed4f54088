/// Names made candidates by the groups they are in: in a group of one side (a block of ``CandidateBlocking``:
/// names sharing a key or a rare word) every two names are candidates; in a group of two sides (an
/// abbreviation and the names spelling its initials, a place and the adjectives made from it) every name
/// of one side is a candidate of every name of the other.
///
/// The candidates of a name are walked from the name itself (``forEachCandidate(of:_:)``), so that no list
/// of pairs is ever made: memory is the groups' sizes, not the pairs'.
///
/// ```swift
/// var groups = CandidateGroups(nameCount: 4)
/// groups.add([0, 1, 2])                   // 0–1, 0–2, 1–2
/// groups.add([3], [0])                    // 3–0
/// groups.finish()
/// groups.forEachCandidate(of: 0) { print($0) }   // 1, 2, 3
/// ```
/// - Complexity: O(total group sizes) to build; walking a name's candidates is O(the sizes of its groups).
struct CandidateGroups {
    private let nameCount: Int
    /// Group members, one side and the other (the same for a group of one side), as (group, name) entries
    /// until ``finish()`` turns them into lists.
    private var sideA: [(key: Int32, value: Int32)] = []
    private var sideB: [(key: Int32, value: Int32)] = []
    private var groupCount = 0
    private var isOneSided: [Bool] = []
    private var membersA = IndexLists(keyCount: 0, entries: [])
    private var membersB = IndexLists(keyCount: 0, entries: [])
    /// Per name, the groups it is on side A of, and on side B of (two-sided groups only).
    private var groupsA = IndexLists(keyCount: 0, entries: [])
    private var groupsB = IndexLists(keyCount: 0, entries: [])

    /// Groups of names `0..<nameCount`.
    init(nameCount: Int) {
        self.nameCount = nameCount
    }

    /// A group whose every two names are candidates.
    mutating func add(_ names: [Int]) {
        let group = Int32(groupCount)
        for name in names { sideA.append((group, Int32(name))) }
        isOneSided.append(true)
        groupCount += 1
    }

    /// A group whose names on one side are candidates of those on the other.
    mutating func add(_ first: [Int], _ second: [Int]) {
        let group = Int32(groupCount)
        for name in first { sideA.append((group, Int32(name))) }
        for name in second { sideB.append((group, Int32(name))) }
        isOneSided.append(false)
        groupCount += 1
    }

    /// Makes the lists the walk reads; call once, after the last group.
    mutating func finish() {
        membersA = IndexLists(keyCount: groupCount, entries: sideA)
        membersB = IndexLists(keyCount: groupCount, entries: sideB)
        groupsA = IndexLists(keyCount: nameCount, entries: sideA.map { ($0.value, $0.key) })
        groupsB = IndexLists(keyCount: nameCount, entries: sideB.map { ($0.value, $0.key) })
        sideA = []
        sideB = []
    }

    /// Calls `body` with every candidate of `name` (itself excluded), perhaps more than once.
    @inline(__always)
    func forEachCandidate(of name: Int, _ body: (Int) -> Void) {
        for group in groupsA[name] {
            let others = isOneSided[Int(group)] ? membersA[Int(group)] : membersB[Int(group)]
            for other in others where Int(other) != name { body(Int(other)) }
        }
        for group in groupsB[name] {
            for other in membersA[Int(group)] where Int(other) != name { body(Int(other)) }
        }
    }
}
