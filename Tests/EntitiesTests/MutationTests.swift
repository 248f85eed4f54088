import Dispatch
import Foundation
import XCTest
@testable import Entities

/// Robustness: at least 100,000 inputs made by damaging the example reports (``ReportMutator``) each
/// give a report or an `InputError` naming the input — never a crash, a trap or another error — in
/// bounded time; the reports that come out are consistent, and a sample of them links. Also broken
/// dates columns and broken gazetteer files. Deterministic: the same seed gives the same inputs, and a
/// failure names the input (its number and how it was made).
///
/// Sized for CI in a debug build: most inputs are a few kilobytes; a few are huge (a 10 MB line).
/// `LINKGRAPH_MUTANTS=N` runs N inputs instead (e.g. more, in a release build: `swift test -c release`).
final class MutationTests: XCTestCase {
    static let seed: UInt64 = 20_251_122
    static var count: Int { ProcessInfo.processInfo.environment["LINKGRAPH_MUTANTS"].flatMap(Int.init) ?? 100_000 }

    /// What one worker saw.
    struct Tally {
        var reports = 0, errors = 0, linked = 0, mentions = 0
        var slowest: (seconds: Double, name: String) = (0, "")
        var failures: [String] = []
    }

    func testDamagedReportsGiveAReportOrAnInputError() throws {
        let mutator = try ReportMutator(seed: MutationTests.seed)
        let linker = Linker(gazetteer: try TestGazetteer.shared())
        let count = MutationTests.count
        let workers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        var tallies = [Tally](repeating: Tally(), count: workers)
        let start = Date()
        tallies.withUnsafeMutableBufferPointer { tallies in
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var tally = Tally()
                for index in stride(from: worker, to: count, by: workers) {
                    MutationTests.check(mutator.mutant(index), index: index, linker: linker, tally: &tally)
                }
                tallies[worker] = tally
            }
        }
        let total = tallies.reduce(into: Tally()) { total, tally in
            total.reports += tally.reports; total.errors += tally.errors; total.linked += tally.linked; total.mentions += tally.mentions
            total.failures += tally.failures
            if tally.slowest.seconds > total.slowest.seconds { total.slowest = tally.slowest }
        }
        print("mutation test: \(count) inputs in \(String(format: "%.1f", Date().timeIntervalSince(start))) s: \(total.reports) reports, "
              + "\(total.errors) input errors; \(total.linked) linked (\(total.mentions) mentions); slowest \(String(format: "%.2f", total.slowest.seconds)) s (\(total.slowest.name))")
        XCTAssertEqual(total.reports + total.errors, count)
        XCTAssertGreaterThan(total.reports, count / 10, "most damage still leaves a readable report")
        XCTAssertGreaterThan(total.errors, count / 10, "much damage makes the input unreadable")
        XCTAssertGreaterThan(total.linked, 100)
        for failure in total.failures.prefix(20) { XCTFail(failure) }
        XCTAssertTrue(total.failures.isEmpty, "\(total.failures.count) failures")
    }

    /// Reads one input and checks what comes out.
    static func check(_ mutant: ReportMutator.Mutant, index: Int, linker: Linker, tally: inout Tally) {
        let source = "mutant-\(index).txt"
        let started = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            if seconds > tally.slowest.seconds { tally.slowest = (seconds, "#\(index) \(mutant.name), \(mutant.bytes.count) bytes") }
            // A debug build reads a few MB/s; anything far slower than that is a hang in the making.
            let bound = 10 + Double(mutant.bytes.count) / 500_000
            if seconds > bound { tally.failures.append("\(source) (\(mutant.name)) took \(seconds) s, more than \(bound) s") }
        }
        let report: Report
        do {
            report = try ReportReader.read(bytes: mutant.bytes, source: source)
        } catch let error as InputError {
            tally.errors += 1
            if error.file != source || error.message.isEmpty || (error.line.map { $0 < 1 } ?? false) {
                tally.failures.append("\(source) (\(mutant.name)): an error that does not say where: \(error)")
            }
            return
        } catch {
            tally.errors += 1
            tally.failures.append("\(source) (\(mutant.name)): not an InputError: \(error)")
            return
        }
        tally.reports += 1
        let length = report.text.utf8.count
        if report.items.isEmpty { tally.failures.append("\(source) (\(mutant.name)): a report without items") }
        for item in report.items {
            guard item.fields.count == 5, item.fields.allSatisfy({ 0 <= $0.start && $0.start <= $0.end && $0.end <= length }),
                  item.dates.ranges.allSatisfy({ $0.start <= $0.end }) else {
                tally.failures.append("\(source) (\(mutant.name)): item \(item.number) is inconsistent")
                return
            }
        }
        // Linking costs far more than reading in a debug build: a sample of the small reports.
        guard mutant.link || index % 97 == 0 && mutant.bytes.count < 16_000 else { return }
        let linked = linker.link(report)
        tally.linked += 1
        for (item, mentions) in zip(report.items, linked.mentions) {
            for mention in mentions {
                tally.mentions += 1
                let fieldLength = item[mention.field].text.utf8.count
                if !(0 <= mention.fieldStart && mention.fieldStart < mention.fieldEnd && mention.fieldEnd <= fieldLength
                     && 0 <= mention.start && mention.start <= mention.end && mention.end <= length) {
                    tally.failures.append("\(source) (\(mutant.name)): mention \(mention) outside its field or the text")
                }
            }
        }
        _ = ExtractJSON.report(linked).utf8(indent: 2, level: 2)
    }

    /// Dates columns made of the pieces dates are written with, shuffled and broken.
    func testBrokenDatesGiveValidRanges() {
        var random = SeededGenerator(seed: MutationTests.seed)
        let pieces = ["22", "-", "25", "мая", "2025", "года", "–", "1", "октября", "сентябрь", ",", "и", "с", "по", "(", ")", "20.02.2017",
                      "31", "февраля", "0", "99999", "г.", "декабрь", "январь", "29.02.2024", "32", ".", "дек", "Марте", "\u{301}", "\n"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            for range in DateParser.parse(text, defaultYear: Bool.random(using: &random) ? 2025 : nil) {
                XCTAssertTrue(CalendarDate.isValid(year: range.start.year, month: range.start.month, day: range.start.day), text)
                XCTAssertTrue(CalendarDate.isValid(year: range.end.year, month: range.end.month, day: range.end.day), text)
                XCTAssertLessThanOrEqual(range.start, range.end, text)
            }
        }
    }

    /// Pieces of the shipped gazetteer files, damaged: each gives a gazetteer or an error naming the file
    /// and, for a line's mistake, the line. Pieces of the countries file stand alone (countries need no
    /// parent); pieces of the others mostly lack their parents, which is an error too.
    func testBrokenGazetteerFilesGiveAGazetteerOrAnError() throws {
        var random = SeededGenerator(seed: MutationTests.seed)
        let folder = TestPaths.gazetteer
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try files.map { try String(contentsOfFile: (folder as NSString).appendingPathComponent($0), encoding: .utf8) }
        let countries = files.firstIndex(of: "countries.txt") ?? 0
        let lexicon = try TestGazetteer.shared().lexicon
        var loaded = 0, errors = 0
        for index in 0..<1_000 {
            let text = texts[index % 2 == 0 ? countries : index % texts.count]
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // From the start of an entity.
            var start = Int.random(in: 0..<max(1, lines.count - 40), using: &random)
            while start < lines.count - 1, !(lines[start].first?.isLetter ?? false) { start += 1 }
            var piece = Array(lines[start..<min(lines.count, start + Int.random(in: 5...40, using: &random))].map(String.init))
            for _ in 0..<Int.random(in: 0...2, using: &random) where !piece.isEmpty {
                let line = Int.random(in: 0..<piece.count, using: &random)
                switch Int.random(in: 0...6, using: &random) {
                case 0: piece.remove(at: line)
                case 1: piece.insert(piece[line], at: line)
                case 2: piece[line] = String(piece[line].dropFirst(Int.random(in: 0...8, using: &random)))
                case 3: piece[line] = "    " + piece[line]
                case 4: piece[line] += ["", " ambiguous", " = ", "\r", " until 2025-13-45", "\u{0}"][Int.random(in: 0...5, using: &random)]
                case 5: piece.insert(["in zz-nowhere", "    in nowhere", "city x = ", "org Bad-ID = Имя", "    country ZZZ", "    was"][Int.random(in: 0...5, using: &random)], at: line)
                default: piece[line] = String(piece[line].reversed())
                }
            }
            let file = "broken-\(index).txt"
            do {
                let entities = try GazetteerParser.parse(piece.joined(separator: "\n"), file: file)
                _ = try Gazetteer(entities: entities, lexicon: lexicon)
                loaded += 1
            } catch let error as InputError {
                errors += 1
                XCTAssertEqual(error.file, file, "\(error)")
                XCTAssertFalse(error.message.isEmpty)
            }
        }
        XCTAssertGreaterThan(loaded, 100)
        XCTAssertGreaterThan(errors, 100)
    }
}
