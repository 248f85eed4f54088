/// Maps the ids a run predicts to the ids of the gold annotations, so that sides and edges can be compared.
///
/// A gazetteer id maps to itself. An id the run made up for a name found by shape (`x-…`) maps to the
/// gold entity whose gold mentions its mentions overlap most often over the whole report (a majority vote;
/// a tie goes to the smaller gold key, so the mapping is deterministic); an `x-…` id that overlaps no gold
/// mention stays as it is, and so matches nothing. Gold mention spans are found by searching each gold
/// text in its field's clean text, in annotation order.
struct EntityMapping {
    private(set) var mapped: [String: String] = [:]

    /// - Complexity: O(g · t + p · g_f) for g gold mentions in fields of t bytes, p predicted mentions and
    ///   g_f gold mentions in a field.
    init(gold: [GoldMention], predicted: PredictedReport) {
        let spans = EntityMapping.goldSpans(gold, fieldTexts: predicted.fieldTexts)
        var votes: [String: [String: Int]] = [:]
        for mention in predicted.mentions where mention.entity.hasPrefix("x-") {
            let candidates = spans[PredictedReport.fieldKey(mention.item, mention.field)] ?? []
            var best: (overlap: Int, key: String)?
            for span in candidates {
                let overlap = min(span.end, mention.end) - max(span.start, mention.start)
                guard overlap > 0 else { continue }
                if best == nil || overlap > best!.overlap || (overlap == best!.overlap && span.key < best!.key) { best = (overlap, span.key) }
            }
            if let best { votes[mention.entity, default: [:]][best.key, default: 0] += 1 }
        }
        for (id, counts) in votes {
            mapped[id] = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
        }
    }

    /// The gold id `id` stands for.
    func gold(_ id: String) -> String { mapped[id] ?? id }

    /// A located gold mention.
    struct Span {
        var start: Int
        var end: Int
        var key: String
    }

    /// Each gold mention's UTF-8 span in its field, by field key: searched from the end of the field's
    /// previous gold mention (annotations follow the text), else from the field's start; not found, no span.
    /// - Complexity: O(g · m + t) for g gold mentions of m bytes in fields of t bytes in all (a field is a
    ///   few hundred bytes, so the plain search is enough).
    static func goldSpans(_ gold: [GoldMention], fieldTexts: [String: String]) -> [String: [Span]] {
        var spans: [String: [Span]] = [:]
        var cursors: [String: Int] = [:]
        var fields: [String: [UInt8]] = [:]
        for mention in gold {
            let field = PredictedReport.fieldKey(mention.item, mention.field)
            guard let bytes = fields[field] ?? fieldTexts[field].map({ Array($0.utf8) }) else { continue }
            fields[field] = bytes
            let needle = Array(mention.text.utf8)
            let from = cursors[field] ?? 0
            guard let start = find(needle, in: bytes, from: from) ?? find(needle, in: bytes, from: 0) else { continue }
            spans[field, default: []].append(Span(start: start, end: start + needle.count, key: mention.key))
            cursors[field] = start + needle.count
        }
        return spans
    }

    /// The first offset at or after `from` where `needle` stands in `bytes`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        for start in from...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
