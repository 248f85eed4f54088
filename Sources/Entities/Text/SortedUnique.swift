extension Array where Element: Comparable {
    /// Sorts the array and removes repeats in place: each element once, ascending.
    ///
    /// ```swift
    /// var codes: [UInt64] = [3, 1, 3, 2]
    /// codes.sortAndRemoveRepeats()   // [1, 2, 3]
    /// ```
    /// - Complexity: O(n log n), no second array.
    mutating func sortAndRemoveRepeats() {
        sort()
        var kept = 0
        for index in indices where kept == 0 || self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
