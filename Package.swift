// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "RelationGraph",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "RelationGraph", targets: ["RelationGraph"]),
        .library(name: "RelationGraphRender", targets: ["RelationGraphRender"]),
        .library(name: "RelationGraphExtract", targets: ["RelationGraphExtract"]),
        .library(name: "RelationGraphGraphviz", targets: ["RelationGraphGraphviz"]),
        .executable(name: "relgraph", targets: ["relgraph"]),
    ],
    traits: [
        .trait(
            name: "Graphviz",
            description: "In-process layout and rendering through libgvc (needs libgraphviz-dev)."
        ),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.17.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .target(
            name: "RelationGraph",
            resources: [.copy("Resources/SeedGraph.json")]
        ),
        .target(name: "RelationGraphRender", dependencies: ["RelationGraph"]),
        .target(
            name: "RelationGraphExtract",
            dependencies: ["RelationGraph"],
            resources: [
                .copy("Resources/Gazetteer.json"), .copy("Resources/Leaders.json"), .copy("Resources/SyntaxModel.bin"),
                .copy("Resources/Cues.json"), .copy("Resources/Places.json"), .copy("Resources/Unlisted.json"),
            ]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "RelationGraphGraphviz",
            dependencies: [
                "RelationGraph",
                "RelationGraphRender",
                .target(name: "CGraphviz", condition: .when(traits: ["Graphviz"])),
            ]
        ),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelationGraph",
                "RelationGraphRender",
                "RelationGraphExtract",
                "RelationGraphGraphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "WhoDependsOnWhom",
            dependencies: ["RelationGraph"],
            path: "Examples/WhoDependsOnWhom"
        ),
        .executableTarget(
            name: "ReportDiagram",
            dependencies: ["RelationGraphExtract", "RelationGraphRender"],
            path: "Examples/ReportDiagram"
        ),
        .executableTarget(
            name: "CustomKinds",
            dependencies: ["RelationGraphRender"],
            path: "Examples/CustomKinds"
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "RelationGraphTests",
            dependencies: [
                "RelationGraph",
                "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "RelationGraphRenderTests",
            dependencies: [
                "RelationGraphRender",
                "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "RelationGraphGraphvizTests",
            dependencies: ["RelationGraphGraphviz"]
        ),
        .testTarget(
            name: "RelationGraphExtractTests",
            dependencies: [
                "RelationGraphExtract",
                "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "relgraphTests",
            dependencies: ["relgraph", "TestSupport"]
        ),
    ]
)
