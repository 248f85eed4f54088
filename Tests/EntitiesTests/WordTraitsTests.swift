import XCTest
@testable import Entities

/// `WordTraits`: what the recognizer asks of a spelling, worked out once per word; and the small word
/// lists (`Endings`, `ShortWordSet`) it is worked out with.
final class WordTraitsTests: XCTestCase {
    private func traits(_ text: String) -> WordTraits { Tokenizer.tokenize(text)[0].word.traits }
    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    func testEndingsMatchOnlyWholeSuffixes() {
        let endings = Endings(["а", "ов", "ого"])
        XCTAssertFalse(endings.endsWord([]))
        XCTAssertTrue(endings.endsWord(scalars("а")))
        XCTAssertTrue(endings.endsWord(scalars("школа")))
        XCTAssertTrue(endings.endsWord(scalars("ов")))
        XCTAssertTrue(endings.endsWord(scalars("коллективов")))
        XCTAssertTrue(endings.endsWord(scalars("высокого")))
        XCTAssertFalse(endings.endsWord(scalars("в")), "shorter than the ending")
        XCTAssertFalse(endings.endsWord(scalars("ово")))
        XCTAssertFalse(endings.endsWord(scalars("школы")))
        XCTAssertFalse(Endings([]).endsWord(scalars("школа")))
    }

    func testAnEndingWhole() {
        let endings = Endings(["а", "ом", "ами"])
        XCTAssertTrue(endings.isEnding(scalars("а")[...]))
        XCTAssertTrue(endings.isEnding(scalars("ами")[...]))
        XCTAssertFalse(endings.isEnding(scalars("")[...]))
        XCTAssertFalse(endings.isEnding(scalars("мом")[...]), "a word ending in one is not one")
        XCTAssertFalse(endings.isEnding(scalars("амиу")[...]), "longer than any ending")
    }

    func testShortWordSetComparesBytes() {
        let words = ShortWordSet(["из", "при", "между"])
        XCTAssertTrue(words.contains("из"))
        XCTAssertTrue(words.contains("между"))
        XCTAssertFalse(words.contains(""))
        XCTAssertFalse(words.contains("и"))
        XCTAssertFalse(words.contains("изба"))
        XCTAssertFalse(words.contains("межд"))
        XCTAssertFalse(ShortWordSet([]).contains("из"))
    }

    func testTraitsOfWords() {
        XCTAssertTrue(traits("коллективов").contains(.pluralNoun))
        XCTAssertTrue(traits("Смоленской").contains(.feminineOblique))
        XCTAssertTrue(traits("Оршей").contains(.feminineOblique))
        XCTAssertFalse(traits("Орша").contains(.feminineOblique))
        XCTAssertTrue(traits("культуры").contains(.genitiveLike))
        XCTAssertTrue(traits("наук").contains(.genitiveLike))
        XCTAssertFalse(traits("подписали").contains(.genitiveLike), "a verb's ending")
        XCTAssertTrue(traits("учащихся").contains(.genitiveLike), "a reflexive participle's genitive plural")
        XCTAssertFalse(traits("встретился").contains(.genitiveLike), "a reflexive verb")
        XCTAssertFalse(traits("Ассоциацией").contains(.genitiveLike), "the instrumental of a noun in -ия")
        XCTAssertFalse(traits("был").contains(.genitiveLike), "a short verb in the past")
        XCTAssertTrue(traits("дел").contains(.genitiveLike), "a short noun in -л")
        XCTAssertTrue(traits("ассоциаций").contains(.genitiveLike), "its genitive plural")
        XCTAssertTrue(traits("при").contains(.preposition))
        XCTAssertTrue(traits("при").contains(.attachment))
        XCTAssertTrue(traits("между").contains(.preposition))
        XCTAssertFalse(traits("Минск").contains(.preposition))
        XCTAssertTrue(traits("деревня").contains(.settlementMarker))
        XCTAssertTrue(traits("д").contains(.markerNeedsDot))
        XCTAssertFalse(traits("деревня").contains(.markerNeedsDot))
        XCTAssertTrue(traits("ПГТ").contains(.capitalMarker))
        XCTAssertTrue(traits("соглашение").contains(.documentWord))
        XCTAssertTrue(traits("побратимы").contains(.twinningWord))
        XCTAssertTrue(traits("Xstrike").contains(.latin))
        XCTAssertTrue(traits("Российско").contains(.endsInOorE))
        XCTAssertFalse(traits("нашего").contains(.genitiveLike), "a pronoun belongs to no name")
        XCTAssertTrue(traits("высокого").contains(.genitiveLike))
        XCTAssertTrue(traits("Смоленских").contains(.pluralAdjective))
        XCTAssertTrue(traits("белорусские").contains(.pluralAdjective))
        XCTAssertFalse(traits("Смоленский").contains(.pluralAdjective))
    }

    /// The words an abbreviation of initials may leave out: every stop word and "имени", in any capitals.
    func testLinkingWordsAreTheStopWordsAndImeni() {
        for word in TextAliases.linkingWords { XCTAssertTrue(traits(word).contains(.linkingWord), word) }
        XCTAssertTrue(traits("Имени").contains(.linkingWord))
        XCTAssertTrue(traits("И").contains(.linkingWord))
        for word in ["школа", "имение", "Минск", "изо", "1"] { XCTAssertFalse(traits(word).contains(.linkingWord), word) }
    }
}
