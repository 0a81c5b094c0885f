import ArgumentParser
import Foundation
import RelationGraph
import RelationGraphExtract
import Synchronization

/// `relgraph extract PATH...`: relations found in text files and folders of them.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Find relations in article text, with modality and evidence.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, tsv
    }

    @Argument(help: ArgumentHelp(
        "Text files (UTF-8), and folders searched recursively for .txt and .md files. A file's name is its document ID; a file found in a folder is cited by its path inside it.",
        valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "Output format: text, json or tsv.")
    var format: Format = .text

    @Option(name: .customLong("graph-out"), help: ArgumentHelp(
        "Also write the merged graph as JSON, for --graph of the other commands.", valueName: "file"))
    var graphOut: String?

    @Flag(name: .long, help: "Add to the graph already in --graph-out instead of replacing it; a document read twice changes nothing.")
    var merge = false

    @Option(name: .long, help: ArgumentHelp("Files in folders to read, by name (a shell glob such as '*.text'); default: *.txt and *.md.", valueName: "glob"))
    var glob: String?

    @Option(name: .long, help: ArgumentHelp("The publication date (YYYY-MM-DD) of files whose header gives none.", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The source address of files whose header gives none.", valueName: "address"))
    var source: String?

    @Flag(name: .long, help: "Skip unreadable files, files that are not UTF-8 and files with a bad header date, each reported on standard error, instead of stopping.")
    var lenient = false

    @Flag(name: .long, help: "No progress line on standard error.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Documents read at once (default: one per core); the output is the same for any number.", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one text file or folder") }
        if let date, CalendarDate(date) == nil { throw ValidationError("--date \"\(date)\" is not a date; expected YYYY-MM-DD") }
        if merge && graphOut == nil { throw ValidationError("--merge adds to the graph in --graph-out; name one") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let extractor: Extractor
        do { extractor = try Extractor() } catch { throw CLIError.runtime(error.description) }
        let files = try DocumentFiles.expand(paths, glob: glob)
        let documents = try extract(files, with: extractor)
        switch format {
        case .json:
            try Output.printJSON(documents.map { Document(document: $0.name, relations: $0.relations) })
        case .tsv:
            var graph = Graph()
            graph.merge(documents.lazy.flatMap(\.relations))
            var text = ""
            do { try graph.writeDelimited(format: .tsv, to: &text) } catch { throw CLIError.runtime(error.description) }
            print(text, terminator: "")
        case .text:
            for document in documents {
                print("\(document.name): \(document.relations.count) relation\(document.relations.count == 1 ? "" : "s")")
                for relation in document.relations {
                    print("  \(relation.source) \(relation.kind) \(relation.target) (\(relation.modality))")
                    for evidence in relation.evidence {
                        print("      [\(evidence.byteRange.lowerBound)-\(evidence.byteRange.upperBound)] \"\(evidence.quote)\"")
                    }
                }
            }
        }
        if let graphOut {
            var graph = Graph()
            if merge && FileManager.default.fileExists(atPath: graphOut) {
                do { graph = try Graph(contentsOf: URL(fileURLWithPath: graphOut)) } catch { throw CLIError.runtime(error.description) }
            }
            // One merge for every document, so each relation's evidence is deduplicated in one set.
            graph.merge(documents.lazy.flatMap(\.relations))
            for party in graph.parties {
                if let described = extractor.gazetteer.parties.first(where: { $0.id == party.id }) { graph.addParty(described) }
            }
            try AtomicFile.write(to: graphOut) { try graph.jsonData() }
        }
    }

    /// Every file's relations, in the files' order, read on `jobs` threads.
    private func extract(_ files: [DocumentFiles.File], with extractor: Extractor) throws(CLIError) -> [(name: String, relations: [Relation])] {
        let defaultDate = date.flatMap(CalendarDate.init)
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int) ?? 0 }
        let progress = Progress(total: files.count, totalBytes: sizes.reduce(0, +), enabled: !quiet)
        let results = Mutex([Result<[Relation], CLIError>?](repeating: nil, count: files.count))
        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, max(files.count, 1))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < files.count else { return }
                let file = files[index]
                let result: Result<[Relation], CLIError>
                do throws(CLIError) {
                    let bytes = try DocumentFiles.read(file)
                    result = .success(bytes.withUnsafeBufferPointer {
                        extractor.extract(utf8: $0, document: file.document, date: defaultDate, source: source)
                    })
                } catch {
                    result = .failure(error)
                }
                results.withLock { $0[index] = result }
                progress.advance(bytes: sizes[index])
            }
        }
        progress.finish()
        var documents: [(name: String, relations: [Relation])] = []
        for (file, result) in zip(files, results.withLock { $0 }) {
            switch result {
            case .success(let relations)?:
                documents.append((file.document, relations))
            case .failure(let error)? where lenient:
                FileHandle.standardError.write(Data("relgraph: skipped \(error.message)\n".utf8))
            case .failure(let error)?:
                throw error
            case nil:
                throw CLIError.runtime("\(file.path): not read")
            }
        }
        return documents
    }

    private struct Document: Encodable {
        var document: String
        var relations: [Relation]
    }
}
