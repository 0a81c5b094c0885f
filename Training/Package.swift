// swift-tools-version: 6.1
import PackageDescription

// Trains the syntax model that RelationGraphExtract ships, from UD English
// EWT beside the repository (../shared/treebanks/en_ewt). Not a product of
// the main package: a user never trains.
let package = Package(
    name: "Training",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "RelationGraph", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "relgraph-train",
            dependencies: [
                .product(name: "RelationGraphExtract", package: "RelationGraph"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ]
)
