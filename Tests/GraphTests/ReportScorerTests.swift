import Entities
import XCTest

/// The scorer proven on three made-up items whose every figure is worked out by hand below.
final class ReportScorerTests: XCTestCase {
    typealias Facts = PredictedReport.EntityFacts

    static let gold = ReportGold(
        mentions: [
            GoldMention(item: 1, field: "participants", text: "Администрации города Смоленска", entity: "ru-smolensk-administration"),
            GoldMention(item: 1, field: "participants", text: "Витебска", entity: "by-vitebsk"),
            GoldMention(item: 2, field: "goal", text: "Оршанским районом", entity: "by-orsha-district"),
            GoldMention(item: 2, field: "goal", text: "Республики Беларусь", entity: "by"),
            GoldMention(item: 3, field: "participants", text: "МБОУ «СШ № 8» г. Смоленска", entity: "ru-smolensk-school-8"),
            GoldMention(item: 3, field: "participants", text: "Гимназии № 146 г. Минска", entity: "by-minsk-gymnasium-146"),
        ],
        sides: [
            GoldSide(item: 1, role: .smolensk, entity: "ru-smolensk-administration"),
            GoldSide(item: 1, role: .foreign, entity: "by-vitebsk"),
            GoldSide(item: 2, role: .smolensk, entity: "ru-smolensk-administration"),
            GoldSide(item: 2, role: .foreign, entity: "by-orsha-district"),
            GoldSide(item: 2, role: .agreement, entity: "ru-smolensk", party: "by-orsha-district"),
            GoldSide(item: 3, role: .smolensk, entity: "ru-smolensk-school-8"),
            GoldSide(item: 3, role: .foreign, entity: "by-minsk-gymnasium-146"),
        ])

    static let predicted = PredictedReport(
        mentions: [
            .init(item: 1, field: "participants", text: "Администрации города Смоленска", start: 27, end: 85, entity: "ru-smolensk-administration"),
            .init(item: 1, field: "participants", text: "Витебска", start: 89, end: 105, entity: "by-vitebsk-region"),
            .init(item: 2, field: "goal", text: "Оршанским районом", start: 32, end: 65, entity: "by-vitebsk-region"),
            .init(item: 2, field: "goal", text: "Беларусь", start: 87, end: 103, entity: "by"),
            .init(item: 3, field: "participants", text: "МБОУ «СШ № 8» г. Смоленска", start: 0, end: 46, entity: "x-org-1"),
            .init(item: 3, field: "participants", text: "Гимназии № 146", start: 48, end: 72, entity: "x-org-2"),
        ],
        fieldTexts: [
            "1/participants": "Представители Администрации города Смоленска и Витебска",
            "2/goal": "Сотрудничество с Оршанским районом Республики Беларусь",
            "3/participants": "МБОУ «СШ № 8» г. Смоленска, Гимназии № 146 г. Минска",
        ],
        entities: [
            "ru-smolensk-administration": Facts(country: "RU", smolensk: true, parent: "ru-smolensk"),
            "ru-smolensk-city-council": Facts(country: "RU", smolensk: true, parent: "ru-smolensk"),
            "by-vitebsk-region": Facts(country: "BY", smolensk: false, parent: "by"),
            "by-orsha-district": Facts(country: "BY", smolensk: false, parent: "by-vitebsk-region"),
            "by": Facts(country: "BY", smolensk: false, parent: nil),
            "x-org-1": Facts(country: "RU", smolensk: false, parent: nil),
            "x-org-2": Facts(country: "BY", smolensk: false, parent: "by-minsk"),
        ],
        sidePairs: [
            .init(item: 1, smolensk: "ru-smolensk-administration", foreign: "by-vitebsk-region"),
            .init(item: 2, smolensk: "ru-smolensk-city-council", foreign: "by-orsha-district"),
            .init(item: 3, smolensk: "x-org-1", foreign: "x-org-2"),
        ],
        agreements: [
            // Written the other way round: an agreement's parties are unordered.
            .init(item: 2, smolensk: "by-orsha-district", foreign: "ru-smolensk"),
            .init(item: 3, smolensk: "x-org-1", foreign: "x-org-2"),
        ])

    func testTheOffsetsOfTheMadeUpMentionsAreRight() {
        for mention in Self.predicted.mentions {
            let text = Array(Self.predicted.fieldTexts["\(mention.item)/\(mention.field)"]!.utf8)
            XCTAssertEqual(String(decoding: text[mention.start..<mention.end], as: UTF8.self), mention.text)
        }
    }

