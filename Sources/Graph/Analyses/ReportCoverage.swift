import Entities

/// Which quarters the inputs cover, and at which level: a tie reported only by municipalities cannot be
/// judged silent in a quarter for which only a regional report was given.
public struct ReportCoverage: Sendable, Equatable {
    /// Periods covered, per level (a report without a level counts for every level).
    public private(set) var periods: [ReportLevel: Set<ReportPeriod>] = [:]

    public init(reports: [Report]) {
        for report in reports { add(period: report.period, level: report.level) }
    }

    public init(inputs: [ReportGraphInput]) {
        for input in inputs { add(input) }
    }

    /// Counts one more report.
    public mutating func add(_ input: ReportGraphInput) {
        add(period: input.period, level: input.level)
    }

    private mutating func add(period: ReportPeriod?, level: ReportLevel?) {
        guard let period else { return }
        let levels = level.map { [$0] } ?? ReportLevel.allCases
        for level in levels { periods[level, default: []].insert(period) }
    }

    /// The latest period any input covers.
    public var latest: ReportPeriod? { periods.values.flatMap { $0 }.max() }

    /// The periods covered at any of `levels`.
    public func periods(at levels: Set<ReportLevel>) -> Set<ReportPeriod> {
        levels.reduce(into: Set<ReportPeriod>()) { $0.formUnion(periods[$1] ?? []) }
    }

    /// "municipal: 2023-Q4, 2024-Q4; regional: 2025-Q2"
    public var summary: String {
        ReportLevel.allCases.compactMap { level in
            guard let set = periods[level], !set.isEmpty else { return nil }
            return "\(level.rawValue): " + set.sorted().map(\.code).joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
