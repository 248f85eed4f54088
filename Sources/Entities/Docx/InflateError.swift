/// Why a DEFLATE stream (RFC 1951) could not be decoded. ``Inflate`` throws it; ``ZipArchive`` turns it
/// into an ``InputError`` that names the file and the entry.
///
/// ```swift
/// InflateError.distanceTooFar(distance: 40, written: 3).description
/// // "a back-reference points 40 bytes back but only 3 bytes have been written"
/// ```
enum InflateError: Error, Equatable, CustomStringConvertible {
    /// The input ends before the final block does.
    case truncated
    /// A block header has the reserved type 3.
    case reservedBlockType
    /// A stored block's length and its one's complement disagree.
    case storedLengthMismatch(length: Int, complement: Int)
    /// A dynamic block declares more than 286 literal/length or 30 distance codes.
    case tooManyCodes(literals: Int, distances: Int)
    /// A Huffman code uses more codes than its lengths allow.
    case overSubscribedCode(HuffmanTable.Kind)
    /// A Huffman code leaves codes unused where the format does not allow it.
    case incompleteCode(HuffmanTable.Kind)
    /// The code lengths of a dynamic block cannot be read (a repeat with nothing before it, or a run past
    /// the declared count).
    case invalidCodeLengths(String)
    /// A dynamic block's literal/length code has no end-of-block symbol.
    case missingEndOfBlock
    /// The bits read form no code of the block, or a symbol the format reserves (286, 287; distance 30, 31).
    case invalidSymbol(HuffmanTable.Kind)
    /// A back-reference reaches before the start of the output.
    case distanceTooFar(distance: Int, written: Int)
    /// The output would grow past the limit the caller set.
    case outputLimit(Int)

    var description: String {
        switch self {
        case .truncated:
            "the compressed data ends before its last block does"
        case .reservedBlockType:
            "a block has the reserved type 3"
        case let .storedLengthMismatch(length, complement):
            "a stored block's length \(length) does not match its check value \(complement)"
        case let .tooManyCodes(literals, distances):
            "a block declares \(literals) literal/length and \(distances) distance codes (at most 286 and 30)"
        case let .overSubscribedCode(kind):
            "the \(kind.rawValue) code of a block is over-subscribed"
        case let .incompleteCode(kind):
            "the \(kind.rawValue) code of a block is incomplete"
        case let .invalidCodeLengths(reason):
            "the code lengths of a block are invalid: \(reason)"
        case .missingEndOfBlock:
            "a block's code has no end-of-block symbol"
        case let .invalidSymbol(kind):
            "the data holds an invalid \(kind.rawValue) code"
        case let .distanceTooFar(distance, written):
            "a back-reference points \(distance) bytes back but only \(written) bytes have been written"
        case let .outputLimit(limit):
            "the data expands past \(limit) bytes"
        }
    }
}
