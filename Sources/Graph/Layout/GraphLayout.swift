import Entities

/// Where each node of a ``PartnershipGraph`` is drawn: the Smolensk side in a band on the left, the
/// partners on the right in one band per country (countries in code order, nodes without a country
/// last), every node in a slot of a grid of rows and columns, so that labels (right of a partner, left
/// of a Smolensk node) never overlap whatever the graph.
///
/// The order inside the bands is what keeps edges short and few crossing: alternating barycentre sweeps,
/// a fixed number of them (``sweeps``): each partner goes to the mean rank of its Smolensk neighbours,
/// then each Smolensk node to the mean rank of its partners, and so on. Ties are broken by degree, then
/// id; there is no randomness at all, and coordinates are whole numbers, so the same graph always gives
/// the same layout. A country that does not fit in one column runs on into the next (newspaper columns);
/// the number of columns is the smallest that makes the picture landscape (height at most ``aspect`` of
/// the width).
///
/// Why not a force or stress layout: with hundreds of long Cyrillic labels, a free layout piles labels
/// up and needs label removal afterwards; a grid cannot, and its sweeps cost O((n + e) log n) each, so
/// 20,000 nodes lay out in well under a second, where stress majorization is O(n²) per iteration.
///
/// ```swift
/// let layout = GraphLayout(graph)
/// let (x, y) = (layout.x[0], layout.y[0])   // the first node's centre
/// ```
public struct GraphLayout: Sendable, Equatable {
    /// The height of a row, the width of a column, and the gap between the two sides, in pixels.
    public static let rowHeight = 24
    public static let columnWidth = 270
    public static let sideGap = 170
    public static let margin = 16
    /// How far a node's centre is from its column's edge (the label takes the rest of the column).
    public static let nodeInset = 16
    /// Barycentre sweeps (each: the partners, then the Smolensk side).
    public static let sweeps = 4
    /// Height over width the column count aims at.
    public static let aspect = 0.62

    /// Each node's centre, by index in `graph.nodes`.
    public private(set) var x: [Int]
    public private(set) var y: [Int]
    /// Whether a node's label goes left of it (the Smolensk side) rather than right.
    public private(set) var labelLeft: [Bool]
    /// The bands, the Smolensk side's first.
    public private(set) var bands: [LayoutBand]
    /// The size of the whole drawing.
    public private(set) var width: Int
    public private(set) var height: Int

