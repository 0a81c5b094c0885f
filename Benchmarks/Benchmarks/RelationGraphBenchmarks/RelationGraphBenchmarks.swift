import Benchmark
import RelationGraph

let benchmarks: @Sendable () -> Void = {
    Benchmark("placeholder") { benchmark in
        blackHole(Graph())
    }
}
