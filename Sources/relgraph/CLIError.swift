import RelationGraph

/// A failure the CLI reports as one line and an exit status.
struct CLIError: Error {
    enum Code {
        /// The command was used wrongly (an unknown party, a bad option value): exit 2.
        case usage
        /// The command could not do its work (an unreadable or invalid file): exit 1.
        case runtime
    }

    let code: Code
    let message: String

    var exitStatus: Int32 {
        switch code {
        case .usage: 2
        case .runtime: 1
        }
    }

    static func usage(_ message: String) -> CLIError { CLIError(code: .usage, message: message) }
    static func runtime(_ message: String) -> CLIError { CLIError(code: .runtime, message: message) }
}
