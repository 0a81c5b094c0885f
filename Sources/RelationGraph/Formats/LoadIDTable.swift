/// The party IDs one TSV load has seen, by their UTF-8 bytes.
///
/// Open addressing with linear probing over 16-byte slots, each holding an
/// ID's first eight bytes, most of its hash, its length and its node. For IDs
/// of up to eight bytes — most in event data — a lookup reads one slot and
/// compares two words; the graph's ``PartyTable``, which keeps 4 bytes a slot,
/// would read the slot, then the node's hash, then the node's key: three
/// dependent cache misses per ID on a large file. Longer IDs are confirmed
/// against their bytes, kept in one arena. The table lives only for one load;
/// the loader hands its hashes to a ``PartyTable`` at the end.
///
/// - Complexity: O(1) expected per lookup and insertion, O(*V*) per growth;
///   16 bytes per slot with at most half the slots used, plus the IDs' bytes.
struct LoadIDTable: ~Copyable {
    private struct Slot {
        /// The ID's ``PartyTable/firstWord(of:readableUpTo:)``.
        var prefix: UInt64
        /// The hash's upper 24 bits above the length (capped at 255).
        var check: UInt32
        /// The ID's node, or -1 for an empty slot.
        var node: Int32
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    /// Each node's full hash, in node order.
    private(set) var hashes: [UInt32] = []
    /// The IDs' bytes one after another; node *n*'s are `keyEnds[n]..<keyEnds[n + 1]`.
    private let keyBytes: UnsafeMutablePointer<UInt8>
    private var keyEnds: [Int] = [0]

    /// Creates an empty table for IDs of at most `byteCapacity` bytes in total.
    init(byteCapacity: Int) {
        capacity = 1024
        slots = Self.emptySlots(capacity)
        keyBytes = .allocate(capacity: max(byteCapacity, 1))
    }

    deinit {
        slots.deallocate()
        keyBytes.deallocate()
    }

    /// The node of the ID with these bytes, or else the slot where it would go.
    @inline(__always)
    func find(_ id: UnsafeBufferPointer<UInt8>, hash: UInt32, prefix: UInt64) -> (node: Int32?, slot: Int) {
        let check = Self.check(hash: hash, length: id.count)
        let mask = capacity - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry.node < 0 { return (nil, slot) }
            if entry.check == check && entry.prefix == prefix && (id.count <= 8 || bytesEqual(entry.node, id)) {
                return (entry.node, slot)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Records the ID `find` did not find at `slot` as the next node, and
    /// returns that node.
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, hash: UInt32, prefix: UInt64, at slot: Int) -> Int32 {
        let node = Int32(hashes.count)
        slots[slot] = Slot(prefix: prefix, check: Self.check(hash: hash, length: id.count), node: node)
        hashes.append(hash)
        let keyStart = keyEnds[keyEnds.count - 1]
        if let base = id.baseAddress { (keyBytes + keyStart).update(from: base, count: id.count) }
        keyEnds.append(keyStart + id.count)
        if hashes.count * 2 > capacity { grow() }
        return node
    }

    /// The bytes of a node's ID.
    func bytes(of node: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: keyBytes + keyEnds[node], count: keyEnds[node + 1] - keyEnds[node])
    }

    /// The number of IDs recorded.
    var count: Int { hashes.count }

    @inline(__always)
    private static func check(hash: UInt32, length: Int) -> UInt32 {
        hash & 0xFFFF_FF00 | UInt32(min(length, 255))
    }

    private func bytesEqual(_ node: Int32, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyEnds[Int(node)]
        guard keyEnds[Int(node) + 1] - start == id.count, let base = id.baseAddress else { return false }
        return PartyTable.equal(keyBytes + start, base, id.count)
    }

    private mutating func grow() {
        let grownCapacity = capacity * 2
        let grown = Self.emptySlots(grownCapacity)
        for index in 0..<capacity where slots[index].node >= 0 {
            let entry = slots[index]
            var slot = Int(hashes[Int(entry.node)]) & (grownCapacity - 1)
            while grown[slot].node >= 0 { slot = (slot + 1) & (grownCapacity - 1) }
            grown[slot] = entry
        }
        slots.deallocate()
        slots = grown
        capacity = grownCapacity
    }

    private static func emptySlots(_ count: Int) -> UnsafeMutablePointer<Slot> {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: count)
        slots.initialize(repeating: Slot(prefix: 0, check: 0, node: -1), count: count)
        return slots
    }
}
