/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, any number of them.
///
/// Bits are read least significant first through a 64-bit buffer. Each Huffman block's codes are built
/// once into ``HuffmanTable``s and decoded by lookup. Every malformed stream throws an ``InflateError``
/// instead of trapping: a truncated input, bad code lengths, an invalid symbol, a back-reference before
/// the start of the output, or output past `limit`.
///
/// ```swift
/// let bytes = try Inflate.decompress([0x01, 0x00, 0x00, 0xFF, 0xFF], limit: 1 << 20) // [] (one empty stored block)
/// ```
/// - Complexity: O(n + m) for n input and m output bytes, plus O(2^15) per dynamic block for its tables.
struct Inflate {
    private let input: [UInt8]
    private var position = 0
    /// Input bits not yet consumed, the next one lowest.
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    /// How many of the top bits in the buffer are zero padding added past the end of the input.
    private var paddingBits = 0
    /// The output storage; only `output[0..<written]` is decoded data.
    private var output: [UInt8] = []
    private var written = 0
    private let limit: Int

    /// Decodes the raw DEFLATE stream `input` (no zlib or gzip header).
    ///
    /// - Parameters:
    ///   - limit: the most bytes the output may hold; a stream that expands further throws
    ///     ``InflateError/outputLimit(_:)``.
    ///   - expectedSize: the size the output is likely to have, to reserve storage (capped at `limit`).
    /// - Returns: the decoded bytes. Input after the final block is ignored.
    /// - Complexity: O(n + m) for n input and m output bytes.
    static func decompress(_ input: [UInt8], limit: Int, expectedSize: Int = 0) throws -> [UInt8] {
        var inflate = Inflate(input: input, limit: max(limit, 0))
        inflate.output = [UInt8](repeating: 0, count: min(max(expectedSize, 1024), inflate.limit))
        try inflate.run()
        inflate.output.removeLast(inflate.output.count - inflate.written)
        return inflate.output
    }

    private init(input: [UInt8], limit: Int) {
        self.input = input
        self.limit = limit
    }

