import XCTest
@testable import Entities

/// `WordOccurrences` answers as scanning the text between the offsets would (`LowercaseBytes.containsAny`).
final class WordOccurrencesTests: XCTestCase {
    func testNoWordsAndNoText() {
        XCTAssertFalse(WordOccurrences([], in: LowercaseBytes("подписано соглашение")).any(from: 0, to: 100))
        XCTAssertFalse(WordOccurrences([Array("подписан".utf8)], in: LowercaseBytes("")).any(from: 0, to: 0))
    }

    func testCapitalsLettersOfOneByteAndWordsAcrossSpaces() {
        let text = LowercaseBytes("В РАМКАХ Соглашения, a b")
        XCTAssertTrue(WordOccurrences([Array("в рамках".utf8)], in: text).any(from: 0, to: 15))
        XCTAssertFalse(WordOccurrences([Array("в рамках".utf8)], in: text).any(from: 1, to: 40), "it starts at 0")
        XCTAssertTrue(WordOccurrences([Array("b".utf8)], in: text).any(from: 0, to: text.bytes.count))
        XCTAssertFalse(WordOccurrences([Array("соглашения".utf8)], in: text).any(from: 0, to: 20), "it ends past 20")
    }

    /// Made-up texts of a few Russian letters, spaces and Latin ones, every range: the same answer as a scan.
    func testEveryRangeOfManyTextsAnswersAsAScan() {
        var generator = SeededGenerator(seed: 7)
        let letters = ["а", "б", "в", "г", "А", "Б", " ", "b", "ё"]
        let words = ["аб", "ба", "в г", "а", "b", "бб", "аба"].map { Array($0.utf8) }
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
            let lowered = LowercaseBytes(text)
            for count in 0...3 {
                let chosen = Array(words.shuffled(using: &generator).prefix(count))
                let occurrences = WordOccurrences(chosen, in: lowered)
                for start in 0...lowered.bytes.count {
                    for end in start...lowered.bytes.count {
                        XCTAssertEqual(occurrences.any(from: start, to: end), lowered.containsAny(chosen, from: start, to: end),
                                       "«\(text)» \(chosen.map { String(decoding: $0, as: UTF8.self) }) \(start)..<\(end)")
                    }
                }
            }
        }
    }
}
