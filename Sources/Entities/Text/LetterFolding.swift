/// Folds letters the way every matcher in linkgraph compares them: lower case, ё as е, and Latin
/// look-alikes inside Cyrillic words read as Cyrillic ("Cмоленск" typed with a Latin C).
///
/// - Complexity: O(1) per scalar.
enum LetterFolding {
    enum Script { case cyrillic, latin }

    /// The folded letter and its script, or nil for a non-letter.
    @inline(__always)
    static func fold(_ value: UInt32) -> (UInt32, Script)? {
        switch value {
        case 0x430...0x44F: return (value == 0x451 ? 0x435 : value, .cyrillic)
        case 0x410...0x42F: return (value + 0x20, .cyrillic)
        case 0x401, 0x451: return (0x435, .cyrillic)
        case 0x400...0x40F: return (value + 0x50, .cyrillic)   // Ѐ…Џ → ѐ…џ (І → і, Ў → ў)
        case 0x450...0x45F: return (value, .cyrillic)
        case 0x490, 0x491: return (0x491, .cyrillic)
        case 0x61...0x7A: return (value, .latin)
        case 0x41...0x5A: return (value + 0x20, .latin)
        default: return nil
        }
    }

    /// Whether `fold` gives a letter for this scalar value.
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x400 && value <= 0x45F) || value == 0x490
            || value == 0x491
    }

    @inline(__always)
    static func isUpper(_ value: UInt32) -> Bool {
        (0x410...0x42F).contains(value) || (0x400...0x40F).contains(value) || (0x41...0x5A).contains(value) || value == 0x490
    }

    /// The Cyrillic letter a Latin look-alike stands for, in a word that is otherwise Cyrillic.
    static func cyrillicLookalike(_ latin: UInt32) -> UInt32? {
        switch latin {
        case 0x61: 0x430 // a
        case 0x63: 0x441 // c
        case 0x65: 0x435 // e
        case 0x6F: 0x43E // o
        case 0x70: 0x440 // p
        case 0x78: 0x445 // x
        case 0x79: 0x443 // y
        case 0x6B: 0x43A // k
        case 0x6D: 0x43C // m
        case 0x74: 0x442 // t
        case 0x68: 0x43D // h
        case 0x62: 0x432 // b
        case 0x69: 0x456 // i
        default: nil
        }
    }
}
