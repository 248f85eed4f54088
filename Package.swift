// swift-tools-version:6.0
// linkgraph: turns the quarterly reports on the international work of Smolensk region bodies
// into a linked graph of who works with whom abroad. Foundation only: no package dependencies.
import PackageDescription

/// Release builds link the Swift runtime and Foundation into the binary (README, Install): `-static-stdlib`
/// is given when compiling the targets linked into linkgraph as well as when linking, so that the
/// libraries the static Foundation needs are linked too. Debug builds and `swift test` link dynamically.
let staticInRelease: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
let staticLinkInRelease: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

let package = Package(
    name: "linkgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Entities", targets: ["Entities"]),
        .library(name: "Graph", targets: ["Graph"]),
        .executable(name: "linkgraph", targets: ["linkgraph"]),
    ],
    targets: [
        .target(name: "Entities", swiftSettings: staticInRelease),
        .target(name: "Graph", dependencies: ["Entities"], swiftSettings: staticInRelease),
        // The shipped gazetteer, built into the binary from Gazetteer/ by the EmbedGazetteer plugin.
        .target(name: "ShippedGazetteer", swiftSettings: staticInRelease, plugins: ["EmbedGazetteer"]),
        .executableTarget(name: "GazetteerEmbedder"),
        .plugin(name: "EmbedGazetteer", capability: .buildTool(), dependencies: ["GazetteerEmbedder"]),
        .executableTarget(name: "linkgraph", dependencies: ["Entities", "Graph", "ShippedGazetteer"],
                          swiftSettings: staticInRelease, linkerSettings: staticLinkInRelease),
        // Helpers the test targets share: golden files, running the binary, running external tools.
        .target(name: "TestSupport", dependencies: ["Entities"], path: "Tests/TestSupport"),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities", "TestSupport"]),
        .testTarget(name: "GraphTests", dependencies: ["Graph", "Entities", "TestSupport"]),
        .testTarget(name: "linkgraphTests", dependencies: ["linkgraph", "Entities", "Graph", "ShippedGazetteer", "TestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
