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

    /// Creates an empty table.
    init() {}

    /// Creates the table of nodes `0..<hashes.count`, node *n*'s ID having
    /// hash `hashes[n]`; for bulk loads that find IDs another way.
    ///
    /// - Complexity: O(*V*).
    init(hashes: [UInt32]) {
        self.hashes = hashes.trimmed()
        grow()
    }

    /// A hash of the bytes, eight at a time: the length spread by a
    /// multiply, each word mixed in after the SplitMix64 finaliser has mixed
    /// what came before, and the finaliser again at the end, so that every
    /// byte reaches the low bits the table indexes by (IDs like "N1000001"
    /// differ only in their last byte, the top of a little-endian word).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        hash(bytes, firstWord: firstWord(of: bytes, readableUpTo: bytes.baseAddress.map { $0 + bytes.count }))
    }

    /// The hash of `bytes` given their ``firstWord(of:readableUpTo:)``, which
    /// for IDs of up to eight bytes is all the hash reads.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, firstWord: UInt64) -> UInt32 {
        var hash = firstWord ^ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        if bytes.count > 8, let base = bytes.baseAddress {
            var position = 8
            while position < bytes.count {
                hash = mix(hash)
                let rest = UnsafeBufferPointer(start: base + position, count: min(8, bytes.count - position))
                hash ^= Self.firstWord(of: rest, readableUpTo: base + bytes.count)
                position += 8
            }
        }
        return UInt32(truncatingIfNeeded: mix(hash))
    }

    /// SplitMix64's finaliser (Steele, Lea and Flood, "Fast splittable
    /// pseudorandom number generators", OOPSLA 2014): every input bit
    /// reaches every output bit.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var mixed = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// The first eight bytes as one little-endian word, zero-padded.
    ///
    /// Shorter inputs are read as a whole word when the word ends before
    /// `limit` (the end of the buffer they lie in) and masked, which spares
    /// a byte loop.
    @inline(__always)
    static func firstWord(of bytes: UnsafeBufferPointer<UInt8>, readableUpTo limit: UnsafePointer<UInt8>?) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        if bytes.count >= 8 { return UnsafeRawPointer(base).loadUnaligned(as: UInt64.self).littleEndian }
        if let limit, base + 8 <= limit {
            let word = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self).littleEndian
            return word & ((1 << UInt64(8 * bytes.count)) &- 1)
        }
        var word: UInt64 = 0
        for index in 0..<bytes.count { word |= UInt64(base[index]) << UInt64(8 * index) }
        return word
    }

    /// The node whose ID has these UTF-8 bytes, or else the slot where it would go.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, in parties: [Party]) -> (node: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let node = slots[slot]
            if node < 0 { return (nil, slot) }
            if hashes[Int(node)] == hash && Self.equal(parties[Int(node)].id, bytes) { return (node, slot) }
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

    /// Rebuilds the slots, at a capacity that keeps them at most half full.
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
