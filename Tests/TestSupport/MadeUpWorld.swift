import Foundation
import Entities

/// A linker on a made-up world — ``GazetteerFolders/world`` and a test's own gazetteer lines and lexicon
/// files — and what it finds in one item: what a test of a linking rule asks, on names no real report has.
///
/// ```swift
/// let world = try MadeUpWorld("district zz-lum-district = Лумский район\n    in zz-north\n")
/// try world.mentions("гости Лумского района")  // ["Лумского района → zz-lum-district"]
/// ```
public final class MadeUpWorld {
    /// Kept so that the gazetteer's files stay until the world goes.
    private let folders: GazetteerFolders
    public let linker: Linker

    public init(_ text: String, lexicon: [String: String] = [:]) throws {
        folders = try GazetteerFolders()
        linker = Linker(gazetteer: try folders.load(text, lexicon: lexicon))
    }

    /// One item with `goal` in its goal column, linked.
    public func link(goal: String) throws -> LinkedReport {
        linker.link(try HandReports.report([HandReports.Row(goal: goal)]))
    }

    /// The mentions of the goal column of one item: "text → entity id", in order.
    public func mentions(_ goal: String) throws -> [String] {
        try link(goal: goal).mentions[0].filter { $0.field == .goal }.map { "\($0.text) → \($0.entityID)" }
    }
}
