/// Text assembled as UTF-8 bytes and handed to a `TextOutputStream` in
/// 64 KB pieces, so that a million short appends do not each become a `String`.
struct ByteText {
    private var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 17)
    }

    @inline(__always)
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: piece)
    }

    @inline(__always)
    mutating func append(_ piece: [UInt8]) {
        piece.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Hands the text over once 64 KB have gathered, or always when `force` is set.
    mutating func flush(to output: inout some TextOutputStream, force: Bool = false) {
        guard force || bytes.count >= 1 << 16 else { return }
        output.write(String(decoding: bytes, as: UTF8.self))
        bytes.removeAll(keepingCapacity: true)
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
