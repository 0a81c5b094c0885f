/// Party IDs to node numbers: open addressing with linear probing on a hash
/// of the IDs' UTF-8 bytes, holding only node numbers — 4 bytes a slot where a
/// `[PartyID: Int32]` dictionary spends 20 — and comparing keys against the
/// parties themselves.
///
/// The table never holds more than half as many nodes as slots. It keeps each
/// node's hash, so that growing never hashes a string again and a probe
/// compares strings only when the hashes agree.
///
/// - Complexity: O(1) expected per lookup and insertion, O(*V*) to grow.
@usableFromInline
struct PartyTable: Sendable {
    private var slots = [Int32](repeating: -1, count: 8)
    private var hashes: [UInt32] = []

    /// A hash of the bytes, eight at a time: each word is mixed in by a
    /// multiply and an xor-shift (the SplitMix64 finaliser's constants), the
    /// length seeds it, and the result is folded to 32 bits.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: hash) }
        var position = 0
        while position + 8 <= bytes.count {
            hash = (hash ^ UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            position += 8
        }
        if position < bytes.count {
            var tail: UInt64 = 0
            for index in position..<bytes.count { tail = tail << 8 | UInt64(base[index]) }
            hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
            hash ^= hash >> 31
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The node whose ID has these UTF-8 bytes, or else the slot where it would go.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, in parties: [Party]) -> (node: Int32?, slot: Int) {
        find(hash: hash) { Self.equal(parties[Int($0)].id, bytes) }
    }

    /// The node with this hash that `matches` accepts, or else the slot where
    /// it would go; for callers that keep the keys in a faster form.
    @inline(__always)
    func find(hash: UInt32, matches: (Int32) -> Bool) -> (node: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let node = slots[slot]
            if node < 0 { return (nil, slot) }
            if hashes[Int(node)] == hash && matches(node) { return (node, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// The node of a party ID, if the table holds it.
    func node(of id: PartyID, in parties: [Party]) -> Int32? {
        var text = id.rawValue
        return text.withUTF8 { find($0, hash: Self.hash($0), in: parties).node }
    }

    /// Records `node`, the next node number, whose ID hashes to `hash` and
    /// was not found at `slot`.
    mutating func insert(node: Int32, hash: UInt32, at slot: Int) {
        precondition(Int(node) == hashes.count, "nodes are numbered in order")
        hashes.append(hash)
        if hashes.count * 2 > slots.count {
            grow()
        } else {
            slots[slot] = node
        }
    }

    /// The bytes the table holds.
    var storageBytes: Int {
        slots.capacity * MemoryLayout<Int32>.stride + hashes.capacity * MemoryLayout<UInt32>.stride
    }

    /// Gives back spare capacity after a bulk load.
    mutating func trim() {
        hashes = hashes.trimmed()
    }

    private mutating func grow() {
        var capacity = slots.count
        while hashes.count * 2 > capacity { capacity *= 2 }
        var grown = [Int32](repeating: -1, count: capacity)
        for (node, hash) in hashes.enumerated() {
            var slot = Int(hash) & (capacity - 1)
            while grown[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            grown[slot] = Int32(node)
        }
        slots = grown
    }

    /// Whether an ID's UTF-8 bytes are `bytes`.
    static func equal(_ id: PartyID, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = id.rawValue
        return text.withUTF8 { stored in
            guard stored.count == bytes.count else { return false }
            guard let storedBase = stored.baseAddress, let base = bytes.baseAddress else { return true }
            return equal(storedBase, base, stored.count)
        }
    }

    /// Whether `count` bytes at `a` and `b` are equal: words first, then the
    /// tail; IDs are short, and a call to `memcmp` costs more than the compare.
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var position = 0
        while position + 8 <= count {
            let left = UnsafeRawPointer(a + position).loadUnaligned(as: UInt64.self)
            if left != UnsafeRawPointer(b + position).loadUnaligned(as: UInt64.self) { return false }
            position += 8
        }
        while position < count {
            if a[position] != b[position] { return false }
            position += 1
        }
        return true
    }
}
