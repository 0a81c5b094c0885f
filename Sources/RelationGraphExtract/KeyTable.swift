/// An open-addressing hash table keyed by token hashes.
///
/// Token keys are already FNV-1a hashes, so the table uses them directly
/// instead of rehashing them as `Dictionary` would; lookups are one multiply,
/// one mask and usually one probe.
///
/// - Complexity: Lookup is O(1) expected; building is O(*n*).
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: [UInt64: Value]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs {
            var slot = Self.slot(key, mask)
            while values[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = Self.slot(key, mask)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
