/// A canonical entity: a country, region, district, city, organization or person.
public struct Entity: Sendable, Equatable {
    /// A stable id (`by-vitebsk`); unknown entities get a generated one starting with `x-`.
    public var id: String
    /// The canonical name, in the nominative.
    public var name: String
    /// ISO 3166-1 alpha-2 code, upper case; nil when not known.
    public var country: String?
    /// The id of the place or body it lies in or belongs to.
    public var parent: String?
    /// Other names: aliases, short forms, abbreviations.
    public var aliases: [String] = []
    /// Former names, with the day the current name took effect when known.
    public var formerNames: [FormerName] = []
    /// For people: the posts they hold.
    public var roles: [String] = []
    /// For a place: the adjectives made from its name, in the nominative masculine ("белорусский"),
    /// where the names themselves do not give them; they tell where an unknown body lies, and are never
    /// mentions themselves.
    public var adjectives: [String] = []
    /// Place markers one of which must precede a match (for names that are common words).
    public var requiredMarkers: [String] = []
    /// ``origin`` kept as the file — one string shared by all the file's entities, where a `file:line`
    /// string would be an allocation for each — and the line (0: none, the file holds all of `origin`).
    private var originFile: String?
    private var originLine: Int32 = 0
    // The one-byte properties last, together, so that an entity takes 128 bytes, not 144 (the gazetteer
    // holds one for each of its entities).
    public var kind: EntityKind
    /// Its names may also name other entities; context decides.
    public var isAmbiguous = false
    /// A state that no longer exists (СССР): named in titles and history ("народный артист СССР"), never
    /// a side of an item.
    public var isHistorical = false
    /// True for gazetteer entities, false for ones recognized in text but not in the gazetteer.
    public var known = true
    /// Where it is defined: `file:line` in the gazetteer.
    public var origin: String? {
        get { originFile.map { file in originLine > 0 ? "\(file):\(originLine)" : file } }
        set {
            originFile = newValue
            originLine = 0
        }
    }

    /// Sets ``origin`` to `file:line`.
    mutating func setOrigin(file: String, line: Int) {
        originFile = file
        originLine = Int32(clamping: line)
    }

    public init(id: String, kind: EntityKind, name: String, country: String? = nil, parent: String? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.country = country
        self.parent = parent
    }

    /// Equal when every property is, ``origin`` compared as the `file:line` it reads.
    public static func == (a: Entity, b: Entity) -> Bool {
        a.id == b.id && a.kind == b.kind && a.name == b.name && a.country == b.country && a.parent == b.parent && a.aliases == b.aliases
            && a.formerNames == b.formerNames && a.roles == b.roles && a.adjectives == b.adjectives && a.requiredMarkers == b.requiredMarkers
            && a.isAmbiguous == b.isAmbiguous && a.isHistorical == b.isHistorical && a.known == b.known && a.origin == b.origin
    }

    /// Every name it can be found by: canonical, aliases, former.
    public var allNames: [String] { [name] + aliases + formerNames.map(\.name) }
}

/// A name an entity had before, and the day its current name took effect.
public struct FormerName: Sendable, Equatable {
    public var name: String
    public var until: CalendarDate?

    public init(name: String, until: CalendarDate?) {
        self.name = name
        self.until = until
    }
}
