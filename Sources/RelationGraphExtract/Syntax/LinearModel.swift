/// A trained linear classifier over hashed features, stored compactly: each
/// feature's non-zero class weights as 16-bit integers, in an open-addressing
/// table of 16-byte slots.
///
/// A slot holds the low 32 bits of the feature's hash (its home slot comes
/// from the top bits, so the two together check 32 + log2(capacity) bits)
/// and up to three weights inline; a feature with more keeps them in
/// `entries`, and its slot holds where. Most features have few weights, so
/// most look-ups touch one cache line, and the table stays small: the
/// look-ups are random over megabytes, and each cache and TLB miss costs more
/// than the arithmetic.
///
/// The few features with ``denseMinimum`` weights or more (tag and label
/// conjunctions, a percent of the features) are the ones nearly every parser
/// state has, and they hold most of the weights added: they keep a full row
/// of `Int16` weights in `dense`, added eight classes at a time with SIMD
/// instead of one scattered add per weight. Dense rows are summed in 16 bits
/// while the sum of their largest magnitudes (kept in the slot) cannot
/// overflow, and only then widened into the 32-bit scores, so the sums are
/// exact and cost half as much.
///
/// Scoring runs in two passes: first every feature's home slot is read, then
/// the weights are added; the reads of one state do not depend on each
/// other, so the processor overlaps their misses.
///
/// - Complexity: scoring is O(*f* + *e*) for *f* features with *e* stored
///   weights among them; memory 16 bytes per slot at load factor ≤ 1/2, plus
///   4 bytes per weight of features with four to ``denseMinimum`` − 1, plus
///   2 × ``scoreCount`` bytes per dense feature.
struct LinearModel: Sendable {
    /// One slot: `check` is the low half of the feature hash (0 = empty;
    /// hashes whose low half is 0 are stored with 1, see ``check(_:)``).
    /// `first` is `class << 16 | weight` of the first weight; for a feature
    /// with four or more, `spilled | count` with `second` the start in
    /// `entries`, or `dense` with `second` the start of its row in `dense`
    /// and `third` the largest magnitude in the row. Unused inline weights
    /// are `unused`.
    @usableFromInline
    struct Slot: Sendable, Equatable {
        var check: UInt32
        var first: UInt32
        var second: UInt32
        var third: UInt32

        static let empty = Slot(check: 0, first: unused, second: unused, third: unused)
        static let unused: UInt32 = 0xFFFF_FFFF
        static let spilled: UInt32 = 0xFFFF_0000
        static let dense: UInt32 = 0xFFFE_0000
    }

    /// Features with at least this many weights keep a dense row.
    static let denseMinimum = 16

    /// The number of classes scored.
    let classCount: Int
    /// The number of scores ``score(_:into:)`` writes: `classCount` rounded up to a multiple of 8.
    let scoreCount: Int
    @usableFromInline let slots: [Slot]
    /// The weights of features with four to ``denseMinimum`` − 1, each as `class << 16 | UInt16(bitPattern: weight)`.
    @usableFromInline let entries: [UInt32]
    /// The rows of dense features, ``scoreCount`` weights each (zero past `classCount`).
    @usableFromInline let dense: [Int16]
    /// The number of features with weights.
    let featureCount: Int
    /// A feature's home slot is its hash's top log2(capacity) bits, so features
    /// inserted in hash order (as the model file stores them) fill the table
    /// from one end to the other.
    let shift: UInt64
    /// The full hashes in order, kept only to write the model back and prune it (not read while scoring).
    private let keys: [UInt64]

    @inline(__always)
    static func check(_ feature: UInt64) -> UInt32 {
        let low = UInt32(truncatingIfNeeded: feature)
        return low == 0 ? 1 : low
    }

