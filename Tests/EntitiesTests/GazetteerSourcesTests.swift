import Foundation
import XCTest
@testable import Entities

/// Gazetteers from memory (the copy built into linkgraph) go through the same parser as folders; a file
/// given as a folder is named as such; deep chains of `in` lines cost memory in proportion to their length.
final class GazetteerSourcesTests: XCTestCase {
    var folders: GazetteerFolders!

    override func setUpWithError() throws { folders = try GazetteerFolders() }
    override func tearDown() { folders = nil }

    func testFilesInMemoryLoadLikeTheFolderTheyCameFrom() throws {
        let files = ["a-world.txt": GazetteerFolders.world, "b.txt": "city zz-b = Бэ\n    in zz-north\n",
                     "lexicon/legal-forms.txt": "ООО = общество с ограниченной ответственностью; RU\n"]
        let fromFolder = try Gazetteer.load(directories: [folders.folder("g", files)])
        let fromMemory = try Gazetteer.load(files: [GazetteerFiles(label: "<embedded>", texts: files)])
        XCTAssertEqual(fromMemory.entities.map(\.id), fromFolder.entities.map(\.id))
        XCTAssertEqual(fromMemory.entities.map(\.country), fromFolder.entities.map(\.country))
        XCTAssertEqual(fromMemory.lexicon.legalForms, fromFolder.lexicon.legalForms)
        XCTAssertEqual(fromMemory.entity(id: "zz-b")?.origin, "<embedded>/b.txt:1")
        XCTAssertTrue(try GazetteerFiles.read(folder: folders.folder("g", files)).sameFiles(as: GazetteerFiles(label: "x", texts: files)))
    }

    func testErrorsInMemoryNameTheFileAndLine() throws {
        let cases: [(files: [String: String], file: String, line: Int)] = [
            (["a.txt": GazetteerFolders.world, "belarus.txt": "\ncity zz-b\n"], "<embedded>/belarus.txt", 2),
            (["a.txt": GazetteerFolders.world, "lexicon/abbreviations.txt": "# x\nСШ средняя школа\n"], "<embedded>/lexicon/abbreviations.txt", 2),
        ]
        for (files, file, line) in cases {
            let error = inputError { try Gazetteer.load(files: [GazetteerFiles(label: GazetteerFiles.embeddedLabel, texts: files)]) }
            XCTAssertEqual(error?.file, file)
            XCTAssertEqual(error?.line, line)
        }
    }

    func testAFileGivenAsAFolderIsNamedAsAFile() throws {
        let folder = try folders.folder("g", ["a.txt": GazetteerFolders.world])
        let file = (folder as NSString).appendingPathComponent("a.txt")
        let error = inputError { try Gazetteer.load(directories: [file]) }
        XCTAssertEqual(error?.file, file)
        XCTAssertEqual(error?.message, "is a file, and a gazetteer is a folder of *.txt files")
        XCTAssertEqual(error?.hint, "give the folder that holds it, '\(folder)'")
    }

    /// A chain of `depth` cities, each in the one before, under the Smolensk region.
    func chain(_ depth: Int) -> String {
        var text = "city ru-zq-0 = Звено-0\n    in ru-smolensk\n"
        for level in 1..<depth { text += "city ru-zq-\(level) = Звено-\(level)\n    in ru-zq-\(level - 1)\n" }
        return text
    }

    func testADeepChainKnowsEveryAncestorCountryAndSmolensk() throws {
        let depth = 5_000
        let gazetteer = try folders.load(chain(depth))
        let ancestors = gazetteer.ancestorIDs(of: "ru-zq-\(depth - 1)")
        XCTAssertEqual(ancestors.count, depth - 1 + 3)
        XCTAssertEqual(ancestors.prefix(2), ["ru-zq-\(depth - 2)", "ru-zq-\(depth - 3)"])
        XCTAssertEqual(ancestors.suffix(3), ["ru-smolensk", "ru-smolensk-region", "ru"])
        XCTAssertEqual(gazetteer.entity(id: "ru-zq-\(depth - 1)")?.country, "RU")
        XCTAssertTrue(gazetteer.isSmolensk("ru-zq-\(depth - 1)"))
        let deepest = try XCTUnwrap(gazetteer.position(of: "ru-zq-\(depth - 1)"))
        let top = try XCTUnwrap(gazetteer.position(of: "ru-zq-0"))
        XCTAssertTrue(gazetteer.hierarchy.isAncestor(top, of: deepest))
        XCTAssertFalse(gazetteer.hierarchy.isAncestor(deepest, of: top))
        XCTAssertEqual(gazetteer.hierarchy.depths[deepest], depth - 1 + 3)
    }

    func testACycleAtTheEndOfALongChainIsFound() throws {
        // ru-zq-0 is put in the chain's last link: every link is then its own ancestor; the first is named.
        let text = chain(3_000).replacingOccurrences(of: "    in ru-smolensk\n", with: "    in ru-zq-2999\n")
        let error = inputError { try folders.load(text) }
        XCTAssertEqual(error?.message, "'ru-zq-0' is its own ancestor (a cycle of 'in' lines)")
        XCTAssertEqual(error?.line, 1)
    }
}