    /// Lays `graph` out.
    /// - Complexity: O(s · (n + e) log n) for n nodes, e edges and s = ``sweeps``.
    public init(_ graph: PartnershipGraph) {
        let nodes = graph.nodes
        let count = nodes.count
        var index: [String: Int] = [:]
        index.reserveCapacity(count)
        for (position, node) in nodes.enumerated() { index[node.id] = position }
        var neighbours = [[Int]](repeating: [], count: count)
        for edge in graph.edges {
            guard let source = index[edge.source], let target = index[edge.target], source != target else { continue }
            neighbours[source].append(target)
            neighbours[target].append(source)
        }
        let degree = neighbours.map(\.count)

        // The groups: the Smolensk side, then one per country code, then nodes without a country.
        var left: [Int] = []
        var byCountry: [String: [Int]] = [:]
        var loose: [Int] = []
        var countryNames: [String: String] = [:]
        for (position, node) in nodes.enumerated() {
            if node.kind == .country, let code = GraphStyle.countryCode(of: node), countryNames[code] == nil {
                countryNames[code] = node.name
            }
            if node.smolensk {
                left.append(position)
            } else if let code = GraphStyle.countryCode(of: node) {
                byCountry[code, default: []].append(position)
            } else {
                loose.append(position)
            }
        }
        var groups: [(key: String, title: String, members: [Int])] = byCountry.keys.sorted().map { code in
            (code, countryNames[code].map { "\(code) — \($0)" } ?? code, byCountry[code]!)
        }
        if !loose.isEmpty { groups.append(("-", "—", loose)) }

        // Barycentre sweeps over ranks in 0…1.
        var rank = [Double](repeating: 0.5, count: count)
        func byDegreeThenID(_ a: Int, _ b: Int) -> Bool {
            degree[a] != degree[b] ? degree[a] > degree[b] : nodes[a].id < nodes[b].id
        }
        func order(_ members: [Int]) -> [Int] {
            let keys = members.map { member -> Double in
                let around = neighbours[member]
                guard !around.isEmpty else { return 0.5 }
                return around.reduce(0) { $0 + rank[$1] } / Double(around.count)
            }
            return members.indices.sorted { a, b in
                keys[a] != keys[b] ? keys[a] < keys[b] : byDegreeThenID(members[a], members[b])
            }.map { members[$0] }
        }
        func setRanks(_ flow: [Int]) {
            let span = Double(max(1, flow.count - 1))
            for (position, member) in flow.enumerated() { rank[member] = flow.count == 1 ? 0.5 : Double(position) / span }
        }
        left.sort(by: byDegreeThenID)
        setRanks(left)
        for sweep in 0...GraphLayout.sweeps {
            for number in groups.indices { groups[number].members = order(groups[number].members) }
            setRanks(groups.flatMap(\.members))
            if sweep < GraphLayout.sweeps {
                left = order(left)
                setRanks(left)
            }
        }

        // Rows: a title row per group, its members, a blank row between groups.
        let partnerRows = groups.reduce(0) { $0 + 1 + $1.members.count } + max(0, groups.count - 1)
        let leftRows = left.isEmpty ? 0 : left.count + 1
        let (perColumn, leftColumns) = GraphLayout.columns(partnerRows: partnerRows, leftRows: leftRows)

        var x = [Int](repeating: 0, count: count), y = [Int](repeating: 0, count: count)
        let margin = GraphLayout.margin, rowHeight = GraphLayout.rowHeight, columnWidth = GraphLayout.columnWidth
        func rowY(_ row: Int) -> Int { margin + row * rowHeight + rowHeight / 2 }
        var bands: [LayoutBand] = []
        var usedRows = 0
        if !left.isEmpty {
            // Filled from the column nearest the partners; the title row sits in that column.
            for (position, member) in left.enumerated() {
                let slot = position + 1
                let column = leftColumns - 1 - slot / perColumn
                x[member] = margin + column * columnWidth + columnWidth - GraphLayout.nodeInset
                y[member] = rowY(slot % perColumn)
            }
            usedRows = min(perColumn, leftRows)
            bands.append(LayoutBand(title: GraphStyle.smolenskTitle, key: "smolensk", x: margin, y: margin,
                                    width: leftColumns * columnWidth, height: usedRows * rowHeight))
        }
        let partnersX = margin + leftColumns * columnWidth + (left.isEmpty ? 0 : GraphLayout.sideGap)
        var column = 0, row = 0
        for (number, group) in groups.enumerated() {
            if number > 0 && row > 0 { row += 1 }
            if row + 2 > perColumn && row > 0 { column += 1; row = 0 }
            var bandStart = row, titled = true
            func closeBand() {
                bands.append(LayoutBand(title: titled ? group.title : nil, key: group.key,
                                        x: partnersX + column * columnWidth + 2, y: margin + bandStart * rowHeight,
                                        width: columnWidth - 4, height: (row - bandStart) * rowHeight))
                usedRows = max(usedRows, row)
            }
            row += 1
            for member in group.members {
                if row >= perColumn {
                    closeBand()
                    column += 1
                    row = 0
                    bandStart = 0
                    titled = false
                }
                x[member] = partnersX + column * columnWidth + GraphLayout.nodeInset
                y[member] = rowY(row)
                row += 1
            }
            closeBand()
        }
        let partnerColumns = groups.isEmpty ? 0 : column + 1
        self.x = x
        self.y = y
        labelLeft = nodes.map(\.smolensk)
        self.bands = bands
        width = partnersX + partnerColumns * columnWidth + margin
        height = margin * 2 + max(1, usedRows) * rowHeight
    }

    /// Rows per column and the Smolensk side's number of columns: the fewest partner columns that make
    /// the drawing landscape.
    /// - Complexity: O(c) for the c columns tried.
    static func columns(partnerRows: Int, leftRows: Int) -> (perColumn: Int, leftColumns: Int) {
        let total = max(1, partnerRows)
        var partnerColumns = 1
        while true {
            let perColumn = max(3, (total + partnerColumns - 1) / partnerColumns)
            let leftColumns = leftRows == 0 ? 0 : (leftRows + perColumn - 1) / perColumn
            let width = leftColumns * columnWidth + (leftRows == 0 ? 0 : sideGap) + partnerColumns * columnWidth
            let height = perColumn * rowHeight
            if Double(height) <= aspect * Double(width) || partnerColumns >= total {
                // One column for the Smolensk side when it is not much longer than the partners' columns:
                // edges from a second column would cross the first one's labels.
                if leftColumns > 1 && leftRows * 2 <= perColumn * 3 { return (leftRows, 1) }
                return (perColumn, max(leftRows == 0 ? 0 : 1, leftColumns))
            }
            partnerColumns += 1
        }
    }
}
