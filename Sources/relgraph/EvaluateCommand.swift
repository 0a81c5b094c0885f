import ArgumentParser
import Foundation
import RelationGraph
import RelationGraphExtract

/// `relgraph evaluate --gold G.json... FILE...`: how well extraction matches annotations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score extraction against gold annotations: precision, recall and F1 per kind and overall.")

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Gold annotation files ({\"doc\", \"relations\"}); text files may follow them directly.", valueName: "file"))
    var gold: [String]

    @Argument(help: ArgumentHelp("The annotated text files, matched to gold files by name.", valueName: "file"))
    var files: [String] = []

    /// `--gold a.json b.json a.txt b.txt` reads as one list; split it by extension.
    private var goldFiles: [String] { gold.filter { $0.lowercased().hasSuffix(".json") } }
    private var textFiles: [String] { gold.filter { !$0.lowercased().hasSuffix(".json") } + files }

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Under each miss and false alarm, print its sentence, the cue words, the parse and the tree path between the two parties.")
    var explain = false

    func validate() throws {
        if goldFiles.isEmpty { throw ValidationError("name at least one gold file (.json) with --gold") }
        if textFiles.isEmpty { throw ValidationError("name the text files the gold files annotate") }
    }

    func run() throws {
        let extractor: Extractor
        do { extractor = try Extractor() } catch { throw CLIError.runtime(error.description) }
        var golds: [GoldDocument] = []
        for file in goldFiles {
            do { golds.append(try GoldDocument(contentsOf: URL(fileURLWithPath: file))) } catch {
                throw CLIError.runtime(error.description)
            }
        }
        let texts = Dictionary(textFiles.map { (URL(fileURLWithPath: $0).lastPathComponent, $0) }, uniquingKeysWith: { first, _ in first })
        var extracted: [String: [Relation]] = [:]
        var contents: [String: [UInt8]] = [:]
        for document in golds {
            guard let path = texts[document.doc] else {
                throw CLIError.usage("no text file named \(document.doc) for its gold annotations")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.runtime("\(path): cannot read the file")
            }
            contents[document.doc] = [UInt8](data)
            extracted[document.doc] = [UInt8](data).withUnsafeBufferPointer {
                extractor.extract(utf8: $0, document: document.doc)
            }
        }
        let evaluation = Evaluation(gold: golds, extracted: extracted)
        switch format {
        case .json:
            try Output.printJSON(Report(evaluation))
        case .text:
            printTable(evaluation) { difference in
                guard explain, let bytes = contents[difference.document] else { return [] }
                return bytes.withUnsafeBufferPointer {
                    extractor.explanation(utf8: $0, source: difference.source, target: difference.target, evidence: difference.evidence)
                }
            }
        }
    }

    private func printTable(_ evaluation: Evaluation, explanation: (Evaluation.Difference) -> [String]) {
        func row(_ name: String, _ triple: Evaluation.Score, _ modal: Evaluation.Score) -> String {
            func cells(_ score: Evaluation.Score) -> String {
                String(format: "%5.2f %5.2f %5.2f  %3d %3d %3d", score.precision, score.recall, score.f1,
                       score.truePositives, score.falsePositives, score.falseNegatives)
            }
            return name.padding(toLength: 10, withPad: " ", startingAt: 0) + cells(triple) + "   " + cells(modal)
        }
        print("          triples                           triples + modality")
        print("kind          P     R    F1   TP  FP  FN       P     R    F1   TP  FP  FN")
        for kind in evaluation.triplesByKind.keys.sorted() {
            print(row(kind, evaluation.triplesByKind[kind] ?? .init(), evaluation.triplesWithModalityByKind[kind] ?? .init()))
        }
        print(row("overall", evaluation.triples, evaluation.triplesWithModality))
        for (title, list) in [("Misses", evaluation.misses), ("False alarms", evaluation.falseAlarms)] where !list.isEmpty {
            print("\n\(title):")
            for item in list {
                print("  \(item.document): \(item.source) \(item.kind) \(item.target) (\(item.modality)) \"\(item.evidence)\"")
                for line in explanation(item) { print("      " + line) }
            }
        }
    }

    private struct Report: Encodable {
        var triples: Evaluation.Score
        var triplesWithModality: Evaluation.Score
        var triplesByKind: [String: Evaluation.Score]
        var triplesWithModalityByKind: [String: Evaluation.Score]
        var misses: [Evaluation.Difference]
        var falseAlarms: [Evaluation.Difference]

        init(_ evaluation: Evaluation) {
            triples = evaluation.triples
            triplesWithModality = evaluation.triplesWithModality
            triplesByKind = evaluation.triplesByKind
            triplesWithModalityByKind = evaluation.triplesWithModalityByKind
            misses = evaluation.misses
            falseAlarms = evaluation.falseAlarms
        }
    }
}
