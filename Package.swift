// swift-tools-version:6.0
// linkgraph: turns the quarterly reports on the international work of Smolensk region bodies
// into a linked graph of who works with whom abroad. Foundation only: no package dependencies.
import PackageDescription

let package = Package(
    name: "linkgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Entities", targets: ["Entities"]),
        .library(name: "Graph", targets: ["Graph"]),
        .executable(name: "linkgraph", targets: ["linkgraph"]),
    ],
    targets: [
        .target(name: "Entities"),
        .target(name: "Graph", dependencies: ["Entities"]),
        // The shipped gazetteer, built into the binary from Gazetteer/ by the EmbedGazetteer plugin.
        .target(name: "ShippedGazetteer", plugins: ["EmbedGazetteer"]),
        .executableTarget(name: "GazetteerEmbedder"),
        .plugin(name: "EmbedGazetteer", capability: .buildTool(), dependencies: ["GazetteerEmbedder"]),
        .executableTarget(name: "linkgraph", dependencies: ["Entities", "Graph", "ShippedGazetteer"]),
        // Helpers the test targets share: golden files, running the binary, running external tools.
        .target(name: "TestSupport", dependencies: ["Entities"], path: "Tests/TestSupport"),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities", "TestSupport"]),
        .testTarget(name: "GraphTests", dependencies: ["Graph", "Entities", "TestSupport"]),
        .testTarget(name: "linkgraphTests", dependencies: ["linkgraph", "Entities", "Graph", "ShippedGazetteer", "TestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
