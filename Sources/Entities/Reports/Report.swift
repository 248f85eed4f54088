/// One quarterly report, read: its title, period, level, sections and numbered items.
///
/// Both readers (text and Word) produce it, so everything downstream is the same for either format.
public struct Report: Sendable {
    /// The report as named on the command line (`-` for standard input).
    public var source: String
    /// The input's format and, for text, its encoding.
    public var format: String
    /// The title paragraphs joined with spaces.
    public var title: String
    /// The quarter the title names, when it names one.
    public var period: ReportPeriod?
    /// Who reports: municipal bodies or the region's executive bodies.
    public var level: ReportLevel?
    /// Section rows in order of appearance (municipalities in municipal reports, fields of
    /// cooperation in regional ones).
    public var sections: [String]
    /// Single-cell rows after the last item (summaries), kept but not items.
    public var notes: [String]
    public var items: ReportItems
    public var warnings: [ReportWarning]
    /// The warnings about how the input's bytes were read (bytes that are not UTF-8, replaced), which
    /// are also first in ``warnings``: a command shows these on standard error.
    public var readingWarnings: [ReportWarning] = []
    /// The text every offset points into: the decoded file for text input, the document's text
    /// rendition for Word input.
    public var text: String
}

/// A row of the report's table: the event and its five columns.
public struct ReportItem: Sendable {
    /// The number written in the first column.
    public var number: Int
    /// The section row the item stands under, if any.
    public var section: String?
    /// The five fields, in column order (see ``ItemField``).
    public var fields: [FieldText]
    /// The dates column, parsed.
    public var dates: DateList
    /// The 1-based source line of the item's number cell.
    public var line: Int

    public subscript(field: ItemField) -> FieldText { fields[field.rawValue] }
}

/// The five content columns of an item row, in table order.
public enum ItemField: Int, CaseIterable, Sendable {
    case name, place, dates, goal, participants

    /// The JSON name of the field.
    public var key: String {
        switch self {
        case .name: "name"
        case .place: "place"
        case .dates: "dates"
        case .goal: "goal"
        case .participants: "participants"
        }
    }

    public init?(key: String) {
        guard let field = ItemField.allCases.first(where: { $0.key == key }) else { return nil }
        self = field
    }
}

/// Who wrote the report.
public enum ReportLevel: String, Sendable, CaseIterable {
    /// "органами местного самоуправления": the municipalities.
    case municipal
    /// "исполнительными органами Смоленской области": the region's executive bodies.
    case regional
}

/// Something in a report worth a reader's attention that did not stop it being read.
public struct ReportWarning: Sendable, Equatable {
    public var line: Int?
    public var item: Int?
    public var message: String

    public init(line: Int?, item: Int?, message: String) {
        self.line = line
        self.item = item
        self.message = message
    }
}
