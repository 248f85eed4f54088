import Foundation
import XCTest
@testable import Entities

/// `InputFile`: regular files are size-checked before they are read; streams (FIFOs, character devices)
/// are read in chunks up to the limit and refused as soon as they pass it.
final class InputFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try DocxFixtures.temporaryFolder(for: self)
    }

    func testARegularFileIsReadWhole() throws {
        let path = DocxFixtures.textExample("smolensk-municipal-2023-q4")
        XCTAssertEqual(try InputFile.read(path, limit: 256 << 20), try DocxFixtures.bytes(of: path))
    }

    func testAUTF8FileIsReadStraightIntoText() throws {
        let path = DocxFixtures.textExample("smolensk-municipal-2023-q4")
        let text = try XCTUnwrap(try InputFile.readUTF8Text(path, limit: 256 << 20))
        XCTAssertEqual(Array(text.utf8), try DocxFixtures.bytes(of: path))
    }

    func testAnythingButPlainUTF8IsLeftToTheBytesReader() throws {
        let cases: [(String, [UInt8])] = [
            ("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Отчет".utf8)),
            ("nul.txt", Array("Отчет".utf8) + [0, 0x41]),
            ("cp1251.txt", [0xCE, 0xF2, 0xF7, 0xE5, 0xF2]),
            ("cut.txt", Array("Отчет".utf8) + [0xF0, 0x9F, 0x98]),
            ("empty.txt", []),
            ("fffd.txt", Array("Отчет \u{FFFD}".utf8)),
        ]
        for (name, bytes) in cases {
            let path = folder.appendingPathComponent(name).path
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            XCTAssertNil(try InputFile.readUTF8Text(path, limit: 256 << 20), name)
        }
        let fifo = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertNil(try InputFile.readUTF8Text(fifo, limit: 256 << 20), "a FIFO is not even opened")
        XCTAssertNil(try InputFile.readUTF8Text("-", limit: 256 << 20))
        XCTAssertNil(try InputFile.readUTF8Text(folder.appendingPathComponent("none.txt").path, limit: 1 << 20),
                     "a missing file is the bytes reader's to name")
    }

    func testAFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        // A sparse 3 GB file: refused from its size alone, at once and without the memory to hold it.
        let path = folder.appendingPathComponent("huge.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        XCTAssertEqual(truncate(path, 3 << 30), 0)
        let started = Date()
        let error = DocxFixtures.inputError { try InputFile.read(path, limit: 256 << 20) }
        XCTAssertLessThan(Date().timeIntervalSince(started), 1, "the size decides, not reading")
        XCTAssertEqual(error?.file, path)
        XCTAssertTrue(error?.message.contains("the file is larger than 256 MB") == true, "\(String(describing: error))")
        XCTAssertTrue(error?.hint?.contains("--max-input-mb") == true)
    }

    func testAFileAtTheLimitIsRead() throws {
        let path = folder.appendingPathComponent("exact.txt").path
        let bytes = [UInt8](repeating: 0x41, count: 1 << 20)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try InputFile.read(path, limit: 1 << 20), bytes)
        XCTAssertNotNil(DocxFixtures.inputError { try InputFile.read(path, limit: (1 << 20) - 1) })
    }

    func testAnEndlessStreamIsRefusedAtTheLimit() throws {
        let error = DocxFixtures.inputError { try InputFile.read("/dev/zero", limit: 1 << 20) }
        XCTAssertEqual(error?.file, "/dev/zero")
        XCTAssertTrue(error?.message.contains("the input goes on past 1 MB") == true, "\(String(describing: error))")
    }

    func testAFIFOIsReadAsAStream() throws {
        let path = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        let example = DocxFixtures.textExample("smolensk-regional-2025-q2")
        let bytes = try DocxFixtures.bytes(of: example)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data(bytes))
            try? handle?.close()
        }
        writer.start()
        let report = try ReportReader.read(path: path)
        XCTAssertEqual(report.text, try ReportReader.read(path: example).text)
        XCTAssertEqual(report.items.count, 81)
        XCTAssertEqual(report.source, path)
    }

    func testFoldersAndMissingFilesSayWhatTheyAre() {
        XCTAssertEqual(DocxFixtures.inputError { try InputFile.read(folder.path, limit: 1 << 20) }?.message, "this is a folder, not a file")
        XCTAssertEqual(DocxFixtures.inputError { try InputFile.read(folder.appendingPathComponent("none.txt").path, limit: 1 << 20) }?.message,
                       "no such file")
    }
}
