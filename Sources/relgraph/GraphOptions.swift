import ArgumentParser
import Foundation
import RelationGraph

/// How query results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Readable by people.
    case text
    /// For scripts.
    case json
}

/// The options every command shares: which graph to read, how to print.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A graph file (.json, .tsv, .csv, .dot or .gv); the embedded seed graph when absent.", valueName: "file"))
    var graph: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "For TSV and CSV graphs: skip bad rows, listing each on standard error, instead of stopping at the first.")
    var lenient = false

    @OptionGroup var window: WindowOptions

    init() {}

    /// Options that only name a graph file, for commands with formats of their own.
    init(graph: String?, lenient: Bool = false, window: WindowOptions = WindowOptions()) {
        self.graph = graph
        self.lenient = lenient
        self.window = window
    }

    /// The graph to answer from, as reported in the window the options name.
    func loadGraph() throws(CLIError) -> Graph {
        let graph = try loadWholeGraph()
        return window.window.map(graph.reported(in:)) ?? graph
    }

    /// The graph the file holds, whatever its dates.
    private func loadWholeGraph() throws(CLIError) -> Graph {
        do throws(FormatError) {
            guard let graph else { return try Graph.seed() }
            let url = URL(fileURLWithPath: graph)
            let format = Graph.FileFormat(pathExtension: url.pathExtension)
            if lenient && format == .dot {
                throw FormatError(file: url.lastPathComponent, message: "--lenient is for TSV and CSV graphs; a DOT file with a syntax error is not partly read")
            }
            if lenient, let format, format == .tsv || format == .csv {
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw FormatError(file: url.path, message: "cannot read the file")
                }
                let (loaded, skipped) = Graph.lenient(
                    delimited: [UInt8](data), format: format == .csv ? .csv : .tsv, file: url.lastPathComponent)
                for problem in skipped {
                    FileHandle.standardError.write(Data("relgraph: skipped \(problem.description)\n".utf8))
                }
                if !skipped.isEmpty {
                    FileHandle.standardError.write(Data("relgraph: skipped \(skipped.count) bad row\(skipped.count == 1 ? "" : "s") of \(url.lastPathComponent)\n".utf8))
                }
                return loaded
            }
            return try Graph(contentsOf: url)
        } catch {
            throw .runtime(error.description)
        }
    }

    /// The party a user named by ID, name or alias.
    func resolve(_ name: String, in graph: Graph) throws(CLIError) -> Party {
        switch graph.lookup(name) {
        case .found(let party):
            return party
        case .ambiguous(let parties):
            throw .usage("\"\(name)\" names several parties: \(parties.map(Self.label).joined(separator: ", ")); use an ID")
        case .notFound(let suggestions) where suggestions.isEmpty:
            throw .usage("unknown party \"\(name)\"; `relgraph parties` lists them")
        case .notFound(let suggestions):
            throw .usage("unknown party \"\(name)\"; did you mean \(suggestions.map(Self.label).joined(separator: ", "))?")
        }
    }

    /// `RUS (Russia)`, or just the ID when the name adds nothing.
    static func label(_ party: Party) -> String {
        party.name == party.id.rawValue ? party.id.rawValue : "\(party.id) (\(party.name))"
    }
}

/// A period of reporting: only evidence from documents dated in it counts.
struct WindowOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only evidence reported on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only evidence reported on or before this day (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The graph as it stood on this day: the same as --until.", valueName: "date"))
    var asOf: String?

    @Flag(name: .customLong("dated-only"), help: "With a window, leave out evidence whose document has no date (kept by default).")
    var datedOnly = false

    init() {}

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until), ("--as-of", asOf)] {
            if let value, CalendarDate(value) == nil { throw ValidationError("\(name) \"\(value)\" is not a date; expected YYYY-MM-DD") }
        }
        if until != nil && asOf != nil { throw ValidationError("--as-of is --until; give one of them") }
        if let since = since.flatMap(CalendarDate.init), let until = (until ?? asOf).flatMap(CalendarDate.init), since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
    }

    /// The window, when any bound or `--dated-only` is given.
    var window: ReportingWindow? {
        let since = since.flatMap(CalendarDate.init), until = (until ?? asOf).flatMap(CalendarDate.init)
        guard since != nil || until != nil || datedOnly else { return nil }
        return ReportingWindow(since: since, until: until, includesUndated: !datedOnly)
    }
}

/// Which relations a query follows, for the commands that take a modality choice.
struct ModalityOptions: ParsableArguments {
    @Flag(name: .long, help: "Count hedged relations (possibilities, plans, unconfirmed reports) too.")
    var hedged = false

    var scope: String { hedged ? "asserted and hedged links" : "asserted links only; --hedged adds hedged ones" }
}

/// The party and depth bound of `dependencies` and `dependents`.
struct ClosureOptions: ParsableArguments {
    @Argument(help: "The party, by ID or name.")
    var party: String

    @Option(name: .long, help: ArgumentHelp("Follow chains of at most this many links.", valueName: "n"))
    var depth: Int?

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1") }
    }
}
