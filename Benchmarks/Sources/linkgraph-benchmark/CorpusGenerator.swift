import Foundation

/// Generates a corpus of reports from the example reports: each file takes the title and heading of an
/// example of one level (municipal or regional) with another quarter and year, then sections with items
/// drawn at random from all examples of that level, shuffled, renumbered and varied (``TextVariation``),
/// so that nothing can be cached from one file to the next. Files are UTF-8 text, 40 to 240 KB each.
struct CorpusGenerator {
    let examples: [ExampleTable]
    let seed: UInt64

    init(examplesFolder: String, seed: UInt64) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: examplesFolder).filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw BenchmarkError("no example reports (*.txt) in \(examplesFolder)") }
        examples = try names.map { name in
            let text = try String(contentsOfFile: (examplesFolder as NSString).appendingPathComponent(name), encoding: .utf8)
            return try ExampleTable(name: name, text: text)
        }
        self.seed = seed
    }

    /// Writes files into `folder` until they hold at least `bytes` bytes; returns their paths in order.
    func generate(bytes: Int, into folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        var total = 0
        while total < bytes {
            let text = report(number: paths.count)
            let data = Data(text.utf8)
            let path = (folder as NSString).appendingPathComponent(String(format: "report-%05d.txt", paths.count + 1))
            try data.write(to: URL(fileURLWithPath: path))
            paths.append(path)
            total += data.count
        }
        return paths
    }

    /// The text of generated report `number` (the same for the same seed and number).
    func report(number: Int) -> String {
        var random = SplitMix(seed: seed &* 0x100000001B3 &+ UInt64(number))
        let template = examples[Int.random(in: 0..<examples.count, using: &random)]
        let pool = examples.filter { $0.isMunicipal == template.isMunicipal }.flatMap(\.blocks)
        let year = Int.random(in: 2019...2026, using: &random)
        let quarter = Int.random(in: 1...4, using: &random)
        var variation = TextVariation(random: SplitMix(seed: random.next()), year: year, quarter: quarter)
        let target = Int.random(in: 40_000...240_000, using: &random)

        var lines = CorpusGenerator.retitled(template.prelude, year: year, quarter: quarter)
        for cell in template.heading { append(cell, to: &lines) }
        var size = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        var itemNumber = 0
        while size < target {
            let block = pool[Int.random(in: 0..<pool.count, using: &random)]
            var items = block.items.shuffled(using: &random)
            items.removeLast(Int.random(in: 0..<items.count, using: &random))
            var blockLines: [String] = []
            if let section = block.section { append(section, to: &blockLines) }
            for item in items {
                itemNumber += 1
                blockLines.append("\t\(itemNumber). ")
                blockLines += item.numberTail
                for (column, cell) in item.cells.enumerated() {
                    let varied = cell.map { column == 2 ? variation.dates($0) : variation.text($0) }
                    append(varied, to: &blockLines)
                }
            }
            size += blockLines.reduce(0) { $0 + $1.utf8.count + 1 }
            lines += blockLines
        }
        for note in template.notes { append(note.map { variation.text($0) }, to: &lines) }
        return lines.joined(separator: "\n")
    }

    func append(_ cell: ExampleTable.Cell, to lines: inout [String]) {
        guard let first = cell.first else { return }
        lines.append("\t" + first)
        lines += cell.dropFirst()
    }

    /// The title lines with another quarter ("в IV квартале 2023 года" → "во II квартале 2025 года").
    static func retitled(_ prelude: [String], year: Int, quarter: Int) -> [String] {
        let numerals = ["I", "II", "III", "IV"]
        return prelude.map { line in
            var words = line.components(separatedBy: " ")
            guard let index = words.firstIndex(where: { $0.hasPrefix("квартал") }), index > 0 else { return line }
            words[index - 1] = numerals[quarter - 1]
            if index > 1, words[index - 2] == "в" || words[index - 2] == "во" { words[index - 2] = quarter == 2 ? "во" : "в" }
            if index + 1 < words.count, words[index + 1].count == 4, Int(words[index + 1]) != nil { words[index + 1] = String(year) }
            return words.joined(separator: " ")
        }
    }
}
