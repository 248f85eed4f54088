/// What the hard constraints compare of each unit — its numbers, places, levels and kind of legal form
/// (``NameComparer/conflict(_:_:)``) — and its known entity, as numbers: whether two units may be one
/// body is then a few integer comparisons, with no name copied or compared as text.
///
/// ```swift
/// let constraints = UnitConstraints(units)
/// constraints.conflict(0, 1)   // true exactly when NameComparer().conflict(units[0].name, units[1].name) != nil
/// ```
/// - Complexity: O(n · c) to make for n units of c characters of constraints; a test is O(1).
struct UnitConstraints {
    private struct Record {
        /// Ids of the joined lists (0: an empty list; numbers: an empty list is an id too).
        var numbers: Int32
        var places: Int32
        var levels: Int32
        var legalFamily: Int32
        /// The known entity (0: none).
        var entity: Int32
    }

    private var records: [Record] = []

    init(_ units: [NameClusterer.Unit]) {
        var texts = TextIDs(), entities = TextIDs()
        records = units.map { unit in
            Record(numbers: texts.listID(unit.name.numbers), places: texts.listID(unit.name.places),
                   levels: texts.listID(unit.name.levels), legalFamily: unit.name.legalFamily.map { texts.id($0) } ?? 0,
                   entity: unit.entity.map { entities.id($0) } ?? 0)
        }
    }

    /// Whether a hard constraint keeps units `i` and `j` apart (``NameComparer/conflict(_:_:)`` is not nil).
    func conflict(_ i: Int, _ j: Int) -> Bool {
        let a = records[i], b = records[j]
        if a.numbers != b.numbers { return true }
        if a.places != 0, b.places != 0, a.places != b.places { return true }
        if a.levels != 0, b.levels != 0, a.levels != b.levels { return true }
        return a.legalFamily != 0 && b.legalFamily != 0 && a.legalFamily != b.legalFamily
    }

    /// The number of unit `i`'s known entity, or 0.
    func entity(_ i: Int) -> Int32 { records[i].entity }
}
