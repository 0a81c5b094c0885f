import ArgumentParser
import Foundation
import RelationGraphExtract

/// `relgraph-train`: trains the tagger and parser from a CoNLL-U treebank and
/// writes the model resource; the same treebank, options and seed give the
/// same bytes.
@main
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph-train", abstract: "Train RelationGraph's tagger and dependency parser from UD English EWT.")

    @Option(help: "The treebank folder with train.conllu, dev.conllu and test.conllu.")
    var treebank = "../../shared/treebanks/en_ewt"

    @Option(help: "Where to write the model.")
    var output = "../Sources/RelationGraphExtract/Resources/SyntaxModel.bin"

    @Option(help: "Tagger epochs.") var taggerEpochs = SyntaxTrainer.Options().taggerEpochs
    @Option(help: "Parser epochs.") var parserEpochs = SyntaxTrainer.Options().parserEpochs
    @Option(help: "Jackknife folds for the parser's training tags (0: gold tags).") var folds = SyntaxTrainer.Options().jackknifeFolds
    @Option(help: "Drop weights below this magnitude on the model's 16-bit scale (the largest is 32,000).")
    var minimumWeight = SyntaxTrainer.Options().minimumWeight
    @Option(help: "Instead of training, re-prune this trained model with --minimum-weight and evaluate it.")
    var reprune: String?
    @Option(help: "Seed for shuffling and exploration.") var seed = SyntaxTrainer.Options().seed
    @Option(help: "Train on the first N sentences only (for quick trials).") var limit: Int?
    @Flag(help: "Print the dev scores after every parser epoch (slower).") var devEveryEpoch = false

    func run() throws {
        let folder = URL(fileURLWithPath: treebank)
        func read(_ name: String) throws -> [TrainingSentence] {
            let url = folder.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            return try CoNLLUDocument(parsing: text, file: url.path).sentences.compactMap(TrainingSentence.init)
        }
        if let reprune {
            let model = try SyntaxModel(serialized: [UInt8](Data(contentsOf: URL(fileURLWithPath: reprune)))).pruned(minimumWeight: minimumWeight)
            try report(model, dev: try read("dev.conllu"), test: try read("test.conllu"))
            return
        }
        var train = try read("train.conllu")
        if let limit { train = Array(train.prefix(limit)) }
        let dev = try read("dev.conllu"), test = try read("test.conllu")
        var options = SyntaxTrainer.Options()
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.jackknifeFolds = folds
        options.minimumWeight = minimumWeight
        options.seed = seed
        let started = Date()
        func log(_ line: String) {
            let stamped = String(format: "[%6.1f s] ", Date().timeIntervalSince(started)) + line + "\n"
            FileHandle.standardError.write(Data(stamped.utf8))
        }
        let watch: ((Int, SyntaxModel) -> Void)? = devEveryEpoch ? { epoch, model in
            let result = SyntaxEvaluation.evaluate(SyntaxAnalyzer(model: model), on: dev)
            log(String(format: "parser: epoch %d on dev: UPOS %.2f %%  UAS %.2f  LAS %.2f", epoch, result.uposAccuracy, result.uas, result.las))
        } : nil
        let model = SyntaxTrainer(options: options).train(train, log: log, epochModel: watch)
        try report(model, dev: dev, test: test)
        print(String(format: "trained in %.0f s on %d sentences", Date().timeIntervalSince(started), train.count))
    }

    /// Writes the model and prints its size and its scores on dev and test.
    private func report(_ model: SyntaxModel, dev: [TrainingSentence], test: [TrainingSentence]) throws {
        let bytes = model.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        let counts = model.featureCounts
        print("wrote \(output): \(bytes.count) bytes, \(counts.tagger) tagger and \(counts.parser) parser features")
        let analyzer = SyntaxAnalyzer(model: try SyntaxModel(serialized: bytes))
        for (name, sentences) in [("dev", dev), ("test", test)] {
            let result = SyntaxEvaluation.evaluate(analyzer, on: sentences)
            print(String(format: "%@: UPOS %.2f %%  UAS %.2f  LAS %.2f  (%d words)", name, result.uposAccuracy, result.uas, result.las, result.words))
        }
    }
}