    /// A model from features sorted by hash, each with its weights (`counts[i]`
    /// consecutive entries of `entries` belong to `features[i]`; an entry is
    /// `class << 16 | UInt16(bitPattern: weight)`, weights non-zero).
    ///
    /// - Complexity: O(*F* + *E*).
    init(classCount: Int, features: [UInt64], counts: [UInt32], entries: [UInt32]) {
        self.classCount = classCount
        let width = (classCount + 7) / 8 * 8
        scoreCount = width
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: .empty, count: capacity)
        var spilled: [UInt32] = [], dense: [Int16] = []
        let mask = capacity - 1
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        var next = 0
        for (index, feature) in features.enumerated() {
            var slot = Int(truncatingIfNeeded: feature >> shift)
            while slots[slot].check != 0 { slot = (slot + 1) & mask }
            let count = Int(counts[index])
            var value = Slot.empty
            value.check = Self.check(feature)
            switch count {
            case 1: value.first = entries[next]
            case 2: (value.first, value.second) = (entries[next], entries[next + 1])
            case 3: (value.first, value.second, value.third) = (entries[next], entries[next + 1], entries[next + 2])
            case ..<Self.denseMinimum:
                value.first = Slot.spilled | UInt32(count)
                value.second = UInt32(spilled.count)
                spilled.append(contentsOf: entries[next..<(next + count)])
            default:
                value.first = Slot.dense
                value.second = UInt32(dense.count)
                let start = dense.count
                dense.append(contentsOf: repeatElement(0, count: width))
                var largest = 0
                for entry in entries[next..<(next + count)] {
                    let weight = Int16(truncatingIfNeeded: entry)
                    dense[start + Int(entry >> 16)] = weight
                    largest = max(largest, abs(Int(weight)))
                }
                value.third = UInt32(largest)
            }
            slots[slot] = value
            next += count
        }
        self.slots = slots
        self.entries = spilled
        self.dense = dense
        self.shift = shift
        keys = features
        featureCount = features.count
    }

    /// The features in hash order with their weights, as the model file stores them.
    ///
    /// - Complexity: O(*F* + *E*).
    var sortedRows: [(key: UInt64, weights: [UInt32])] {
        keys.map { ($0, weights(of: $0)) }
    }

    /// The weights stored for a feature, as `class << 16 | UInt16(bitPattern: weight)` in class order.
    ///
    /// - Complexity: O(*e*) for its *e* weights, O(1) expected to find it.
    private func weights(of feature: UInt64) -> [UInt32] {
        let mask = slots.count - 1
        let check = Self.check(feature)
        var position = Int(truncatingIfNeeded: feature >> shift)
        while slots[position].check != check && slots[position].check != 0 { position = (position + 1) & mask }
        let slot = slots[position]
        guard slot.check == check else { return [] }
        if slot.first == Slot.dense {
            let start = Int(slot.second)
            return dense[start..<(start + classCount)].enumerated().compactMap { klass, weight in
                weight == 0 ? nil : UInt32(klass) << 16 | UInt32(UInt16(bitPattern: weight))
            }
        }
        if slot.first & Slot.spilled == Slot.spilled && slot.first != Slot.unused {
            let start = Int(slot.second)
            return Array(entries[start..<(start + Int(slot.first & 0xFFFF))])
        }
        return [slot.first, slot.second, slot.third].filter { $0 != Slot.unused }
    }

    /// The same model without the weights whose magnitude is below `minimum`
    /// (on the 16-bit scale), and without the features left with none.
    ///
    /// - Complexity: O(*F* + *E*).
    func pruned(below minimum: Int) -> LinearModel {
        var features: [UInt64] = [], counts: [UInt32] = [], kept: [UInt32] = []
        for (key, weights) in sortedRows {
            let strong = weights.filter { abs(Int(Int16(truncatingIfNeeded: $0))) >= minimum }
            guard !strong.isEmpty else { continue }
            features.append(key)
            counts.append(UInt32(strong.count))
            kept.append(contentsOf: strong)
        }
        return LinearModel(classCount: classCount, features: features, counts: counts, entries: kept)
    }

    /// Adds the weights of `features` to `scores`, which holds ``scoreCount``
    /// values (one per class, then padding).
    ///
    /// - Complexity: O(*f* + *e*), see the type's documentation.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scoreBuffer: UnsafeMutableBufferPointer<Int32>) {
        // One check per state, so that the unchecked writes below stay inside the buffer.
        precondition(scoreBuffer.count >= scoreCount, "the score buffer holds fewer than scoreCount values")
        guard let scores = scoreBuffer.baseAddress else { return }
        let shift = shift, chunks = scoreCount / 8
        slots.withUnsafeBufferPointer { slots in
            dense.withUnsafeBytes { dense in
                withUnsafeTemporaryAllocation(of: SIMD8<Int16>.self, capacity: chunks) { partial in
                    withUnsafeTemporaryAllocation(of: Slot.self, capacity: features.count) { home in
                        partial.initialize(repeating: .zero)
                        // Every home slot first, in a loop without data-dependent branches.
                        for (index, feature) in features.enumerated() {
                            home[index] = slots[Int(truncatingIfNeeded: feature >> shift)]
                        }
                        @inline(__always) func add(_ packed: UInt32) {
                            scores[Int(packed >> 16)] &+= Int32(Int16(truncatingIfNeeded: packed))
                        }
                        let sums = UnsafeMutableRawPointer(scores)
                        @inline(__always) func widen() {
                            for chunk in 0..<chunks {
                                let sum = sums.loadUnaligned(fromByteOffset: chunk * 32, as: SIMD8<Int32>.self)
                                    &+ SIMD8<Int32>(truncatingIfNeeded: partial[chunk])
                                sums.storeBytes(of: sum, toByteOffset: chunk * 32, as: SIMD8<Int32>.self)
                                partial[chunk] = .zero
                            }
                        }
                        // How much more magnitude the 16-bit partial sums can take.
                        var headroom = Int(Int16.max)
                        let mask = slots.count - 1
                        for (index, feature) in features.enumerated() {
                            let check = Self.check(feature)
                            var slot = home[index]
                            if slot.check != check {
                                // Linear probing past the home slot: the next slots share its cache line or the next.
                                guard slot.check != 0 else { continue }
                                var position = (Int(truncatingIfNeeded: feature >> shift) + 1) & mask
                                while slots[position].check != check && slots[position].check != 0 { position = (position + 1) & mask }
                                slot = slots[position]
                                guard slot.check == check else { continue }
                            }
                            if slot.first == Slot.dense {
                                let largest = Int(slot.third)
                                if largest > headroom {
                                    widen()
                                    headroom = Int(Int16.max)
                                }
                                headroom -= largest
                                let row = dense.baseAddress.unsafelyUnwrapped + Int(slot.second) * 2
                                for chunk in 0..<chunks {
                                    partial[chunk] &+= row.loadUnaligned(fromByteOffset: chunk * 16, as: SIMD8<Int16>.self)
                                }
                            } else if slot.first & Slot.spilled == Slot.spilled && slot.first != Slot.unused {
                                let start = Int(slot.second)
                                for entry in entries[start..<(start + Int(slot.first & 0xFFFF))] { add(entry) }
                            } else {
                                add(slot.first)
                                if slot.second != Slot.unused { add(slot.second) }
                                if slot.third != Slot.unused { add(slot.third) }
                            }
                        }
                        if headroom < Int(Int16.max) { widen() }
                    }
                }
            }
        }
    }
}
