import Foundation
import XCTest
@testable import Entities

/// Helpers shared by the .docx tests: the example files, temporary folders, the system's `zip` tool,
/// a writer for hand-made ZIP archives, and a seeded random generator.
enum DocxFixtures {
    /// The repository's root: this file is `Tests/EntitiesTests/DocxFixtures.swift`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The four example reports, by base name.
    static let reportNames = ["smolensk-municipal-2023-q4", "smolensk-municipal-2024-q4",
                              "smolensk-municipal-2025-q1", "smolensk-regional-2025-q2"]

    static func textExample(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Examples/\(name).txt").path
    }

    static func docxExample(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Examples/docx/\(name).docx").path
    }

    static func bytes(of path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// A new empty folder, removed when the test ends.
    static func temporaryFolder(for test: XCTestCase) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("linkgraph-docx-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    static let zipTool = "/usr/bin/zip"

    /// Writes `files` (relative path → contents) into a fresh folder and zips them there with
    /// `/usr/bin/zip` and `options` (e.g. ["-9"]); returns the archive's bytes. With `streamed`, zip writes
    /// to a pipe, so it cannot seek back and puts a data descriptor after each entry.
    static func zip(_ files: [(path: String, contents: [UInt8])], options: [String] = [], streamed: Bool = false,
                    test: XCTestCase) throws -> [UInt8] {
        let folder = try temporaryFolder(for: test)
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
        }
        let names = files.map(\.path)
        if streamed {
            return try run(zipTool, ["-q", "-X"] + options + ["-"] + names, in: folder)
        }
        _ = try run(zipTool, ["-q", "-X"] + options + ["archive.zip"] + names, in: folder)
        return try bytes(of: folder.appendingPathComponent("archive.zip").path)
    }

    /// A .docx-like archive holding only `word/document.xml` with `xml`.
    static func docx(xml: String, options: [String] = [], test: XCTestCase) throws -> [UInt8] {
        try zip([("word/document.xml", Array(xml.utf8))], options: options, test: test)
    }

    /// Runs `executable` with `arguments` in `folder` and returns what it wrote to standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw InputError(message: "\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return [UInt8](data)
    }

    /// The `InputError` that `body` throws; fails the test when it throws nothing or something else.
    static func inputError<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) -> InputError? {
        do {
            _ = try body()
            XCTFail("expected an InputError, nothing was thrown", file: file, line: line)
        } catch let error as InputError {
            return error
        } catch {
            XCTFail("expected an InputError, got \(error)", file: file, line: line)
        }
        return nil
    }

    /// A minimal document.xml: optional title paragraphs, then a table of rows of cells of paragraphs
    /// given as raw WordprocessingML (each string is the inside of one `w:p`).
    static func documentXML(title: [String] = [], rows: [[[String]]], gridColumns: Int = 6) -> String {
        let paragraph = { (inner: String) in "<w:p>\(inner)</w:p>" }
        let titleXML = title.map { paragraph("<w:r><w:t>\($0)</w:t></w:r>") }.joined()
        let grid = String(repeating: "<w:gridCol w:w=\"1000\"/>", count: gridColumns)
        let rowsXML = rows.map { cells in
            "<w:tr>" + cells.map { "<w:tc>" + $0.map(paragraph).joined() + "</w:tc>" }.joined() + "</w:tr>"
        }.joined()
        return wrapBody(titleXML + "<w:tbl><w:tblGrid>\(grid)</w:tblGrid>\(rowsXML)</w:tbl>")
    }

    /// `body` inside `w:document`/`w:body` with the usual namespace declarations.
    static func wrapBody(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>\(body)</w:body></w:document>
        """
    }

    /// A run holding `text`.
    static func textRun(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
}

/// Writes ZIP archives by hand, so tests can build what no tool writes: wrong sizes, bad names,
/// encryption flags, ZIP64 markers, comments, data descriptors.
struct TestZipWriter {
    struct Entry {
        var name: String
        /// The bytes stored as the entry's data (already compressed for method 8).
        var data: [UInt8]
        var method: UInt16 = 0
        var flags: UInt16 = 0
        var crc32: UInt32
        var uncompressedSize: UInt32
        /// Overrides the compressed size written in the headers.
        var compressedSize: UInt32?

        /// A stored entry holding `contents`.
        static func stored(_ name: String, _ contents: [UInt8]) -> Entry {
            Entry(name: name, data: contents, crc32: CRC32.checksum(contents), uncompressedSize: UInt32(contents.count))
        }
    }

    var entries: [Entry]
    var comment: [UInt8] = []

    /// The archive: local headers and data (plus a data descriptor when flag bit 3 is set), the central
    /// directory, the end record.
    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let offset = UInt32(out.count)
            let descriptor = entry.flags & 8 != 0
            let compressed = entry.compressedSize ?? UInt32(entry.data.count)
            out += TestZipWriter.le32(0x0403_4B50) + TestZipWriter.le16(20) + TestZipWriter.le16(entry.flags)
                + TestZipWriter.le16(entry.method) + TestZipWriter.le32(0)
                + TestZipWriter.le32(descriptor ? 0 : entry.crc32) + TestZipWriter.le32(descriptor ? 0 : compressed)
                + TestZipWriter.le32(descriptor ? 0 : entry.uncompressedSize)
                + TestZipWriter.le16(UInt16(name.count)) + TestZipWriter.le16(0) + name + entry.data
            if descriptor {
                out += TestZipWriter.le32(0x0807_4B50) + TestZipWriter.le32(entry.crc32) + TestZipWriter.le32(compressed)
                    + TestZipWriter.le32(entry.uncompressedSize)
            }
            directory += TestZipWriter.le32(0x0201_4B50) + TestZipWriter.le16(20) + TestZipWriter.le16(20)
                + TestZipWriter.le16(entry.flags) + TestZipWriter.le16(entry.method) + TestZipWriter.le32(0)
                + TestZipWriter.le32(entry.crc32) + TestZipWriter.le32(compressed) + TestZipWriter.le32(entry.uncompressedSize)
                + TestZipWriter.le16(UInt16(name.count)) + TestZipWriter.le16(0) + TestZipWriter.le16(0)
                + TestZipWriter.le16(0) + TestZipWriter.le16(0) + TestZipWriter.le32(0) + TestZipWriter.le32(offset) + name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        out += TestZipWriter.le32(0x0605_4B50) + TestZipWriter.le16(0) + TestZipWriter.le16(0)
            + TestZipWriter.le16(UInt16(entries.count)) + TestZipWriter.le16(UInt16(entries.count))
            + TestZipWriter.le32(UInt32(directory.count)) + TestZipWriter.le32(directoryOffset)
            + TestZipWriter.le16(UInt16(comment.count)) + comment
        return out
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }
}


extension [UInt8] {
    /// Position of the first occurrence of `pattern`, if any.
    func firstRange(of pattern: [UInt8]) -> Int? {
        guard pattern.count <= count else { return nil }
        for start in 0...(count - pattern.count) where self[start..<start + pattern.count].elementsEqual(pattern) {
            return start
        }
        return nil
    }

    /// Overwrites the little-endian value at `offset`.
    mutating func setLE32(_ value: UInt32, at offset: Int) {
        replaceSubrange(offset..<offset + 4, with: TestZipWriter.le32(value))
    }

    mutating func setLE16(_ value: UInt16, at offset: Int) {
        replaceSubrange(offset..<offset + 2, with: TestZipWriter.le16(value))
    }
}
