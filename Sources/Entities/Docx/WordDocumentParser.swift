import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `XMLParser` delegate behind ``WordDocument``: hands each event to a ``WordDocumentBuilder`` and
/// keeps the first parse error the parser reports. The parser runs without namespace processing, so
/// element names arrive qualified ("w:t") and `xmlns` declarations as attributes.
///
/// swift-corelibs-foundation's `XMLParser` may report an error here yet return true from `parse()`, so
/// ``WordDocument`` checks ``error`` too.
final class WordDocumentParser: NSObject, XMLParserDelegate {
    /// The document being built.
    var builder = WordDocumentBuilder()
    /// The first error the XML parser reported, with where it stood.
    private(set) var error: (line: Int, column: Int)?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        builder.start(elementName, attributes: attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        builder.end()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        builder.characters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        builder.characters(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = (parser.lineNumber, parser.columnNumber) }
    }
}
