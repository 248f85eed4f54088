import Foundation

/// Single large inputs, for the memory bound (peak resident memory within three times the largest
/// input, plus start-up): one long report of real items, and a report of many tiny items.
enum LargeInputs {
    /// One report of at least `bytes`: the first generated report, then the tables of the next ones (each
    /// from its heading row, which the reader skips as a repeated heading).
    static func longReport(_ generator: CorpusGenerator, bytes: Int, path: String) throws {
        var parts = [generator.report(number: 0)]
        var size = parts[0].utf8.count
        var number = 1
        while size < bytes {
            let text = generator.report(number: number)
            number += 1
            guard let table = text.range(of: "\n\t") else { continue }
            let body = String(text[table.lowerBound...])
            parts.append(body)
            size += body.utf8.count
        }
        try write(parts.joined() + "\n", to: path)
    }

    /// A report of tiny items (one short line a cell), 50,000 to a section so that numbers stay short,
    /// of at least `bytes`.
    static func tinyItems(bytes: Int, path: String) throws {
        var text = "Отчет о мероприятиях в международной сфере, проведенных исполнительными органами Смоленской области во II квартале 2025 года\n\n"
        text += "\t№ п/п\n\tНаименование мероприятия\n\tМесто проведения\n\tСроки\n\tЦель\n\tУчастники\n\n"
        var section = 0
        while text.utf8.count < bytes {
            section += 1
            text += "\tРаздел \(section)\n"
            for number in 1...50_000 {
                text += "\t\(number). \n\tВстреча\n\tг. Витебск\n\t1 мая 2025 года\n\tПодписано соглашение\n\tАдминистрация\n"
            }
        }
        try write(text, to: path)
    }

    private static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
