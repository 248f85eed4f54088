import Foundation

/// The gazetteer lines a group calls for, in the gazetteer's format (Gazetteer/README.md):
///
/// - a group with a known entity: an `aka` line for each variant linked elsewhere (an unknown name the
///   group joined) that none of the entity's names matches yet;
/// - a group the gazetteer does not know: a new `org ID = Name` block, `in PARENT` (the place it names),
///   and an `aka` line for each variant the canonical name and the lines before it do not match.
///
/// A variant counts as matched when the linker's name matching would find it: the same words in any
/// case, quotes aside, with lexicon abbreviations swapped either way (as ``NameIndex`` indexes names).
/// New ids follow the gazetteer's convention: the country code, the place, then the name transliterated
/// ("by-minsk-gimnaziya-146"), made unique against the gazetteer.
public struct GazetteerProposal: Sendable {
    public let gazetteer: Gazetteer
    let swaps: [(short: [NameIndex.PatternToken], long: [NameIndex.PatternToken])]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        swaps = (gazetteer.lexicon.abbreviations + gazetteer.lexicon.legalForms).map { expansion in
            (short: NameIndex.patternTokens(expansion.abbreviation), long: NameIndex.patternTokens(expansion.expansion))
        }.filter { !$0.short.isEmpty && !$0.long.isEmpty }
    }

    /// Whether one of `names` would match `text` whole.
    public func isCovered(_ text: String, by names: [String]) -> Bool {
        covered(names).covers(text)
    }

    /// `names`, to ask whether spellings are covered.
    func covered(_ names: [String]) -> CoveredNames {
        var covered = CoveredNames(swaps: swaps)
        for name in names { covered.add(name) }
        return covered
    }

    /// `aka` lines for a known entity: the spellings (best first) its names do not match yet.
    public func aliasLines(for entity: Entity, spellings: [String]) -> [String] {
        var names = covered(entity.allNames)
        var lines: [String] = []
        for spelling in spellings where !names.covers(spelling) {
            names.add(spelling)
            lines.append("    aka \(spelling)")
        }
        return lines
    }

    /// A new entity block: `org ID = canonical`, its parent, and `aka` lines for the other spellings
    /// (best first) not matched yet. Without a parent the block is commented out (the gazetteer needs
    /// one); a canonical name that is not a nominative gets a comment saying so.
    public func newEntityLines(id: String, canonical: String, parent: String?, spellings: [String], nominative: Bool = true) -> [String] {
        var lines: [String] = []
        if !nominative { lines.append("# The name is written as the reports have it, not in the nominative: put it in the nominative.") }
        if parent == nil { lines.append("# No place is known for it: add 'in PARENT-ID' (the place or body it belongs to) and remove the '# '.") }
        var block = ["org \(id) = \(canonical)"]
        if let parent { block.append("    in \(parent)") }
        var names = covered([canonical])
        for spelling in spellings where spelling != canonical && !names.covers(spelling) {
            names.add(spelling)
            block.append("    aka \(spelling)")
        }
        return lines + (parent == nil ? block.map { "# " + $0 } : block)
    }

    /// The parent for a new entity: the most specific place its names name (deepest in the gazetteer);
    /// else the place an adjective and a level word point to ("Витебского областного …" → the Vitebsk
    /// region); else the place the context gave.
    public func parent(of names: [OrgName]) -> String? {
        let named = names.filter { !$0.placesFromContext }.flatMap(\.places)
        if let place = deepest(named) { return place }
        for name in names {
            let wanted = Set(name.levels.compactMap(LevelWords.placeKind(ofAdjective:)))
            for word in name.words where !word.placeHints.isEmpty {
                let fitting = word.placeHints.filter { gazetteer.entity(id: $0).map { wanted.isEmpty ? $0.kind == .city : wanted.contains($0.kind) } ?? false }
                if fitting.count == 1 { return fitting[0] }
            }
        }
        return deepest(names.flatMap(\.places))
    }

    /// The deepest of the places in the gazetteer.
    func deepest(_ places: [String]) -> String? {
        places.filter { gazetteer.entity(id: $0) != nil }
            .max { (gazetteer.ancestorIDs(of: $0).count, $1) < (gazetteer.ancestorIDs(of: $1).count, $0) }
    }

    /// An id by the gazetteer's convention, not among `taken` nor in the gazetteer.
    public func makeID(name: OrgName, parent: String?, taken: Set<String>) -> String {
        var country = parent.flatMap { gazetteer.entity(id: $0)?.country }?.lowercased()
        if country == nil { country = name.legalFormCountry?.lowercased() }
        var place = ""
        if let parent, let entity = gazetteer.entity(id: parent), entity.kind != .country {
            place = parent
            if let country, place.hasPrefix(country + "-") { place.removeFirst(country.count + 1) }
            for suffix in ["-region", "-district", "-okrug"] where place.hasSuffix(suffix) && place.count > suffix.count {
                place.removeLast(suffix.count)
            }
        }
        let parentClosure = parent.map { Set([$0] + gazetteer.ancestorIDs(of: $0)) } ?? []
        let words = name.contentWords.filter { word in !word.placeHints.contains(where: parentClosure.contains) }
        var slugWords: [String] = []
        for word in words.prefix(4) {
            let slug = Transliteration.ascii(word.text)
            guard !slug.isEmpty else { continue }
            if !slugWords.isEmpty && (slugWords + [slug]).joined(separator: "-").count > 40 { break }
            slugWords.append(slug)
        }
        slugWords += name.numbers
        var parts = [country ?? "org", place] + slugWords
        parts = parts.filter { !$0.isEmpty }
        var base = parts.joined(separator: "-")
        while base.contains("--") { base = base.replacingOccurrences(of: "--", with: "-") }
        base = base.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        if base.isEmpty { base = "org-unnamed" }
        var id = base
        var counter = 2
        while taken.contains(id) || gazetteer.entity(id: id) != nil {
            id = "\(base)-\(counter)"
            counter += 1
        }
        return id
    }

    /// The file `--emit-gazetteer` writes: new entities as gazetteer blocks (the file loads as a gazetteer
    /// folder's file), names for known entities commented out, to paste under the entity they name.
    public func file(for groups: [DedupGroup]) -> String {
        var lines = [
            "# Gazetteer lines proposed by 'linkgraph dedup' (format: Gazetteer/README.md).",
            "# New organizations are ready to use: put this file in a folder and pass it with --gazetteer, or move the",
            "# blocks into Gazetteer/organizations-*.txt. Names for entities the gazetteer already has are commented out,",
            "# since a second folder cannot add names to a known id: paste them, without the '#', under that entity.",
        ]
        let withLines = groups.filter { !$0.gazetteerLines.isEmpty }
        if withLines.isEmpty { lines += ["", "# Nothing to add: every name is known or too uncertain to propose."] }
        for group in withLines {
            let reports = Set(group.variants.flatMap { $0.occurrences.map(\.source) }).count
            lines.append("")
            if let entity = group.entity {
                let origin = gazetteer.entity(id: entity)?.origin.map(GazetteerProposal.shortOrigin) ?? "?"
                lines.append("# \(group.id) (\(group.status.rawValue)): names for \(entity) «\(group.canonical)» (\(origin))")
                lines += group.gazetteerLines.map { "#" + $0 }
            } else {
                let count = group.variants.count
                lines.append("# \(group.id) (\(group.status.rawValue)): \(count) \(count == 1 ? "spelling" : "spellings") in \(reports) \(reports == 1 ? "report" : "reports")")
                lines += group.gazetteerLines
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `organizations-smolensk.txt:40` from a full `…/Gazetteer/organizations-smolensk.txt:40`.
    static func shortOrigin(_ origin: String) -> String {
        guard let slash = origin.lastIndex(of: "/") else { return origin }
        return String(origin[origin.index(after: slash)...])
    }
}
