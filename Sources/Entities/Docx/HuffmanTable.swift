/// A canonical Huffman code (RFC 1951 §3.2.2) laid out for decoding by table lookup.
///
/// A root table is indexed by the next `rootBits` input bits (least significant bit first, as DEFLATE
/// packs codes reversed). An entry holds the symbol and its code length; codes longer than `rootBits`
/// go through a link entry to a subtable indexed by the following `subBits` bits. An entry with code
/// length 0 stands for bits that form no code (possible only in the incomplete codes the format allows),
/// and decoding them is an error.
///
/// ```swift
/// let table = try HuffmanTable(lengths: [2, 1, 3, 3], kind: .literals, rootBits: 9)
/// // codes: symbol 1 = 0, symbol 0 = 10, symbol 2 = 110, symbol 3 = 111 (read bit-reversed)
/// ```
/// - Complexity: building is O(2^maxLength + n) for n code lengths; a lookup is one or two array reads.
struct HuffmanTable: Sendable {
    /// Which alphabet the code is for: it sets the error messages and the incompleteness rule.
    enum Kind: String, Sendable {
        case literals = "literal/length"
        case distances = "distance"
        case codeLengths = "code-length"
    }

    /// Set in a root entry that links to a subtable whose offset is in the low 16 bits.
    static let linkFlag: UInt32 = 1 << 31

    /// Root entries then subtables: `symbol | length << 16`, or `linkFlag | offset`.
    let entries: [UInt32]
    /// How many bits index the root table.
    let rootBits: Int
    /// How many bits index a subtable (0 when every code fits the root table).
    let subBits: Int

    /// Builds the decoding table for the code with these code lengths (0 = symbol unused, at most 15).
    ///
    /// Over-subscribed codes are refused. Incomplete codes are refused too, except a single code of
    /// length 1 for literal/length or distance codes (zlib's rule), and a code with no symbols at all,
    /// which builds but fails on any lookup.
    ///
    /// - Complexity: O(2^maxLength + n).
    init(lengths: [UInt8], kind: Kind, rootBits maximumRootBits: Int) throws {
        var counts = [Int](repeating: 0, count: 16)
        var maxLength = 0
        for length in lengths {
            guard length <= 15 else { throw InflateError.invalidCodeLengths("a code length of \(length) bits") }
            counts[Int(length)] += 1
            maxLength = max(maxLength, Int(length))
        }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left << 1 - counts[length]
            if left < 0 { throw InflateError.overSubscribedCode(kind) }
        }
        let used = counts.reduce(0, +)
        if left > 0 && used > 0 && (kind == .codeLengths || !(used == 1 && counts[1] == 1)) {
            throw InflateError.incompleteCode(kind)
        }

        let root = min(maximumRootBits, maxLength)
        let sub = maxLength - root
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }

        var table = [UInt32](repeating: 0, count: 1 << root)
        let rootSize = 1 << root, subSize = 1 << sub, rootMask = rootSize - 1
        for (symbol, lengthByte) in lengths.enumerated() where lengthByte > 0 {
            let length = Int(lengthByte)
            let reversed = HuffmanTable.reverse(nextCode[length], bits: length)
            nextCode[length] += 1
            let entry = UInt32(symbol) | UInt32(length) << 16
            if length <= root {
                var index = reversed
                while index < rootSize {
                    table[index] = entry
                    index += 1 << length
                }
            } else {
                let prefix = reversed & rootMask
                if table[prefix] & HuffmanTable.linkFlag == 0 {
                    table[prefix] = HuffmanTable.linkFlag | UInt32(table.count)
                    table.append(contentsOf: repeatElement(0, count: subSize))
                }
                let offset = Int(table[prefix] & 0xFFFF)
                var index = reversed >> root
                while index < subSize {
                    table[offset + index] = entry
                    index += 1 << (length - root)
                }
            }
        }
        entries = table
        rootBits = root
        subBits = sub
    }

    /// `code`'s low `bits` bits in reverse order.
    static func reverse(_ code: Int, bits: Int) -> Int {
        var value = code, result = 0
        for _ in 0..<bits {
            result = result << 1 | value & 1
            value >>= 1
        }
        return result
    }

    /// The fixed literal/length code of block type 1.
    static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        // Complete by construction, so building cannot fail.
        return (try? HuffmanTable(lengths: lengths, kind: .literals, rootBits: 9)) ?? .empty
    }()

    /// The fixed distance code of block type 1 (32 codes of 5 bits; 30 and 31 are invalid when read).
    static let fixedDistances: HuffmanTable = {
        (try? HuffmanTable(lengths: [UInt8](repeating: 5, count: 32), kind: .distances, rootBits: 9)) ?? .empty
    }()

    /// A code with no symbols: every lookup fails.
    static let empty = HuffmanTable(entries: [0], rootBits: 0, subBits: 0)

    private init(entries: [UInt32], rootBits: Int, subBits: Int) {
        self.entries = entries
        self.rootBits = rootBits
        self.subBits = subBits
    }
}
