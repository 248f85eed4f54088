/// How many parentheses are open before a token of a field, counted once over the field as its names
/// are read in order.
///
/// ```swift
/// var parentheses = OpenParentheses()
/// parentheses.depth(before: 4, in: Tokenizer.tokenize("митинг (г. Рудня)"))  // 1: "Рудня" is inside
/// ```
/// - Complexity: O(t) over all the calls for a field of t tokens.
struct OpenParentheses {
    private var depth = 0
    private var counted = 0

    /// The parentheses open before token `index`; `index` must not decrease from one call to the next.
    /// A closing parenthesis with none open is ignored.
    mutating func depth(before index: Int, in tokens: [Token]) -> Int {
        while counted < index {
            let kind = tokens[counted].kind
            if kind == .openParen { depth += 1 } else if kind == .closeParen { depth = max(0, depth - 1) }
            counted += 1
        }
        return depth
    }
}
