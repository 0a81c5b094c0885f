// swift-tools-version: 6.1
import PackageDescription

// A package of its own, so that users of RelationGraph never build the
// benchmark dependencies.
let package = Package(
    name: "RelationGraphBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "RelationGraph", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "relgraph-bench",
            dependencies: [
                .product(name: "RelationGraph", package: "RelationGraph"),
                .product(name: "RelationGraphRender", package: "RelationGraph"),
                .product(name: "RelationGraphExtract", package: "RelationGraph"),
            ]
        ),
        .executableTarget(
            name: "RelationGraphBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "RelationGraph", package: "RelationGraph"),
                .product(name: "RelationGraphRender", package: "RelationGraph"),
                .product(name: "RelationGraphExtract", package: "RelationGraph"),
            ],
            path: "Benchmarks/RelationGraphBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
