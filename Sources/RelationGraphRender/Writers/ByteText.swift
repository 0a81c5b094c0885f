import Foundation

/// Text assembled as UTF-8 bytes in one raw buffer and handed to a
/// `TextOutputStream` in 64 KB pieces, so that millions of short appends are
/// each a bounds check and a `memcpy`, not a `String` or an array append.
struct ByteText: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init() {
        capacity = 1 << 17
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    @inline(__always)
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress else { return }
        if count + piece.count > capacity { grow(toFit: count + piece.count) }
        (buffer + count).update(from: source, count: piece.count)
        count += piece.count
    }

    @inline(__always)
    mutating func append(_ piece: [UInt8]) {
        piece.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    mutating func append(byte: UInt8) {
        if count == capacity { grow(toFit: count + 1) }
        buffer[count] = byte
        count += 1
    }

    /// Hands the text over once 64 KB have gathered, or always when `force` is set.
    mutating func flush(to output: inout some TextOutputStream, force: Bool = false) {
        guard force || count >= 1 << 16 else { return }
        output.write(String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self))
        count = 0
    }

    private mutating func grow(toFit needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = grown
        capacity = newCapacity
    }
}

/// Many short byte strings in one buffer, so that a hundred thousand escaped
/// IDs cost two allocations rather than one each.
struct ByteStrings {
    private var bytes: [UInt8] = []
    private var ends: [Int] = [0]

    init<S: Sequence<String>>(_ strings: S) {
        for string in strings {
            var string = string
            string.withUTF8 { bytes.append(contentsOf: $0) }
            ends.append(bytes.count)
        }
    }

    /// Appends string number `index` to `text`.
    @inline(__always)
    func append(_ index: Int, to text: inout ByteText) {
        bytes.withUnsafeBufferPointer { all in
            text.append(UnsafeBufferPointer(rebasing: all[ends[index]..<ends[index + 1]]))
        }
    }
}
