/// A report's warnings, the first ``limit`` of them listed and the rest counted, so that a table of a
/// million broken rows gives a readable list in bounded memory, not a million lines.
///
/// ```swift
/// var list = WarningList(limit: 2)
/// for line in 1...5 { list.append(.init(line: line, item: nil, message: "a row has no item number")) }
/// list.warnings.count          // 3
/// list.warnings.last?.message  // "3 more warnings are not listed (the first 2 are)"
/// ```
/// - Complexity: O(1) to append.
struct WarningList {
    /// The most warnings listed for one report.
    static let defaultLimit = 1000

    let limit: Int
    private var listed: [ReportWarning] = []
    private(set) var unlisted = 0

    init(_ warnings: [ReportWarning] = [], limit: Int = WarningList.defaultLimit) {
        self.limit = limit
        for warning in warnings { append(warning) }
    }

    mutating func append(_ warning: ReportWarning) {
        if listed.count < limit { listed.append(warning) } else { unlisted += 1 }
    }

    static func += (list: inout WarningList, warnings: [ReportWarning]) {
        for warning in warnings { list.append(warning) }
    }

    /// The listed warnings, and one more that counts the rest when there are any.
    var warnings: [ReportWarning] {
        guard unlisted > 0 else { return listed }
        return listed + [.init(line: nil, item: nil, message: "\(unlisted) more warnings are not listed (the first \(limit) are)")]
    }
}
