import Foundation
import XCTest
import Entities

/// Small reports written in a test, read through the public reader, for the linker tests.
public enum HandReports {
    /// One row of a hand-made report: its section (a municipality row above it) and five cells.
    public struct Row {
        public var section: String?
        public var name: String
        public var place: String
        public var dates: String
        public var goal: String
        public var participants: String

        public init(section: String? = nil, name: String = "Встреча", place: String = "", dates: String = "1 октября 2024 года",
                    goal: String = "", participants: String = "") {
            self.section = section
            self.name = name
            self.place = place
            self.dates = dates
            self.goal = goal
            self.participants = participants
        }
    }

    public static func title(level: ReportLevel, year: Int, quarter: Int) -> String {
        let who = level == .municipal ? "органами местного самоуправления муниципальных образований Смоленской области"
            : "исполнительными органами Смоленской области"
        return "Отчет о мероприятиях в международной сфере, проведенных \(who) в \(["I", "II", "III", "IV"][quarter - 1]) квартале \(year) года\n\n"
    }

    public static let heading = "\t№\nп/п\n\tНаименование мероприятия\n\tМесто проведения\n\tСроки\n\tЦель\n\tУчастники\n\n"

    /// The report text for `rows`, numbered from 1; a section row is written when it changes.
    public static func text(_ rows: [Row], level: ReportLevel = .municipal, year: Int = 2024, quarter: Int = 4) -> String {
        var body = title(level: level, year: year, quarter: quarter) + heading
        var section: String?
        for (index, row) in rows.enumerated() {
            if let next = row.section, next != section {
                body += "\t\(next)\n\n"
                section = next
            }
            body += "\t\(index + 1). \n" + [row.name, row.place, row.dates, row.goal, row.participants].map { "\t\($0)\n" }.joined() + "\n"
        }
        return body
    }

    public static func report(_ rows: [Row], level: ReportLevel = .municipal, year: Int = 2024, quarter: Int = 4,
                       source: String = "hand.txt") throws -> Report {
        try ReportReader.read(bytes: Array(text(rows, level: level, year: year, quarter: quarter).utf8), source: source)
    }
}
