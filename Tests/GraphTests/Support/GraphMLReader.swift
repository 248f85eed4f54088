import Foundation
@testable import Graph
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a GraphML document back: its keys, nodes, edges and their typed data. It reads everything
/// ``GraphMLWriter`` writes, and plain GraphML from other tools as long as it is one flat graph.
///
/// Data is keyed by the key's `attr.name` and typed by its `attr.type`: `boolean` and `int` (also `long`)
/// become ``GraphMLKeys/Value/boolean(_:)`` and ``GraphMLKeys/Value/int(_:)``; every other type is kept as
/// a string. Key defaults, graph-level data and data with child elements (yFiles graphics) are ignored.
///
/// ```swift
/// let document = try GraphMLReader().read(GraphMLWriter().write(graph))
/// document.nodes.first?.data["known"]   // .boolean(true)
/// ```
/// Lives with the tests: linkgraph writes GraphML and never reads it.
struct GraphMLReader: Sendable {
    /// A key as the file declares it.
    struct Key: Sendable, Hashable {
        var id: String
        /// `for`: `node`, `edge`, `graph`, `all`…
        var domain: String
        var name: String
        var type: GraphMLKeys.ValueType
        /// `attr.type` as written (nil when absent).
        var declaredType: String?
    }

    struct Node: Sendable, Hashable {
        var id: String
        /// Data by key `attr.name`.
        var data: [String: GraphMLKeys.Value]
    }

    struct Edge: Sendable, Hashable {
        var id: String?
        var source: String
        var target: String
        /// Data by key `attr.name`.
        var data: [String: GraphMLKeys.Value]
    }

    /// The document: keys in declaration order, nodes and edges in file order.
    struct Document: Sendable, Hashable {
        var keys: [Key]
        /// The graph's `edgedefault`: `directed` or `undirected`.
        var edgeDefault: String?
        var nodes: [Node]
        var edges: [Edge]
    }

    /// Why a document could not be read; `line` is the parser's line number.
    enum ReadError: Error, Equatable, CustomStringConvertible {
        case malformed(line: Int, message: String)
        case unsupported(line: Int, what: String)
        case missingAttribute(line: Int, element: String, attribute: String)
        case undeclaredKey(line: Int, key: String)
        case badValue(line: Int, key: String, text: String)

        var description: String {
            switch self {
            case let .malformed(line, message): "line \(line): not well-formed XML: \(message)"
            case let .unsupported(line, what): "line \(line): \(what) are not supported"
            case let .missingAttribute(line, element, attribute): "line \(line): <\(element)> has no \(attribute)"
            case let .undeclaredKey(line, key): "line \(line): data for undeclared key \"\(key)\""
            case let .badValue(line, key, text): "line \(line): \"\(text)\" is not a value of key \"\(key)\"'s type"
            }
        }
    }

    init() {}

    /// Reads a GraphML document from text.
    /// - Complexity: O(n) in the length of the text.
    func read(_ text: String) throws -> Document {
        try read(data: Data(text.utf8))
    }

    /// Reads a GraphML document from bytes (the encoding the XML declaration names, UTF-8 by default).
    /// - Complexity: O(n) in the number of bytes.
    func read(data: Data) throws -> Document {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate()
        parser.delegate = delegate
        let parsed = parser.parse()
        if let error = delegate.error { throw error }
        // swift-corelibs-foundation's parse() returns true after some fatal errors (a mismatched end tag,
        // content after the root element): the error is only reported to the delegate and in parserError.
        if let (line, error) = delegate.parseError {
            throw ReadError.malformed(line: line, message: "\(error)")
        }
        guard parsed, parser.parserError == nil else {
            let message = parser.parserError.map { "\($0)" } ?? "unknown error"
            throw ReadError.malformed(line: parser.lineNumber, message: message)
        }
        return Document(keys: delegate.keys, edgeDefault: delegate.edgeDefault, nodes: delegate.nodes, edges: delegate.edges)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var keys: [Key] = []
        var keysByID: [String: Key] = [:]
        var edgeDefault: String?
        var nodes: [Node] = []
        var edges: [Edge] = []
        var error: ReadError?
        /// The first error the XML parser reported, with its line.
        var parseError: (Int, Error)?

        private var graphDepth = 0
        private var node: Node?
        private var edge: Edge?
        /// The key of the `<data>` being read, and its text so far.
        private var dataKey: Key?
        private var dataText = ""
        private var dataHasChildren = false
        private var depthInData = 0

        private func fail(_ parser: XMLParser, _ error: ReadError) {
            guard self.error == nil else { return }
            self.error = error
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let line = parser.lineNumber
            if dataKey != nil {
                dataHasChildren = true
                depthInData += 1
                return
            }
            switch elementName {
            case "key":
                guard let id = attributes["id"] else {
                    return fail(parser, .missingAttribute(line: line, element: "key", attribute: "id"))
                }
                let declared = attributes["attr.type"]
                let type: GraphMLKeys.ValueType = switch declared {
                case "boolean": .boolean
                case "int", "long": .int
                default: .string
                }
                let key = Key(id: id, domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id,
                              type: type, declaredType: declared)
                keys.append(key)
                keysByID[id] = key
            case "graph":
                graphDepth += 1
                if graphDepth > 1 || node != nil {
                    return fail(parser, .unsupported(line: line, what: "nested graphs"))
                }
                edgeDefault = attributes["edgedefault"]
            case "node":
                guard let id = attributes["id"] else {
                    return fail(parser, .missingAttribute(line: line, element: "node", attribute: "id"))
                }
                node = Node(id: id, data: [:])
            case "edge":
                guard let source = attributes["source"] else {
                    return fail(parser, .missingAttribute(line: line, element: "edge", attribute: "source"))
                }
                guard let target = attributes["target"] else {
                    return fail(parser, .missingAttribute(line: line, element: "edge", attribute: "target"))
                }
                edge = Edge(id: attributes["id"], source: source, target: target, data: [:])
            case "hyperedge":
                fail(parser, .unsupported(line: line, what: "hyperedges"))
            case "data":
                guard let id = attributes["key"] else {
                    return fail(parser, .missingAttribute(line: line, element: "data", attribute: "key"))
                }
                guard let key = keysByID[id] else { return fail(parser, .undeclaredKey(line: line, key: id)) }
                dataKey = key
                dataText = ""
                dataHasChildren = false
                depthInData = 0
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if self.parseError == nil, error == nil { self.parseError = (parser.lineNumber, parseError) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataKey != nil, depthInData == 0 { dataText += string }
        }

        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
            if dataKey != nil, depthInData == 0 { dataText += whitespaceString }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if dataKey != nil, depthInData == 0 { dataText += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if let key = dataKey {
                if depthInData > 0 {
                    depthInData -= 1
                    return
                }
                dataKey = nil
                guard !dataHasChildren else { return }
                guard let value = GraphMLKeys.Value(text: dataText, type: key.type) else {
                    return fail(parser, .badValue(line: parser.lineNumber, key: key.id, text: dataText))
                }
                if node != nil {
                    node!.data[key.name] = value
                } else if edge != nil {
                    edge!.data[key.name] = value
                }
                return
            }
            switch elementName {
            case "graph": graphDepth -= 1
            case "node":
                if let node { nodes.append(node) }
                node = nil
            case "edge":
                if let edge { edges.append(edge) }
                edge = nil
            default: break
            }
        }
    }
}
