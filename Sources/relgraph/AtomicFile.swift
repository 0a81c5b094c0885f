import Foundation

/// Writes files so that a failed run never leaves a half-written one: the
/// bytes go to a temporary file in the same directory, which is renamed over
/// the destination only once it is complete.
enum AtomicFile {
    /// Writes what `produce` returns to `path` atomically.
    ///
    /// If `produce` throws, or writing fails, the destination is untouched and
    /// no temporary file is left behind.
    static func write(to path: String, _ produce: () throws -> Data) throws(CLIError) {
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            let data = try produce()
            guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
                throw CLIError.runtime("\(path): cannot write the file")
            }
            guard rename(temporary.path, destination.path) == 0 else {
                throw CLIError.runtime("\(path): cannot replace the file: \(String(cString: strerror(errno)))")
            }
        } catch let error as CLIError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .runtime("\(path): \(error)")
        }
    }
}