    private mutating func run() throws {
        var isFinal = false
        while !isFinal {
            isFinal = try bits(1) == 1
            switch try bits(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: HuffmanTable.fixedLiterals, distances: HuffmanTable.fixedDistances)
            case 2:
                let (literals, distances) = try dynamicTables()
                try huffmanBlock(literals: literals, distances: distances)
            default: throw InflateError.reservedBlockType
            }
        }
    }

    // MARK: Bits

    /// Fills the bit buffer to at least 57 bits, with zero padding once the input is used up.
    @inline(__always)
    private mutating func refill() {
        while bitCount <= 56 {
            if position < input.count {
                bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
            } else {
                paddingBits += 8
            }
            bitCount += 8
        }
    }

    /// Drops `count` bits; reaching into the padding means the input was too short.
    @inline(__always)
    private mutating func consume(_ count: Int) throws {
        bitBuffer >>= UInt64(count)
        bitCount -= count
        if bitCount < paddingBits { throw InflateError.truncated }
    }

    /// The next `count` bits (at most 32) as a number, first bit lowest.
    @inline(__always)
    private mutating func bits(_ count: Int) throws -> Int {
        if bitCount < count { refill() }
        let value = Int(truncatingIfNeeded: bitBuffer & ((1 << UInt64(count)) &- 1))
        try consume(count)
        return value
    }

    /// The next symbol of `table`'s code.
    @inline(__always)
    private mutating func symbol(_ table: HuffmanTable, _ kind: HuffmanTable.Kind) throws -> Int {
        if bitCount < 15 { refill() }
        let low = Int(truncatingIfNeeded: bitBuffer)
        var entry = table.entries[low & ((1 << table.rootBits) - 1)]
        if entry & HuffmanTable.linkFlag != 0 {
            entry = table.entries[Int(entry & 0xFFFF) + ((low >> table.rootBits) & ((1 << table.subBits) - 1))]
        }
        let length = Int(entry >> 16)
        guard length > 0 else { throw InflateError.invalidSymbol(kind) }
        try consume(length)
        return Int(entry & 0xFFFF)
    }

    // MARK: Blocks

    /// A stored block: skip to a byte boundary, LEN, NLEN, then LEN bytes copied as they are.
    private mutating func storedBlock() throws {
        try consume(bitCount % 8)
        let length = try bits(16)
        let complement = try bits(16)
        guard length == ~complement & 0xFFFF else {
            throw InflateError.storedLengthMismatch(length: length, complement: complement)
        }
        try reserve(length)
        var remaining = length
        while remaining > 0 && bitCount - paddingBits >= 8 {
            output[written] = UInt8(truncatingIfNeeded: try bits(8))
            written += 1
            remaining -= 1
        }
        guard remaining > 0 else { return }
        // The buffer holds no more input bytes: copy straight from the input.
        guard remaining <= input.count - position else { throw InflateError.truncated }
        output.replaceSubrange(written..<written + remaining, with: input[position..<position + remaining])
        written += remaining
        position += remaining
        bitBuffer = 0
        bitCount = 0
        paddingBits = 0
    }

    /// Reads a dynamic block's header: the code-length code, then the literal/length and distance codes.
    private mutating func dynamicTables() throws -> (HuffmanTable, HuffmanTable) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286 && distanceCount <= 30 else {
            throw InflateError.tooManyCodes(literals: literalCount, distances: distanceCount)
        }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[Inflate.codeLengthOrder[index]] = UInt8(try bits(3))
        }
        let codeLengths = try HuffmanTable(lengths: codeLengthLengths, kind: .codeLengths, rootBits: 7)

        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        var index = 0
        while index < total {
            let symbol = try symbol(codeLengths, .codeLengths)
            var value: UInt8 = 0, repeatCount: Int
            switch symbol {
            case 0...15:
                lengths[index] = UInt8(symbol)
                index += 1
                continue
            case 16:
                guard index > 0 else { throw InflateError.invalidCodeLengths("a repeat code comes first") }
                value = lengths[index - 1]
                repeatCount = 3 + (try bits(2))
            case 17: repeatCount = 3 + (try bits(3))
            default: repeatCount = 11 + (try bits(7))
            }
            guard repeatCount <= total - index else {
                throw InflateError.invalidCodeLengths("a repeat runs past the \(total) declared codes")
            }
            for offset in index..<index + repeatCount { lengths[offset] = value }
            index += repeatCount
        }
        guard lengths[256] != 0 else { throw InflateError.missingEndOfBlock }
        let literals = try HuffmanTable(lengths: Array(lengths[0..<literalCount]), kind: .literals, rootBits: 9)
        let distances = try HuffmanTable(lengths: Array(lengths[literalCount...]), kind: .distances, rootBits: 6)
        return (literals, distances)
    }

    /// Decodes literals and back-references up to the end-of-block symbol.
    private mutating func huffmanBlock(literals: HuffmanTable, distances: HuffmanTable) throws {
        while true {
            let symbol = try symbol(literals, .literals)
            if symbol < 256 {
                if written == output.count { try reserve(1) }
                output[written] = UInt8(truncatingIfNeeded: symbol)
                written += 1
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw InflateError.invalidSymbol(.literals) }
            let length = Inflate.lengthBase[lengthIndex] + (try bits(Inflate.lengthExtraBits[lengthIndex]))
            let distanceSymbol = try self.symbol(distances, .distances)
            guard distanceSymbol < 30 else { throw InflateError.invalidSymbol(.distances) }
            let distance = Inflate.distanceBase[distanceSymbol] + (try bits(Inflate.distanceExtraBits[distanceSymbol]))
            guard distance <= written else {
                throw InflateError.distanceTooFar(distance: distance, written: written)
            }
            if length > output.count - written { try reserve(length) }
            copyMatch(length: length, distance: distance)
        }
    }

    /// Appends `length` bytes copied from `distance` bytes back; the ranges may overlap (a run).
    /// The caller has checked `distance <= written` and reserved room.
    @inline(__always)
    private mutating func copyMatch(length: Int, distance: Int) {
        let start = written
        output.withUnsafeMutableBufferPointer { buffer in
            for index in start..<start + length {
                buffer[index] = buffer[index - distance]
            }
        }
        written += length
    }

    /// Makes room for `count` more bytes, doubling the storage up to `limit`.
    private mutating func reserve(_ count: Int) throws {
        guard count <= limit - written else { throw InflateError.outputLimit(limit) }
        let needed = written + count
        guard needed > output.count else { return }
        let grown = min(max(needed, output.count * 2), limit)
        output.append(contentsOf: repeatElement(0, count: grown - output.count))
    }

    // MARK: Tables of RFC 1951 §3.2.5–3.2.7

    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                             35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                  3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                               257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtraBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                    7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
}
