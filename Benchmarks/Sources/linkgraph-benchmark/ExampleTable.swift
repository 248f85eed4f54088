import Foundation

/// An example report taken apart the way its text lays it out: the lines before the table (title),
/// the six heading cells, and blocks of rows: a section cell and the item rows under it. Cells keep
/// their lines as written (the first without its TAB), blank lines included, so that putting blocks
/// back together in another order gives a report laid out like the publisher's.
struct ExampleTable {
    /// A cell: its lines, the first without the leading TAB.
    typealias Cell = [String]

    struct Item {
        /// The five content cells: name, place, dates, goal, participants.
        var cells: [Cell]
        /// Blank lines after the number cell's text, kept to reproduce the layout.
        var numberTail: [String]
    }

    struct Block {
        var section: Cell?
        var items: [Item]
    }

    var name: String
    var prelude: [String]
    var heading: [Cell]
    var blocks: [Block]
    var notes: [Cell]
    var isMunicipal: Bool

    init(name: String, text: String) throws {
        self.name = name
        let lines = text.components(separatedBy: "\n")
        var prelude: [String] = []
        var cells: [Cell] = []
        for line in lines {
            if line.hasPrefix("\t") {
                cells.append([String(line.dropFirst())])
            } else if cells.isEmpty {
                prelude.append(line)
            } else {
                cells[cells.count - 1].append(line)
            }
        }
        guard cells.count >= 6, cells[0][0].trimmingCharacters(in: .whitespaces).hasPrefix("№") else {
            throw BenchmarkError("\(name): no heading row")
        }
        self.prelude = prelude
        heading = Array(cells[0..<6])
        isMunicipal = prelude.joined(separator: " ").contains("местного самоуправления")
        var blocks: [Block] = []
        var index = 6
        var trailing: [Cell] = []
        while index < cells.count {
            if ExampleTable.isNumber(cells[index]) {
                guard index + 6 <= cells.count else { throw BenchmarkError("\(name): a short item row at the end") }
                let item = Item(cells: Array(cells[index + 1..<index + 6]), numberTail: Array(cells[index].dropFirst()))
                if blocks.isEmpty { blocks.append(Block(section: nil, items: [])) }
                blocks[blocks.count - 1].items.append(item)
                trailing = []
                index += 6
            } else {
                blocks.append(Block(section: cells[index], items: []))
                trailing.append(cells[index])
                index += 1
            }
        }
        // Single cells after the last item are notes, not sections.
        blocks.removeLast(trailing.count)
        notes = trailing
        self.blocks = blocks.filter { !$0.items.isEmpty }
    }

    static func isNumber(_ cell: Cell) -> Bool {
        let text = cell.joined().trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("."), text.count > 1 else { return false }
        return text.dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