    func testScoresThreeItemsAsWorkedOutByHand() throws {
        let score = ReportScorer(gold: Self.gold, predicted: Self.predicted, reference: try Fixtures.gazetteer()).score
        // 6 gold, 6 found; matched: the Administration, "Витебска", "Оршанским районом", the school
        // ("Беларусь" is not "Республики Беларусь", "Гимназии № 146" not the whole name).
        XCTAssertEqual(score.matchedMentions, 4)
        XCTAssertEqual(score.mentionPrecision, 4.0 / 6, accuracy: 1e-9)
        XCTAssertEqual(score.mentionRecall, 4.0 / 6, accuracy: 1e-9)
        // The goal column alone (item 2): 2 gold, 2 found, "Оршанским районом" matched.
        XCTAssertEqual([score.goalGoldMentions, score.goalPredictedMentions, score.goalMatchedMentions], [2, 2, 1])
        XCTAssertEqual(score.goalMentionRecall, 0.5, accuracy: 1e-9)
        // Predicted clusters: {Витебска, Оршанским районом} (both by-vitebsk-region), two singletons; gold: four
        // singletons. B³ precision (1 + 1/2 + 1/2 + 1) / 4, recall 1.
        XCTAssertEqual(score.bcubedPrecision, 0.75, accuracy: 1e-9)
        XCTAssertEqual(score.bcubedRecall, 1, accuracy: 1e-9)
        XCTAssertEqual(score.bcubedF, 2 * 0.75 / 1.75, accuracy: 1e-9)
        // Countries all right (the region is in BY too); the unknown school is not seen as Smolensk's.
        XCTAssertEqual(score.countryAccuracy, 1, accuracy: 1e-9)
        XCTAssertEqual(score.smolenskAccuracy, 0.75, accuracy: 1e-9)
        // Foreign sides: item 1 has the region for the city (missed); item 2 the district; item 3 x-org-2,
        // mapped to the gymnasium whose gold span it overlaps.
        XCTAssertEqual(score.goldForeign, 3)
        XCTAssertEqual(score.foundForeign, 2)
        // Org edges: gold {administration × Vitebsk, administration × Orsha district, school × gymnasium};
        // predicted {administration × Vitebsk region, council × Orsha district, school × gymnasium}.
        XCTAssertEqual(score.orgEdges, EvaluationScore.EdgeCounts(gold: 3, predicted: 3, common: 1))
        // Places: gold {Smolensk × Vitebsk, Smolensk × Orsha district, Smolensk × Minsk}; predicted
        // {Smolensk × Vitebsk region, Smolensk × Orsha district, Smolensk × Minsk}.
        XCTAssertEqual(score.placeEdges, EvaluationScore.EdgeCounts(gold: 3, predicted: 3, common: 2))
        // Agreements: the gold one found (in the other order); item 3's is extra.
        XCTAssertEqual(score.agreementRecall, 1, accuracy: 1e-9)
        XCTAssertEqual(score.agreementPrecision, 0.5, accuracy: 1e-9)
    }

    func testListsWhatDiffers() throws {
        let differences = ReportScorer(gold: Self.gold, predicted: Self.predicted, reference: try Fixtures.gazetteer()).differences
        XCTAssertTrue(differences.contains("foreign missed   item 1: by-vitebsk"), "\(differences)")
        XCTAssertTrue(differences.contains("org edge extra   ru-smolensk-city-council × by-orsha-district"), "\(differences)")
        XCTAssertTrue(differences.contains("agreement extra  item 3: by-minsk-gymnasium-146 – ru-smolensk-school-8"), "\(differences)")
    }

    func testAnUnknownIDMapsToTheGoldEntityItOverlapsMostOften() {
        var predicted = Self.predicted
        // x-org-1 overlaps the school twice and the gymnasium once; x-org-3 overlaps nothing.
        predicted.mentions += [
            .init(item: 3, field: "participants", text: "МБОУ", start: 0, end: 8, entity: "x-org-1"),
            .init(item: 3, field: "participants", text: "Гимназии", start: 48, end: 64, entity: "x-org-1"),
            .init(item: 1, field: "participants", text: "Представители", start: 0, end: 26, entity: "x-org-3"),
        ]
        let mapping = EntityMapping(gold: Self.gold.mentions, predicted: predicted)
        XCTAssertEqual(mapping.gold("x-org-1"), "ru-smolensk-school-8")
        XCTAssertEqual(mapping.gold("x-org-2"), "by-minsk-gymnasium-146")
        XCTAssertEqual(mapping.gold("x-org-3"), "x-org-3")
        XCTAssertEqual(mapping.gold("by-vitebsk-region"), "by-vitebsk-region")
    }

    func testRollsUpToThePlaceThroughTheFullGazetteer() throws {
        let rollup = PlaceRollup(reference: try Fixtures.gazetteer(), predicted: Self.predicted.entities,
                                 sides: [GoldSide(item: 1, role: .foreign, entity: "?org:Школа № 5@by-grodno")])
        XCTAssertEqual(rollup.place("ru-smolensk-school-8"), "ru-smolensk")
        XCTAssertEqual(rollup.place("by-orsha-district"), "by-orsha-district")
        XCTAssertEqual(rollup.place("by-vitebsk-region"), "by-vitebsk-region")
        XCTAssertEqual(rollup.place("x-org-2"), "by-minsk")
        XCTAssertEqual(rollup.place("x-org-1"), "ru")
        XCTAssertEqual(rollup.place("?org:Школа № 5"), "by-grodno")
    }
}
