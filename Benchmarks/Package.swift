// swift-tools-version:6.0
// The linkgraph benchmark: a package of its own, depending on the root package by path, so that the
// main package stays free of dependencies and its CI build stays lean.
//
//     swift run -c release --package-path Benchmarks linkgraph-benchmark --size 100
import PackageDescription

let package = Package(
    name: "linkgraph-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "linkgraph", path: "..")],
    targets: [
        .executableTarget(
            name: "linkgraph-benchmark",
            dependencies: [.product(name: "Entities", package: "linkgraph"), .product(name: "Graph", package: "linkgraph")],
            // linkgraph's libraries are compiled for static linking in release (see ../Package.swift): so is this.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
    ],
    swiftLanguageModes: [.v5]
)
