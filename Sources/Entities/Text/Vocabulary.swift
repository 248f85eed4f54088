import Foundation

/// Interns the words the matchers compare — the keys and spellings of gazetteer names and lexicon
/// entries — as small integers, so that comparing two words is comparing two integers and finding the
/// names that start with a word is indexing an array.
///
/// Filled while the gazetteer loads, then only read (by every thread). A word of report text that is
/// not in the vocabulary has no id: it cannot be part of any known name, so matching never needs one.
/// Strings are compared by their UTF-8 bytes, which for folded words (lower-case letters, no combining
/// marks) is the same as Swift's `==`.
///
/// ```swift
/// let vocabulary = Vocabulary()
/// let id = vocabulary.intern("витебск")
/// vocabulary.id(of: "витебск") == id // true
/// ```
/// - Complexity: interning and looking up are O(k) in the bytes of the word (one hash, one probe on
///   average).
final class Vocabulary: @unchecked Sendable {
    typealias ID = Int32

    /// Open-addressing table: each slot holds the high half of a word's hash and its id plus one (0:
    /// empty), so a probe reads one slot, and the word's bytes only when the hashes agree; its size is a
    /// power of two, at most half full.
    @exclusivity(unchecked) private var slots: [UInt64] = Array(repeating: 0, count: 1024)
    /// The UTF-8 bytes of every word, one after another; word `id` is `bytes[starts[id]..<starts[id + 1]]`.
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    @exclusivity(unchecked) private var starts: [Int32] = [0]
    /// Word caches for tokenizing text against this vocabulary (see ``withWordCache(_:)``).
    let caches = WordCachePool()

    /// A vocabulary without words, for tokenizing text that is not matched against a gazetteer.
    static let empty = Vocabulary()

    /// A number no other vocabulary of this process has: words remember the vocabulary they were made
    /// for by it (an address could be reused by a later vocabulary).
    let serial: UInt64 = Vocabulary.nextSerial()

    private static let serialLock = NSLock()
    nonisolated(unsafe) private static var lastSerial: UInt64 = 0
    private static func nextSerial() -> UInt64 {
        serialLock.lock()
        defer { serialLock.unlock() }
        lastSerial += 1
        return lastSerial
    }

    /// `tokens` with every word's ids looked up in this vocabulary: tokens made by
    /// ``Tokenizer/tokenize(_:)`` (or for another gazetteer) have none for it. Tokens made with this
    /// vocabulary's word caches come back as they are.
    /// - Complexity: O(n) to check; O(n · k) when words must be looked up.
    func adopt(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.word.vocabulary != serial }) else { return tokens }
        return tokens.map { token in
            guard token.word.vocabulary != serial else { return token }
            var adopted = token
            adopted.word = token.word.with(vocabulary: self)
            return adopted
        }
    }

    var count: Int { starts.count - 1 }

    /// Makes room for about `words` words in all (of 24 bytes on average), so that interning them does
    /// not grow the tables again and again: each growth hashes every word once more, and copies the bytes
    /// while the old copy is still held. Ids do not change.
    /// - Complexity: O(n) in the words already held.
    func reserveCapacity(_ words: Int) {
        var size = slots.count
        while size < words * 2 { size *= 2 }
        starts.reserveCapacity(words + 1)
        bytes.reserveCapacity(words * 24)
        guard size > slots.count else { return }
        slots = Array(repeating: 0, count: size / 2)
        grow()
    }

    /// The word with id `id` (kept as its UTF-8 bytes only: a String per word would cost an allocation
    /// for every word longer than 15 bytes).
    /// - Complexity: O(k) in the bytes of the word.
    func word(_ id: ID) -> String {
        bytes.withUnsafeBufferPointer { stored in
            String(decoding: UnsafeBufferPointer(rebasing: stored[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]), as: UTF8.self)
        }
    }

    /// The number of letters (Unicode scalars) of the word with id `id`, counted on its bytes.
    /// - Complexity: O(k) in the bytes of the word.
    func letterCount(_ id: ID) -> Int {
        var count = 0
        for index in Int(starts[Int(id)])..<Int(starts[Int(id) + 1]) where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The id of `word`, adding it when it is new.
    @discardableResult
    func intern(_ word: String) -> ID {
        var word = word
        return word.withUTF8 { intern($0) }
    }

    /// The id of the word spelled by these UTF-8 bytes (valid UTF-8), adding it when it is new.
    @discardableResult
    func intern(_ utf8: UnsafeBufferPointer<UInt8>) -> ID {
        let hash = ByteHash.hash(utf8)
        if let id = id(of: utf8, hash: hash) { return id }
        let id = ID(count)
        bytes.append(contentsOf: utf8)
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count { grow() } else { insert(id, hash: hash) }
        return id
    }

    /// The id of `word`, or nil when it is not in the vocabulary.
    func id(of word: String) -> ID? {
        guard count > 0 else { return nil }
        var word = word
        return word.withUTF8 { id(of: $0) }
    }

    /// The id of the word spelled by these UTF-8 bytes, or nil.
    func id(of utf8: UnsafeBufferPointer<UInt8>) -> ID? {
        guard count > 0 else { return nil }
        return id(of: utf8, hash: ByteHash.hash(utf8))
    }

    private func id(of utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> ID? {
        let mask = slots.count - 1
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if equals(id, utf8) { return ID(id) }
            }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ id: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id]), end = Int(starts[id + 1])
        guard end - start == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            utf8.isEmpty || memcmp(stored.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0
        }
    }

    private func insert(_ id: ID, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
    }

    /// Doubles the table, hashing every word again from its bytes.
    private func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        bytes.withUnsafeBufferPointer { stored in
            for id in 0..<count {
                let word = UnsafeBufferPointer(rebasing: stored[Int(starts[id])..<Int(starts[id + 1])])
                insert(ID(id), hash: ByteHash.hash(word))
            }
        }
    }
}

/// A fast, non-cryptographic hash of UTF-8 bytes (FNV-1a with a final mix), the same on every run.
enum ByteHash {
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        hash ^= hash >> 29
        hash &*= 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }

    static func hash(_ bytes: inout [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }
}
