import ArgumentParser
import Foundation
import RelationGraphExtract

/// `relgraph parse FILE...` or `relgraph parse --tokenized GOLD.conllu [--evaluate]`:
/// the syntax layer on its own, in CoNLL-U.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse text into CoNLL-U, or re-parse a CoNLL-U file's words and score the result.",
        discussion: """
            With text files, writes one CoNLL-U sentence per sentence found, with # text and \
            # byte_range comments (UTF-8 offsets into the file) and each word's byte range in MISC. \
            With --tokenized, reads a CoNLL-U file's words (gold tokenisation), predicts UPOS, HEAD \
            and DEPREL, and writes the file with the predictions in place of those columns; \
            --evaluate prints UPOS accuracy, UAS and LAS against the file's own columns instead \
            (CoNLL 2018 definitions: every word counts; LAS on universal labels).
            """)

    @Argument(help: ArgumentHelp("Text files (UTF-8) to tag and parse.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("A CoNLL-U file whose words to tag and parse.", valueName: "file"))
    var tokenized: String?

    @Flag(name: .long, help: "With --tokenized: print accuracy against the file's gold columns instead of CoNLL-U.")
    var evaluate = false

    @Option(name: .long, help: "With --evaluate: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if tokenized == nil && files.isEmpty { throw ValidationError("name text files, or a CoNLL-U file with --tokenized") }
        if tokenized != nil && !files.isEmpty { throw ValidationError("give either text files or --tokenized, not both") }
        if evaluate && tokenized == nil { throw ValidationError("--evaluate needs --tokenized") }
    }

    func run() throws {
        let analyzer: SyntaxAnalyzer
        do { analyzer = try SyntaxAnalyzer() } catch { throw CLIError.runtime(error.description) }
        if let tokenized {
            try runTokenized(tokenized, analyzer)
            return
        }
        for file in files {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw CLIError.runtime("\(file): cannot read the file")
            }
            let bytes = [UInt8](data)
            let header = bytes.withUnsafeBufferPointer { DocumentHeader($0) }
            let sentences = bytes.withUnsafeBufferPointer { analyzer.analyze(utf8: $0, from: header.bodyStart) }
            let name = URL(fileURLWithPath: file).lastPathComponent
            var document = CoNLLUDocument(sentences: [])
            for (number, sentence) in sentences.enumerated() {
                let range = sentence.byteRange
                let text = String(decoding: bytes[range], as: UTF8.self)
                    .split(whereSeparator: \.isNewline).joined(separator: " ")
                var lines: [CoNLLUDocument.Line] = [
                    .comment(" sent_id = \(name)-\(number + 1)"), .comment(" text = \(text)"),
                    .comment(" byte_range = \(range.lowerBound)-\(range.upperBound)"),
                ]
                for (index, word) in sentence.words.enumerated() {
                    var misc = "Range=\(word.byteRange.lowerBound)-\(word.byteRange.upperBound)"
                    if !word.spaceAfter { misc += "|SpaceAfter=No" }
                    lines.append(.word([
                        String(index + 1), word.form, "_", word.upos.rawValue, word.xpos, "_", String(word.head), word.label, "_", misc,
                    ]))
                }
                document.sentences.append(.init(lines: lines))
            }
            print("# newdoc id = \(name)")
            print(document.text, terminator: "")
        }
    }

    private func runTokenized(_ file: String, _ analyzer: SyntaxAnalyzer) throws {
        let text: String
        do { text = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8) } catch {
            throw CLIError.runtime("\(file): cannot read the file as UTF-8")
        }
        var document: CoNLLUDocument
        do { document = try CoNLLUDocument(parsing: text, file: file) } catch { throw CLIError.runtime(error.description) }
        var evaluation = SyntaxEvaluation()
        for index in document.sentences.indices {
            let sentence = document.sentences[index]
            let words = sentence.words
            let predicted = analyzer.predict(forms: words.map { $0[CoNLLUDocument.Field.form] })
            if evaluate {
                if let gold = TrainingSentence(sentence) {
                    evaluation.add(gold: gold, tags: predicted.tags, heads: predicted.heads, labels: predicted.labels)
                } else {
                    throw CLIError.runtime("\(file): sentence \(index + 1) has no complete gold UPOS, HEAD and DEPREL to compare with")
                }
                continue
            }
            var wordIndex = 0
            document.sentences[index].lines = sentence.lines.map { line in
                guard case .word(var fields) = line else { return line }
                fields[CoNLLUDocument.Field.upos] = predicted.tags[wordIndex].rawValue
                fields[CoNLLUDocument.Field.head] = String(predicted.heads[wordIndex])
                fields[CoNLLUDocument.Field.deprel] = predicted.labels[wordIndex]
                fields[CoNLLUDocument.Field.deps] = "_"
                wordIndex += 1
                return .word(fields)
            }
        }
        guard evaluate else {
            print(document.text, terminator: "")
            return
        }
        switch format {
        case .text:
            print("words \(evaluation.words)")
            print(String(format: "UPOS %.2f %%", evaluation.uposAccuracy))
            print(String(format: "UAS  %.2f", evaluation.uas))
            print(String(format: "LAS  %.2f", evaluation.las))
        case .json:
            try Output.printJSON(Scores(
                words: evaluation.words, upos: rounded(evaluation.uposAccuracy), uas: rounded(evaluation.uas),
                las: rounded(evaluation.las)))
        }
    }

    private func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    private struct Scores: Encodable {
        var words: Int
        var upos: Double
        var uas: Double
        var las: Double
    }
}
