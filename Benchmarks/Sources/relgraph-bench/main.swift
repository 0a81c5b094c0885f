import Foundation
import RelationGraph
import RelationGraphExtract
import RelationGraphRender

// relgraph-bench TSV [--layout-dir DIR] [--treebank DIR] [--layout-out DIR]
//                    [--dot-out FILE] [--dot-corpus DIR] [--report-out FILE] [--corpus DIR]...
//                    [--relgraph PATH] [--corpus-megabytes N] [--only WORKLOAD]...
//
// Runs each workload once and prints one line per workload:
//   relgraph<TAB>WORKLOAD<TAB>SECONDS<TAB>RESULT
// Random pairs for `paths` come from SplitMix64 seeded with 42 over the node
// indexes in load order (peers.py draws the same pairs), so results are
// comparable from run to run and across tools.

struct Options {
    var tsv = ""
    var layoutDirectory = "../shared/bench/layout"
    var treebankDirectory = "../shared/treebanks/en_ewt"
    var layoutOutput: String?
    var dotOutput: String?
    var reportOutput: String?
    /// Folders of texts the `corpus` workload repeats into its folder.
    var corpusSources: [String] = []
    var corpusMegabytes = 100
    var relgraph = ".build/release/relgraph"
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
            case "--treebank": treebankDirectory = value; index += 1
            case "--layout-out": layoutOutput = value; index += 1
            case "--dot-out": dotOutput = value; index += 1
            case "--report-out": reportOutput = value; index += 1
            case "--corpus": corpusSources.append(value); index += 1
            case "--corpus-megabytes": corpusMegabytes = Int(value) ?? corpusMegabytes; index += 1
            case "--relgraph": relgraph = value; index += 1
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

// window: the graph again, each relation given one to three pieces of evidence
// dated between 2020 and 2025 (seeded), and the reach, dependents and paths
// queries on it without a window and with 2023-01-01 … 2024-12-31, which cuts
// through most relations' dates. Each figure is the best of three runs; the
// first windowed query, which builds the evidence-date index, is reported
// apart as `window-index`. RESULT = windowed seconds / undated seconds.
if wanted("window") {
    var dateGenerator = SplitMix64(state: 2023)
    var datedRelations: [Relation] = []
    datedRelations.reserveCapacity(graph.relationCount)
    for var relation in graph.relations {
        let pieces = 1 + Int(dateGenerator.next() % 3)
        relation.evidence = (0..<pieces).map { piece in
            let value = dateGenerator.next()
            return Evidence(
                document: "d\(value % 1000)", byteRange: piece..<(piece + 1), quote: "",
                modality: value % 5 == 0 ? .hedged : .asserted,
                date: CalendarDate(year: 2020 + Int(value >> 8 % 6), month: 1 + Int(value >> 16 % 12), day: 1 + Int(value >> 24 % 28)))
        }
        datedRelations.append(relation)
    }
    let dated = Graph(parties: graph.parties, relations: datedRelations)
    let period = ReportingWindow(since: CalendarDate("2023-01-01"), until: CalendarDate("2024-12-31"))
    let windowed = RelationFilter(window: period)
    func best<T>(_ body: () throws -> T) rethrows -> (Double, T) {
        var result = try time(body)
        for _ in 0..<2 {
            let next = try time(body)
            if next.0 < result.0 { result = next }
        }
        return result
    }
    _ = try dated.reachable(from: "A0")
    let (indexSeconds, _) = try time { try dated.reachable(from: "A0", filter: windowed) }
    report("window-index", indexSeconds, "first windowed query, index included")
    let (reachPlain, reachedPlain) = try best { try dated.reachable(from: "A0") }
    let (reachWindow, reachedWindow) = try best { try dated.reachable(from: "A0", filter: windowed) }
    let everyKind = RelationFilter(kinds: Set(dated.kinds))
    let (reachKinds, _) = try best { try dated.reachable(from: "A0", filter: everyKind) }
    let (reachKindsWindow, _) = try best { try dated.reachable(from: "A0", filter: RelationFilter(kinds: Set(dated.kinds), window: period)) }
    report("window-reach-filtered", reachKindsWindow, String(format: "%.2f× (undated with the same kind filter %.4f s)", reachKindsWindow / reachKinds, reachKinds))
    report("window-reach", reachWindow, String(format: "%.2f× (undated %.4f s, %d vs %d parties)", reachWindow / reachPlain, reachPlain, reachedWindow.count, reachedPlain.count))
    let (dependentsPlain, foundPlain) = try best { try dated.dependents(of: "A0") }
    let (dependentsWindow, foundWindow) = try best { try dated.dependents(of: "A0", window: period) }
    report("window-dependents", dependentsWindow, String(format: "%.2f× (undated %.4f s, %d vs %d parties)", dependentsWindow / dependentsPlain, dependentsPlain, foundWindow.count, foundPlain.count))
    func paths(_ filter: RelationFilter) throws -> Int {
        var finder = ShortestPathFinder(graph: dated, filter: filter)
        var found = 0
        for (start, goal) in pairs where try finder.path(from: start, to: goal) != nil { found += 1 }
        return found
    }
    let (pathsPlain, pathsFoundPlain) = try best { try paths(.all) }
    let (pathsWindow, pathsFoundWindow) = try best { try paths(windowed) }
    report("window-paths", pathsWindow, String(format: "%.2f× (undated %.4f s, %d vs %d found)", pathsWindow / pathsPlain, pathsPlain, pathsFoundWindow, pathsFoundPlain))
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

// report: the interactive HTML report of the 1,000-party layout graph, each
// relation given one made-up evidence sentence so the page carries data like
// an extracted graph's. Benchmarks/report_browser.py opens the --report-out
// file in headless Chromium and times it until it is interactive.
if wanted("report"), let reportData = FileManager.default.contents(atPath: "\(options.layoutDirectory)/actors_1000.tsv") {
    let plain = try Graph(delimited: [UInt8](reportData), format: .tsv, file: "actors_1000.tsv")
    var reportGraph = Graph()
    for party in plain.parties { reportGraph.addParty(party) }
    for (index, relation) in plain.relations.enumerated() {
        var withEvidence = relation
        let quote = "\(relation.source) \(relation.kind) \(relation.target), as the benchmark's report number \(index) says."
        withEvidence.evidence = [Evidence(
            document: "report-\(index % 100).txt", byteRange: index * 100..<(index * 100 + quote.utf8.count), quote: quote)]
        reportGraph.add(withEvidence)
    }
    let (seconds, page) = time { () -> String in
        HTMLReportWriter().html(for: LayeredLayout().layout(reportGraph), graph: reportGraph)
    }
    report("report", seconds, "\(page.utf8.count)")
    if let path = options.reportOutput { try page.write(toFile: path, atomically: true, encoding: .utf8) }
}

/// The bodies (header lines dropped) of the `.txt` texts in `--corpus`
/// folders, default `../shared/corpus/dev`, `../shared/seeds` and
/// `Examples/texts`, in sorted order; `corpus` and `extract` repeat them.
func corpusTexts() -> (sources: [String], texts: [String]) {
    let sources = options.corpusSources.isEmpty ? ["../shared/corpus/dev", "../shared/seeds", "Examples/texts"] : options.corpusSources
    var texts: [String] = []
    for folder in sources {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where name.hasSuffix(".txt") {
            guard let text = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) else { continue }
            // The text's own header goes: each generated document gets one of its own.
            let body = text.split(separator: "\n", omittingEmptySubsequences: false)
                .drop { $0.hasPrefix("# ") || $0.isEmpty }.joined(separator: "\n")
            // An empty text would add nothing to a workload that repeats texts until it has enough.
            if !body.isEmpty { texts.append(body) }
        }
    }
    return (sources, texts)
}

// corpus: a folder of 10,000 dated documents, about 100 MB, made from the
// texts of --corpus folders (default: ../shared/corpus/dev, ../shared/seeds
// and Examples/texts), each document five texts in a row under a header with
// its own date, extracted end to end by the relgraph binary (--relgraph,
// default .build/release/relgraph) into a graph file, once with --jobs 1 and
// once with --jobs 2. RESULT = MB/s, the speed-up, and the children's peak
// resident memory.
if wanted("corpus") {
    let (sources, texts) = corpusTexts()
    if texts.isEmpty || !FileManager.default.isExecutableFile(atPath: options.relgraph) {
        FileHandle.standardError.write(Data("corpus: skipped (no texts in \(sources), or no \(options.relgraph): swift build -c release --product relgraph)\n".utf8))
    } else {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-corpus-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = 10_000
        let target = options.corpusMegabytes * 1_000_000
        var written = 0
        var next = 0
        for number in 0..<documents {
            // Dates one day apart from 2020-01-01, in 28-day months, so each is valid and distinct.
            let day = number % 28 + 1, month = (number / 28) % 12 + 1, year = 2020 + number / 336
            var document = "# date: \(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)\n# source: https://example.org/corpus/\(number)\n\n"
            let budget = (target - written) / (documents - number)
            while document.utf8.count < budget {
                document += texts[next % texts.count] + "\n\n"
                next += 1
            }
            written += document.utf8.count
            try document.write(to: folder.appendingPathComponent(String(format: "doc-%05d.txt", number)), atomically: false, encoding: .utf8)
        }
        var seconds: [Double] = []
        for jobs in [1, 2] {
            let output = folder.deletingLastPathComponent().appendingPathComponent("relgraph-corpus-\(getpid())-\(jobs).json")
            defer { try? FileManager.default.removeItem(at: output) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: options.relgraph)
            process.arguments = ["extract", folder.path, "--graph-out", output.path, "--quiet", "--jobs", "\(jobs)"]
            process.standardOutput = FileHandle.nullDevice
            let (elapsed, _) = try time { try process.run(); process.waitUntilExit() }
            guard process.terminationStatus == 0 else {
                FileHandle.standardError.write(Data("corpus: relgraph extract exited with \(process.terminationStatus)\n".utf8))
                break
            }
            seconds.append(elapsed)
            report("corpus-jobs-\(jobs)", elapsed, String(format: "%.2f MB/s, %d documents, %.1f MB", Double(written) / 1e6 / elapsed, documents, Double(written) / 1e6))
        }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        if seconds.count == 2 {
            report("corpus", seconds[1], String(format: "%.2f× on 2 cores, peak resident %.0f MB", seconds[0] / seconds[1], Double(usage.ru_maxrss) / 1024))
        }
    }
}

if wanted("extract") {
    // extract: the corpus texts (as for `corpus`) one after another until
    // 50 MB, each extracted as a document of its own, on one core. Without
    // them, a few made-up sentences repeated; RESULT = bytes, documents,
    // relations, MB/s.
    var (_, texts) = corpusTexts()
    if texts.isEmpty {
        texts = [
            "Iran supplies Russia with drones. North Korea sent troops to Russia. The EU imposed sanctions on Belarus.",
            "Israel might strike Iran. Russian forces invaded Ukraine in 2022. Washington sent missiles to Kyiv.",
        ]
    }
    let encoded = texts.map { Array($0.utf8) }
    var documents = 0, total = 0
    while total < 50_000_000 {
        total += encoded[documents % encoded.count].count
        documents += 1
    }
    let extractor = try Extractor()
    let (extractSeconds, relations) = time { () -> Int in
        var found = 0
        for number in 0..<documents {
            found += encoded[number % encoded.count].withUnsafeBufferPointer {
                extractor.extract(utf8: $0, document: "doc-\(number)").count
            }
        }
        return found
    }
    report("extract", extractSeconds, "\(total) bytes, \(documents) documents, \(relations) relations, \(String(format: "%.1f", Double(total) / extractSeconds / 1e6)) MB/s")
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
