/// The GraphML `<key>` registry: every data key linkgraph writes, declared once with its id, domain,
/// `attr.name` and one `attr.type`, in a fixed order (unlike networkx, which declares keys in first-use
/// order, so its key list changes with the data).
///
/// The writer declares ``all`` in this order and writes each element's data in the same order; the reader
/// reads whatever keys a file declares, so it also reads files written by other tools.
///
/// | id | for | attr.type | value |
/// |---|---|---|---|
/// | `label` | node | string | the canonical name (Gephi shows the key named `label` as the node label) |
/// | `kind` | node | string | `country`, `region`, `district`, `city`, `org`, `person` |
/// | `country` | node | string | ISO 3166-1 alpha-2 code; no data element when unknown |
/// | `parent` | node | string | the parent entity's id; no data element when none |
/// | `known` | node | boolean | `true` for gazetteer entities, `false` for ones found only in text |
/// | `smolensk` | node | boolean | `true` for Smolensk-region bodies and places |
/// | `relations` | edge | string | the relations, comma-separated in ``Relation`` order: `agreement,event` |
/// | `events` | edge | int | the number of distinct report items that show the tie |
/// | `first` | edge | string | ISO date of the earliest evidence; no data element when undated |
/// | `last` | edge | string | ISO date of the latest evidence; no data element when undated |
/// | `evidence` | edge | string | JSON text, one line: the `evidence` array of the JSON export |
///
/// Key ids avoid the names Gephi's GraphML importer maps to visual properties (`d3`, `d7`, `x`, `y`,
/// `size`, `r`, `g`, `b`, `weight`, `id`), except `label`, which is meant to be the label. yEd keeps these
/// keys as custom properties but draws labels only from its own `y:NodeLabel` graphics, which this file
/// does not carry: in yEd use Edit ▸ Properties Mapper to map `label` to the node label text.
public enum GraphMLKeys {
    /// What a key's data belongs to (GraphML's `for`).
    public enum Domain: String, Sendable, CaseIterable {
        case node, edge
    }

    /// A key's `attr.type`: the three GraphML types linkgraph uses.
    public enum ValueType: String, Sendable {
        case string, boolean, int
    }

    /// One declared key.
    public struct Key: Sendable, Hashable {
        /// The key's XML id, used by `<data key="…">`.
        public var id: String
        public var domain: Domain
        /// `attr.name`: the attribute name tools show.
        public var name: String
        public var type: ValueType

        public init(id: String, domain: Domain, name: String, type: ValueType) {
            self.id = id
            self.domain = domain
            self.name = name
            self.type = type
        }
    }

    /// A typed data value.
    public enum Value: Sendable, Hashable {
        case string(String)
        case boolean(Bool)
        case int(Int)

        public var type: ValueType {
            switch self {
            case .string: .string
            case .boolean: .boolean
            case .int: .int
            }
        }

        /// The value as GraphML data text (before XML escaping): booleans lower case.
        public var text: String {
            switch self {
            case .string(let value): value
            case .boolean(let value): value ? "true" : "false"
            case .int(let value): String(value)
            }
        }

        /// Parses data text as `type`; nil when the text is not a value of that type. Booleans accept
        /// `true`/`false` in any case and `1`/`0`, like networkx and Java's `Boolean.parseBoolean`.
        public init?(text: String, type: ValueType) {
            switch type {
            case .string: self = .string(text)
            case .int:
                guard let value = Int(text.trimmingWhitespace) else { return nil }
                self = .int(value)
            case .boolean:
                switch text.trimmingWhitespace.lowercased() {
                case "true", "1": self = .boolean(true)
                case "false", "0": self = .boolean(false)
                default: return nil
                }
            }
        }
    }

    public static let label = Key(id: "label", domain: .node, name: "label", type: .string)
    public static let kind = Key(id: "kind", domain: .node, name: "kind", type: .string)
    public static let country = Key(id: "country", domain: .node, name: "country", type: .string)
    public static let parent = Key(id: "parent", domain: .node, name: "parent", type: .string)
    public static let known = Key(id: "known", domain: .node, name: "known", type: .boolean)
    public static let smolensk = Key(id: "smolensk", domain: .node, name: "smolensk", type: .boolean)
    public static let relations = Key(id: "relations", domain: .edge, name: "relations", type: .string)
    public static let events = Key(id: "events", domain: .edge, name: "events", type: .int)
    public static let first = Key(id: "first", domain: .edge, name: "first", type: .string)
    public static let last = Key(id: "last", domain: .edge, name: "last", type: .string)
    public static let evidence = Key(id: "evidence", domain: .edge, name: "evidence", type: .string)

    /// Every key, in declaration order: node keys, then edge keys.
    public static let all: [Key] = [label, kind, country, parent, known, smolensk, relations, events, first, last, evidence]

    /// The keys for one domain, in declaration order.
    /// - Complexity: O(k) for k keys.
    public static func keys(for domain: Domain) -> [Key] { all.filter { $0.domain == domain } }
}

private extension String {
    var trimmingWhitespace: Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[start...end]
    }
}
