import Foundation
import Synchronization

/// A progress line on standard error for long runs: documents done of all,
/// MB/s and the time left, redrawn at most five times a second, shown only
/// when standard error is a terminal and the run has taken over a second.
final class Progress: Sendable {
    private struct State {
        var done = 0
        var bytes = 0
        var lastDraw = 0.0
        var drawn = false
    }

    private let total: Int
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()
    private let state = Mutex(State())

    init(total: Int, totalBytes: Int, enabled: Bool) {
        self.total = total
        self.totalBytes = totalBytes
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// Records one more document of `bytes` bytes, from any thread.
    func advance(bytes: Int) {
        guard enabled else { return }
        state.withLock { state in
            state.done += 1
            state.bytes += bytes
            let elapsed = Date().timeIntervalSince(start)
            guard elapsed > 1, elapsed - state.lastDraw >= 0.2 || state.done == total else { return }
            state.lastDraw = elapsed
            state.drawn = true
            let rate = Double(state.bytes) / elapsed
            let left = rate > 0 ? Double(totalBytes - state.bytes) / rate : 0
            let width = 24, filled = total == 0 ? width : width * state.done / total
            let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
            let line = String(format: "\r[%@] %d/%d documents, %.1f MB/s, %d:%02d left ", bar, state.done, total, rate / 1e6, Int(left) / 60, Int(left) % 60)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Ends the line, if one was drawn.
    func finish() {
        if state.withLock({ $0.drawn }) { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
