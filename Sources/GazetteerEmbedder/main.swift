import Foundation

// GazetteerEmbedder FOLDER OUTPUT.swift — the build tool behind the EmbedGazetteer plugin: writes every
// `*.txt` file under FOLDER (subfolders included, paths relative to FOLDER, in path order) as a Swift
// source that defines `ShippedGazetteer.embeddedFiles`. Texts become raw multi-line string literals
// (they compile fast, unlike byte arrays); a text a raw literal cannot hold byte for byte (carriage
// returns, other control characters) becomes an escaped one. The output is rewritten only when it
// changes, so an unchanged gazetteer recompiles nothing.

/// A one-line string literal that holds `text` exactly: quotes, backslashes and control characters escaped.
func escapedLiteral(_ text: String) -> String {
    var escaped = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": escaped += "\\\\"
        case "\"": escaped += "\\\""
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += "\\u{\(String(scalar.value, radix: 16))}"
        default: escaped.unicodeScalars.append(scalar)
        }
    }
    return escaped + "\""
}

/// A string literal that holds `text` exactly: a raw multi-line one when it can.
func literal(_ text: String) -> String {
    let rawSafe = !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }
    guard rawSafe else { return escapedLiteral(text) }
    // One more '#' than the longest run in the text: neither `"""#…` nor `\#…` can then occur inside.
    var longest = 0, run = 0
    for byte in text.utf8 {
        run = byte == UInt8(ascii: "#") ? run + 1 : 0
        longest = max(longest, run)
    }
    let hashes = String(repeating: "#", count: longest + 1)
    // The literal's text is everything between the opening line and the line of the closing delimiter.
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("GazetteerEmbedder: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: GazetteerEmbedder GAZETTEER-FOLDER OUTPUT.swift") }
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])
guard let walker = FileManager.default.enumerator(atPath: folder.path) else { fail("\(folder.path): no such folder") }
let paths = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
var source = """
// Generated at build time by GazetteerEmbedder (the EmbedGazetteer plugin) from Gazetteer/: do not edit.

extension ShippedGazetteer {
    static let embeddedFiles: [(path: String, text: String)] = [

"""
for path in paths {
    let url = folder.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path) else { fail("\(url.path): cannot be read") }
    guard let text = String(validating: data, as: UTF8.self) else {
        fail("\(url.path): is not UTF-8 text (save it as UTF-8)")
    }
    source += "(\(escapedLiteral(path)),\n\(literal(text))),\n"
}
source += "    ]\n}\n"
if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
    do {
        try Data(source.utf8).write(to: output, options: .atomic)
    } catch {
        fail("\(output.path): cannot be written: \(error.localizedDescription)")
    }
}
