import Foundation
import ShippedGazetteer
import XCTest

/// The gazetteer built into the binary is the repository's `Gazetteer/` folder, byte for byte.
final class ShippedGazetteerTests: XCTestCase {
    let folder = Linkgraph.repositoryRoot.appendingPathComponent("Gazetteer")

    /// Every `*.txt` file under `Gazetteer/`, as a path relative to it.
    func textFiles() throws -> [String] {
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: folder.path))
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
    }

    func testTheEmbeddedCopyHasEveryFileOfTheFolderInPathOrder() throws {
        let files = try textFiles()
        XCTAssertTrue(files.contains("belarus.txt") && files.contains("lexicon/legal-forms.txt"), "\(files)")
        XCTAssertEqual(ShippedGazetteer.files.map(\.path), files)
    }

    func testTheEmbeddedCopyIsTheFolderByteForByte() throws {
        for (path, text) in ShippedGazetteer.files {
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: folder.appendingPathComponent(path).path), path)
            XCTAssertEqual(Data(text.utf8), bytes, "the embedded \(path) differs from Gazetteer/\(path): rebuild (swift build)")
        }
    }
}
