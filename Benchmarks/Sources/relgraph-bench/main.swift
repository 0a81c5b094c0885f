import Foundation
import RelationGraph
import RelationGraphExtract
import RelationGraphRender

// relgraph-bench TSV [--layout-dir DIR] [--seeds DIR] [--treebank DIR] [--layout-out DIR]
//                    [--dot-out FILE] [--dot-corpus DIR] [--only WORKLOAD]...
//
// Runs each workload once and prints one line per workload:
//   relgraph<TAB>WORKLOAD<TAB>SECONDS<TAB>RESULT
// Random pairs for `paths` come from SplitMix64 seeded with 42 over the node
// indexes in load order (peers.py draws the same pairs), so results are
// comparable from run to run and across tools.

struct Options {
    var tsv = ""
    var layoutDirectory = "../shared/bench/layout"
    var seedsDirectory = "../shared/seeds"
    var treebankDirectory = "../shared/treebanks/en_ewt"
    var layoutOutput: String?
    var dotOutput: String?
    var dotCorpusDirectory = "../shared/dot-corpus"
    /// Run only these workloads (all when empty), for profiling one at a time.
    var only: Set<String> = []

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch argument {
            case "--layout-dir": layoutDirectory = value; index += 1
            case "--seeds": seedsDirectory = value; index += 1
            case "--treebank": treebankDirectory = value; index += 1
            case "--layout-out": layoutOutput = value; index += 1
            case "--dot-out": dotOutput = value; index += 1
            case "--dot-corpus": dotCorpusDirectory = value; index += 1
            case "--only": only.insert(value); index += 1
            default: tsv = argument
            }
            index += 1
        }
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): tiny, seedable, identical in Python.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Keeps the UTF-8 bytes of the text written to it.
struct ByteSink: TextOutputStream {
    var bytes: [UInt8] = []
    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }
}

/// Discards text while counting its bytes, so writing costs only the writer's work.
struct CountingSink: TextOutputStream {
    var bytes = 0
    mutating func write(_ string: String) { bytes += string.utf8.count }
}

func wanted(_ workload: String) -> Bool { options.only.isEmpty || options.only.contains(workload) }

func report(_ workload: String, _ seconds: Double, _ result: String) {
    FileHandle.standardOutput.write(Data("relgraph\t\(workload)\t\(String(format: "%.4f", seconds))\t\(result)\n".utf8))
}

func time<T>(_ body: () throws -> T) rethrows -> (Double, T) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, value)
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
guard !options.tsv.isEmpty, let data = FileManager.default.contents(atPath: options.tsv) else {
    FileHandle.standardError.write(Data("usage: relgraph-bench TSV [--layout-dir DIR] [--seeds DIR] [--layout-out DIR]\n".utf8))
    exit(2)
}
let bytes = [UInt8](data)

// load: parse the TSV and build the graph, adjacency included.
let (loadSeconds, graph) = try time { try Graph(delimited: bytes, format: .tsv, file: options.tsv) }
report("load", loadSeconds, "\(graph.relationCount)")

// reach: everything reachable from A0 along every relation.
if wanted("reach") {
    let (reachSeconds, reached) = try time { try graph.reachable(from: "A0") }
    report("reach", reachSeconds, "\(reached.count)")
}

// paths: 1000 shortest paths between seeded random pairs.
var generator = SplitMix64(state: 42)
let pairs = (0..<1000).map { _ in
    (graph.parties[Int(generator.next() % UInt64(graph.partyCount))].id,
     graph.parties[Int(generator.next() % UInt64(graph.partyCount))].id)
}
if wanted("paths") {
    let (pathSeconds, found) = try time {
        var finder = ShortestPathFinder(graph: graph)
        var found = 0
        for (start, goal) in pairs where try finder.path(from: start, to: goal) != nil { found += 1 }
        return found
    }
    report("paths", pathSeconds, "\(found)")

}

// dot: the whole graph as DOT.
if wanted("dot") {
    let (dotSeconds, dotBytes) = time {
        var sink = CountingSink()
        DOTWriter().write(graph, to: &sink)
        return sink.bytes
    }
    report("dot", dotSeconds, "\(dotBytes)")
}

// dotread: reading back the DOT that `dot` writes (the graph as `relgraph
// export --format dot` gives it), from memory, adjacency built as by `load`.
if wanted("dotread") {
    var sink = ByteSink()
    sink.bytes.reserveCapacity(32_000_000)
    DOTWriter().write(graph, to: &sink)
    if let path = options.dotOutput { FileManager.default.createFile(atPath: path, contents: Data(sink.bytes)) }
    let (seconds, read) = try time { try Graph(dot: sink.bytes, file: "bench.dot") }
    precondition(read.relationCount == graph.relationCount)
    report("dotread", seconds, "\(read.relationCount) relations, \(sink.bytes.count) bytes, \(String(format: "%.0f", Double(sink.bytes.count) / seconds / 1e6)) MB/s")
}

