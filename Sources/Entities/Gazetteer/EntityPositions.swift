/// The position of each entity in the gazetteer by its id: an open-addressing table of positions,
/// hashed on the id's UTF-8 bytes and compared with the entities' own ids, so that it keeps no copy of an
/// id (a `[String: Int]` of 139,000 entities takes 6 MB; this takes 4 bytes a slot, 1 MB).
///
/// ```swift
/// var positions = EntityPositions(capacity: entities.count)
/// positions.insert(0, entities: entities)           // nil: the id was new
/// positions.position(of: "by-vitebsk", in: entities) // 0
/// ```
/// - Complexity: O(k) in the bytes of the id per insertion and lookup, on average.
struct EntityPositions: Sendable {
    /// Positions plus one (0: empty); a power of two in size, at most half full.
    private var slots: [Int32]
    private var count = 0

    /// A table with room for `capacity` entities before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    /// Adds entity `position` under its id, unless the id is taken: then returns the position that has it.
    mutating func insert(_ position: Int, entities: [Entity]) -> Int? {
        let id = entities[position].id
        var slot = EntityPositions.hash(id) & (slots.count - 1)
        while slots[slot] != 0 {
            let stored = Int(slots[slot]) - 1
            if entities[stored].id == id { return stored }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(position + 1)
        count += 1
        if count * 2 > slots.count { grow(entities) }
        return nil
    }

    /// The position of the entity with id `id` among `entities` (those the table was filled from).
    func position(of id: String, in entities: [Entity]) -> Int? {
        var slot = EntityPositions.hash(id) & (slots.count - 1)
        while slots[slot] != 0 {
            let stored = Int(slots[slot]) - 1
            if entities[stored].id == id { return stored }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Doubles the table, placing every position again.
    private mutating func grow(_ entities: [Entity]) {
        let old = slots
        slots = [Int32](repeating: 0, count: old.count * 2)
        for stored in old where stored != 0 {
            var slot = EntityPositions.hash(entities[Int(stored) - 1].id) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = stored
        }
    }

    private static func hash(_ id: String) -> Int {
        var id = id
        return Int(truncatingIfNeeded: id.withUTF8 { ByteHash.hash($0) })
    }
}
