import ArgumentParser
import Foundation

/// The `relgraph` command: questions about who supports, arms, sanctions,
/// threatens or attacks whom.
@main
struct RelGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Ask who supports, arms, sanctions, threatens or attacks whom.",
        discussion: """
            Every command reads --graph FILE (JSON, TSV, CSV or DOT, by extension) and otherwise \
            answers from the graph embedded in the package, built from the two seed articles. \
            Parties may be named by ID or by any name or alias, ignoring case (RUS, Russia, Moscow).
            """,
        subcommands: [
            PartiesCommand.self, RelationsCommand.self, DependenciesCommand.self,
            DependentsCommand.self, PathCommand.self, ImpactCommand.self, ExportCommand.self, ReportCommand.self, ExtractCommand.self, EvaluateCommand.self, TimelineCommand.self,
            ParseCommand.self,
        ]
    )

    /// Runs the command, mapping every failure to one line on standard error
    /// and the exit statuses of the CLI contract: 1 for a runtime failure,
    /// 2 for a usage error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            exit(reporting: error.message, status: error.exitStatus)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let status: Int32 = code == .validationFailure ? 2 : code.rawValue
            exit(reporting: message(for: error), status: status)
        }
    }

    private static func exit(reporting message: String, status: Int32) -> Never {
        let line = message.split(whereSeparator: \.isNewline).joined(separator: "; ")
        FileHandle.standardError.write(Data("relgraph: \(line)\n".utf8))
        Foundation.exit(status)
    }
}