// dotcorpus: every file of Graphviz's test corpus; RESULT = files read and
// refused (each a located error), and the slowest file's time.
if wanted("dotcorpus"), let table = try? String(contentsOfFile: "\(options.dotCorpusDirectory)/ACCEPT.tsv", encoding: .utf8) {
    var read = 0, refused = 0, slowest = (seconds: 0.0, file: "")
    let (seconds, _) = time {
        for line in table.split(separator: "\n").dropFirst() {
            let path = String(line.prefix(while: { $0 != "\t" }))
            guard let data = FileManager.default.contents(atPath: "\(options.dotCorpusDirectory)/\(path)") else { continue }
            let (fileSeconds, graph) = time { try? Graph(dot: [UInt8](data), file: path) }
            if graph == nil { refused += 1 } else { read += 1 }
            if fileSeconds > slowest.seconds { slowest = (fileSeconds, path) }
        }
    }
    report("dotcorpus", seconds, "\(read) read, \(refused) refused, slowest \(slowest.file) \(String(format: "%.4f", slowest.seconds)) s")
}

// memory: the storage's own accounting, adjacency included.
if wanted("memory") {
    report("memory", 0, String(format: "%.1f", Double(graph.storageBytes) / Double(graph.relationCount)))
}

// layout: layered layout plus SVG for the layout benchmark graphs.
for size in [300, 1000] where wanted(size == 300 ? "layout" : "layout-\(size)") {
    let path = "\(options.layoutDirectory)/actors_\(size).tsv"
    guard let layoutData = FileManager.default.contents(atPath: path) else { continue }
    let layoutGraph = try Graph(delimited: [UInt8](layoutData), format: .tsv, file: path)
    var layoutOptions = LayeredLayout.Options()
    layoutOptions.direction = .topToBottom
    let (seconds, result) = time { () -> (GraphLayout, Int) in
        let layout = LayeredLayout(options: layoutOptions).layout(layoutGraph)
        var sink = CountingSink()
        SVGWriter().write(layout, graph: layoutGraph, to: &sink)
        return (layout, sink.bytes)
    }
    report(size == 300 ? "layout" : "layout-\(size)", seconds, "\(result.1)")
    if let directory = options.layoutOutput {
        var json = ""
        LayoutJSONWriter().write(result.0, to: &json)
        try json.write(toFile: "\(directory)/layout-\(size).json", atomically: true, encoding: .utf8)
    }
}

if wanted("extract") {
// extract: a corpus of about 20 MB made by permuting the sentences of the seed
// articles (or, without them, of a few made-up ones) with a fixed seed.
var sentences: [String] = []
if let names = try? FileManager.default.contentsOfDirectory(atPath: options.seedsDirectory) {
    for name in names.sorted() where name.hasSuffix(".txt") {
        let text = (try? String(contentsOfFile: "\(options.seedsDirectory)/\(name)", encoding: .utf8)) ?? ""
        sentences += text.split(whereSeparator: { $0 == "." || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) + "." }
    }
}
if sentences.count < 10 {
    sentences = [
        "Iran supplies Russia with drones.", "North Korea sent troops to Russia.", "The EU imposed sanctions on Belarus.",
        "Israel might strike Iran.", "Russian forces invaded Ukraine in 2022.", "Washington sent missiles to Kyiv.",
    ]
}
var corpus: [UInt8] = []
corpus.reserveCapacity(21_000_000)
var shuffler = SplitMix64(state: 7)
while corpus.count < 20_000_000 {
    let sentence = sentences[Int(shuffler.next() % UInt64(sentences.count))]
    corpus.append(contentsOf: sentence.utf8)
    corpus.append(shuffler.next() % 8 == 0 ? 0x0A : 0x20)
}
let extractor = try Extractor()
let (extractSeconds, relations) = corpus.withUnsafeBufferPointer { buffer in
    time { extractor.extract(utf8: buffer, document: "corpus") }
}
report("extract", extractSeconds, "\(corpus.count) bytes, \(relations.count) relations, \(String(format: "%.1f", Double(corpus.count) / extractSeconds / 1e6)) MB/s")
}

// model: reading the syntax model resource (what the first analysis in a process pays).
// parse: tagging and parsing the words of UD English EWT's test set (gold
// tokenisation) on one core; RESULT = words and words per second.
if wanted("parse") || wanted("model") {
    let (modelSeconds, model) = try time { try SyntaxModel.standard() }
    report("model", modelSeconds, "\(model.featureCounts.tagger + model.featureCounts.parser) features")
    let path = "\(options.treebankDirectory)/test.conllu"
    if wanted("parse"), let text = try? String(contentsOfFile: path, encoding: .utf8) {
        let sentences = try CoNLLUDocument(parsing: text, file: path).sentences.map { $0.words.map { $0[CoNLLUDocument.Field.form] } }
        let analyzer = SyntaxAnalyzer(model: model)
        let words = sentences.reduce(0) { $0 + $1.count }
        // The best of three passes, so a noisy neighbour on the machine counts less.
        var best = Double.infinity
        for _ in 0..<3 {
            let (seconds, heads) = time { sentences.reduce(0) { $0 + analyzer.predict(forms: $1).heads.count } }
            precondition(heads == words)
            best = min(best, seconds)
        }
        report("parse", best, "\(words) words, \(Int(Double(words) / best)) words/s")
    }
}
