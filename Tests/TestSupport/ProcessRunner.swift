import Foundation

/// Runs a program as the tests' user would and captures what it prints.
public enum ProcessRunner {
    /// What a finished process left.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output.
        public var output: Data
        /// Standard error.
        public var errors: String

        /// Standard output as text.
        public var stdout: String { String(decoding: output, as: UTF8.self) }
    }

    /// Runs `executable` with `arguments` in `directory` (the tests' own when nil),
    /// feeding `input` on standard input.
    public static func run(
        _ executable: URL, _ arguments: [String], input: Data = Data(), in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = Collector(stderr.fileHandleForReading)
        let output = readToEnd(stdout.fileHandleForReading)
        let errorText = errors.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: output, errors: errorText)
    }

    /// Reads standard error on its own thread, so that neither pipe fills up and blocks the child.
    private final class Collector: @unchecked Sendable {
        private var text = ""
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.text = String(decoding: readToEnd(handle), as: UTF8.self)
                self.done.signal()
            }.start()
        }

        func wait() -> String {
            done.wait()
            return text
        }
    }

    /// Reads a pipe to its end with `read(2)`, retrying when a signal interrupts
    /// the call: Foundation's `readDataToEndOfFile` traps on `EINTR`, which the
    /// `SIGCHLD` of any finishing child process can cause.
    static func readToEnd(_ handle: FileHandle) -> Data {
        var result = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                result.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }
}
