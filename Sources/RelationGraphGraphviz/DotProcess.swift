import Foundation

/// Graphviz run as a `dot` subprocess: the graph on standard input, the
/// rendering on standard output, standard error captured into the error, and
/// a timeout after which the process is killed.
struct DotProcess: Sendable {
    let executable: URL
    let timeout: TimeInterval

    /// The first `dot` on PATH, if any.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let directories = (environment["PATH"] ?? "").split(separator: ":")
        return directories.map { URL(fileURLWithPath: String($0)).appendingPathComponent("dot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func render(dot: String, engine: GraphvizEngine, format: GraphvizFormat) throws(GraphvizError) -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-K\(engine.rawValue)", "-T\(format.rawValue)"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw GraphvizError(.unavailable, "cannot run \(executable.path): \(error.localizedDescription)")
        }
        let pid = process.processIdentifier
        let expiry = Expiry()
        let deadline = DispatchWorkItem {
            expiry.fire()
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        let source = Data(dot.utf8)
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: source)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorCollector = ErrorCollector(errors.fileHandleForReading)
        let result = DotProcess.readToEnd(output.fileHandleForReading)
        let message = errorCollector.wait()
        process.waitUntilExit()
        deadline.cancel()
        if expiry.hasFired {
            throw GraphvizError(.timedOut, "dot did not finish within \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            throw GraphvizError(.invalidGraph, "dot failed: \(message.isEmpty ? "exit status \(process.terminationStatus)" : message)")
        }
        return result
    }

    /// Whether the timeout struck, set from the timer's thread.
    private final class Expiry: @unchecked Sendable {
        private let lock = NSLock()
        private var fired = false

        func fire() { lock.withLock { fired = true } }
        var hasFired: Bool { lock.withLock { fired } }
    }

    /// Reads standard error on its own thread so neither pipe can fill up and block dot.
    private final class ErrorCollector: @unchecked Sendable {
        private var text = ""
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                let data = DotProcess.readToEnd(handle)
                self.text = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
                self.done.signal()
            }.start()
        }

        func wait() -> String {
            done.wait()
            return text
        }
    }
}

extension DotProcess {
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
