// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the importers and the extractor. Build and run with
// `Fuzz/run.sh TARGET SECONDS`; the flags below make each target a library-style
// module whose `main` comes from libFuzzer.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "RelationGraphFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "RelationGraph", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "RelationGraph", package: "RelationGraph")]),
        .executableTarget(name: "FuzzTSV", dependencies: ["FuzzSupport", .product(name: "RelationGraph", package: "RelationGraph")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "RelationGraph", package: "RelationGraph")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport", .product(name: "RelationGraph", package: "RelationGraph")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzSupport", .product(name: "RelationGraphExtract", package: "RelationGraph")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzDOT", dependencies: [
            "FuzzSupport", .product(name: "RelationGraph", package: "RelationGraph"),
            .product(name: "RelationGraphRender", package: "RelationGraph"),
        ], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzParse", dependencies: ["FuzzSupport", .product(name: "RelationGraphExtract", package: "RelationGraph")], swiftSettings: fuzzer),
    ]
)
