/// The tree the gazetteer's `in` lines make: each entity's parent and depth, by position. Ancestors are
/// walked on demand rather than stored, so the tree takes O(n) memory however deep its chains are (a
/// 20,000-deep chain of `in` lines once cost 1.8 GB as stored ancestor lists).
struct EntityHierarchy {
    /// Each entity's parent position, or -1 for an entity without a parent.
    let parents: [Int]
    /// 0 for an entity without a parent, its parent's depth + 1 otherwise.
    let depths: [Int]

    /// Checks the tree and measures each entity's depth.
    /// - Throws: ``InputError`` at the first entity (in gazetteer order) found to be its own ancestor.
    /// - Complexity: O(n): each entity is walked through once.
    init(parents: [Int], entities: [Entity]) throws {
        var depths = [Int](repeating: -1, count: parents.count)
        var onPath = [Bool](repeating: false, count: parents.count)
        var path: [Int] = []
        for start in parents.indices where depths[start] < 0 {
            // Walk up to an entity already measured (or above the top), then number the path top down.
            var current = start
            while current >= 0, depths[current] < 0 {
                if onPath[current] {
                    let entity = entities[current]
                    throw InputError(file: Gazetteer.file(entity.origin), line: Gazetteer.line(entity.origin),
                                     message: "'\(entity.id)' is its own ancestor (a cycle of 'in' lines)", hint: "break the cycle")
                }
                onPath[current] = true
                path.append(current)
                current = parents[current]
            }
            var depth = current >= 0 ? depths[current] : -1
            for position in path.reversed() {
                depth += 1
                depths[position] = depth
                onPath[position] = false
            }
            path.removeAll(keepingCapacity: true)
        }
        self.parents = parents
        self.depths = depths
    }

    /// Every position, each after its parent (by depth, then by position).
    /// - Complexity: O(n + d) for the greatest depth d.
    func topDown() -> [Int] {
        var byDepth = [Int](repeating: 0, count: (depths.max() ?? 0) + 2)
        for depth in depths { byDepth[depth + 1] += 1 }
        for depth in 1..<byDepth.count { byDepth[depth] += byDepth[depth - 1] }
        var order = [Int](repeating: 0, count: depths.count)
        for (position, depth) in depths.enumerated() {
            order[byDepth[depth]] = position
            byDepth[depth] += 1
        }
        return order
    }

    /// The positions of an entity's ancestors, nearest first.
    func ancestors(of position: Int) -> Ancestors { Ancestors(parents: parents, position: position) }

    /// True when `ancestor` lies above `position` in the tree.
    /// - Complexity: O(d) for the difference of their depths.
    func isAncestor(_ ancestor: Int, of position: Int) -> Bool {
        guard depths[ancestor] < depths[position] else { return false }
        var current = position
        for _ in 0..<(depths[position] - depths[ancestor]) { current = parents[current] }
        return current == ancestor
    }

    /// True when `outer` is `position` or lies above it: a place that holds another, or the place itself.
    /// - Complexity: O(d) for the difference of their depths.
    func holds(_ outer: Int, _ position: Int) -> Bool { outer == position || isAncestor(outer, of: position) }

    /// The ancestors of one entity, walked up from it.
    struct Ancestors: Sequence, IteratorProtocol {
        let parents: [Int]
        var position: Int

        mutating func next() -> Int? {
            let parent = parents[position]
            guard parent >= 0 else { return nil }
            position = parent
            return parent
        }
    }
}
