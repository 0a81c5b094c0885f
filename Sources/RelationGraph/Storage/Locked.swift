import Foundation

/// A value that threads share, read and written only while holding a lock.
///
/// The graph's lazily built indexes live in these. `Synchronization.Mutex`
/// would do the same job, but on Linux its contended path waits on a
/// priority-inheritance futex inside the standard library, which is not
/// built with the thread sanitizer: when two threads take the lock in turn
/// through that path, the sanitizer sees no ordering between them and reports
/// the cache they shared as a data race (the CI's sanitizer run did, now and
/// then). `NSLock` is a `pthread_mutex_t`, whose calls the sanitizer
/// intercepts, so the same code runs clean under it.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` on the value with the lock held.
    ///
    /// - Complexity: One uncontended lock and unlock, plus `body`.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
