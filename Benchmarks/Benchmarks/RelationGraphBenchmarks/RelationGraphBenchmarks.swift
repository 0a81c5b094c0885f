import Benchmark
import Foundation
import RelationGraph
import RelationGraphExtract
import RelationGraphRender

// Micro-benchmarks with allocation counts (ordo-one/benchmark). Run from the
// repository root: `swift package --package-path Benchmarks benchmark`.
// They use the layout benchmark graph of 3000 parties and 9000 relations from
// ../shared/bench/layout, found relative to the working directory.

/// The 9000-relation benchmark graph as TSV bytes, or a generated stand-in when the shared folder is absent.
private let tsvBytes: [UInt8] = {
    for path in ["../shared/bench/layout/actors_3000.tsv", "../../shared/bench/layout/actors_3000.tsv"] {
        if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
    }
    var text = "source\tkind\ttarget\n"
    for index in 0..<9000 { text += "P\(index % 3000)\tsupply\tP\((index * 7 + 1) % 3000)\n" }
    return Array(text.utf8)
}()

private let paragraph = """
    The United States, Britain and France imposed sanctions on Iran. Moscow has received hundreds of \
    Shahed drones from Tehran. North Korea reportedly sent 10,000 soldiers to Russia. Israel might strike \
    Iran's nuclear facilities. China did not supply weapons to Russia.
    """

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.maxDuration = .seconds(2)

    Benchmark("load TSV (9000 relations)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Graph(delimited: tsvBytes, format: .tsv))
        }
    }

    Benchmark("1000 shortest paths (3000 parties)") { benchmark in
        let graph = try Graph(delimited: tsvBytes, format: .tsv)
        var generator = SystemRandomNumberGenerator()
        let pairs = (0..<1000).map { _ in
            (graph.parties[Int.random(in: 0..<graph.partyCount, using: &generator)].id,
             graph.parties[Int.random(in: 0..<graph.partyCount, using: &generator)].id)
        }
        benchmark.startMeasurement()
        var finder = ShortestPathFinder(graph: graph)
        for (start, goal) in pairs { blackHole(try finder.path(from: start, to: goal)) }
    }

    Benchmark("write DOT (9000 relations)") { benchmark in
        let graph = try Graph(delimited: tsvBytes, format: .tsv)
        benchmark.startMeasurement()
        var text = ""
        DOTWriter().write(graph, to: &text)
        blackHole(text)
    }

    Benchmark("extract a paragraph") { benchmark in
        let extractor = try Extractor()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(extractor.extract(paragraph, document: "p"))
        }
    }
}
