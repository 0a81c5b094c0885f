import Foundation

/// A single-pass TSV loader over UTF-8 bytes for large relation files.
///
/// Fields are found with a byte scan; party IDs go through an open-addressing
/// table keyed by the raw bytes (FNV-1a hash, then a byte comparison), so a
/// `String` is made only the first time an ID appears; kinds are matched
/// against the few already seen; edges are appended straight into the
/// storage arrays. Errors carry the same line and byte column as the general
/// reader's.
///
/// - Complexity: O(*n*) time in the size of the input; O(*V*) extra space.
struct TSVLoader {
    private let file: String?

    init(file: String?) {
        self.file = file
    }

    private func error(_ line: Int, _ column: Int, _ message: String) -> FormatError {
        FormatError(file: file, line: line, column: column, message: message)
    }

    func load(_ bytes: UnsafeBufferPointer<UInt8>, into graph: inout Graph) throws(FormatError) {
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var kinds = ByteKeyTable()
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        var checkedHeader = false
        // Everything below mutates this one storage object directly: calling
        // the graph's mutating methods while holding it would copy it. Edges
        // gather in local arrays, free of the class's access checks, and move
        // into the storage at the end.
        graph.makeUnique()
        let storage = graph.storage
        var parties: [Party] = [], partyTable = PartyTable()
        swap(&parties, &storage.parties)
        swap(&partyTable, &storage.partyTable)
        defer {
            partyTable.trim()
            storage.parties = parties.trimmed()
            storage.partyTable = partyTable
            storage.partyVersion += 1
        }
        let estimate = bytes.count / 20
        var sources: [Int32] = [], targets: [Int32] = [], tags: [UInt16] = []
        sources.reserveCapacity(estimate)
        targets.reserveCapacity(estimate)
        tags.reserveCapacity(estimate)
        var fieldStart = [Int](repeating: 0, count: 5)
        var fieldEnd = [Int](repeating: 0, count: 5)
        while position < bytes.count {
            line += 1
            let lineStart = position
            var lineEnd = position
            while lineEnd < bytes.count && bytes[lineEnd] != newline { lineEnd += 1 }
            position = lineEnd + 1
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == carriageReturn { contentEnd -= 1 }
            var blank = true
            for index in lineStart..<contentEnd where bytes[index] != 0x20 && bytes[index] != tab && bytes[index] != carriageReturn {
                blank = false
                break
            }
            if blank { continue }

            var count = 0
            var start = lineStart
            var cursor = lineStart
            while cursor <= contentEnd {
                if cursor == contentEnd || bytes[cursor] == tab {
                    if count < 5 {
                        fieldStart[count] = start
                        fieldEnd[count] = cursor
                    }
                    count += 1
                    start = cursor + 1
                }
                cursor += 1
            }
            if !checkedHeader {
                checkedHeader = true
                if isHeader(bytes, fieldStart, fieldEnd, count) { continue }
            }
            guard count == 3 || count == 4 else {
                let column = count > 4 ? fieldStart[4] - lineStart + 1 : contentEnd - lineStart + 1
                throw error(line, column, "expected 3 or 4 fields (source, kind, target[, modality]), found \(count)")
            }
            let names = ["source", "kind", "target"]
            for field in 0..<3 where fieldStart[field] == fieldEnd[field] {
                throw error(line, fieldStart[field] - lineStart + 1, "empty \(names[field])")
            }
            var hedged = false
            if count == 4 {
                let modality = UnsafeBufferPointer(rebasing: bytes[fieldStart[3]..<fieldEnd[3]])
                if modality.elementsEqual("hedged".utf8) {
                    hedged = true
                } else if !modality.isEmpty && !modality.elementsEqual("asserted".utf8) {
                    guard let text = String(validating: modality, as: UTF8.self) else {
                        throw error(line, fieldStart[3] - lineStart + 1, "invalid UTF-8")
                    }
                    throw error(line, fieldStart[3] - lineStart + 1, "unknown modality \"\(text)\"; expected asserted or hedged")
                }
            }
            var nodes = (Int32(0), Int32(0))
            for (slot, field) in [0, 2].enumerated() {
                let span = UnsafeBufferPointer(rebasing: bytes[fieldStart[field]..<fieldEnd[field]])
                let hash = PartyTable.hash(span)
                let (found, emptySlot) = partyTable.find(span, hash: hash, in: parties)
                let node: Int32
                if let found {
                    node = found
                } else {
                    guard let text = String(validating: span, as: UTF8.self) else {
                        throw error(line, fieldStart[field] - lineStart + 1, "invalid UTF-8")
                    }
                    node = Int32(parties.count)
                    parties.append(Party(id: PartyID(text)))
                    partyTable.insert(node: node, hash: hash, at: emptySlot)
                }
                if slot == 0 { nodes.0 = node } else { nodes.1 = node }
            }
            let kindSpan = UnsafeBufferPointer(rebasing: bytes[fieldStart[1]..<fieldEnd[1]])
            let kind = try kinds.index(of: kindSpan, nextIndex: Int32(storage.kinds.count)) { () throws(FormatError) in
                guard let text = String(validating: kindSpan, as: UTF8.self) else {
                    throw error(line, fieldStart[1] - lineStart + 1, "invalid UTF-8")
                }
                guard storage.kinds.count < Graph.maximumKindCount || storage.kindIndex[RelationKind(text)] != nil else {
                    throw error(line, fieldStart[1] - lineStart + 1, "more than \(Graph.maximumKindCount) relation kinds")
                }
                return storage.kindNumber(for: RelationKind(text))
            }
            sources.append(nodes.0)
            targets.append(nodes.1)
            tags.append(GraphStorage.tag(kind: Int(kind), hedged: hedged))
        }
        // The estimate of the line count can be off either way: keep no slack.
        storage.edgeSource = sources.trimmed()
        storage.edgeTarget = targets.trimmed()
        storage.edgeTag = tags.trimmed()
        storage.edgeDetail = []
    }

    private func isHeader(_ bytes: UnsafeBufferPointer<UInt8>, _ starts: [Int], _ ends: [Int], _ count: Int) -> Bool {
        guard count == 3 || count == 4 else { return false }
        func field(_ index: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[index]..<ends[index]]), as: UTF8.self).lowercased()
        }
        return field(0) == "source" && (field(1) == "kind" || field(1) == "type") && field(2) == "target"
            && (count == 3 || field(3) == "modality")
    }
}

/// An open-addressing map from byte strings to dense indexes, comparing raw
/// bytes so that no `String` is built for keys already seen.
struct ByteKeyTable {
    private var slots = [Int32](repeating: -1, count: 1 << 10)
    private var hashes = [UInt64](repeating: 0, count: 1 << 10)
    private var keyStart: [Int32] = []
    private var keyLength: [Int32] = []
    private var values: [Int32] = []
    private var arena: [UInt8] = []

    /// The index stored for `key`, or the one `make` returns, stored for next time.
    mutating func index(
        of key: UnsafeBufferPointer<UInt8>, nextIndex: Int32, make: () throws(FormatError) -> Int32
    ) throws(FormatError) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { break }
            if hashes[slot] == hash && matches(Int(entry), key) { return values[Int(entry)] }
            slot = (slot + 1) & mask
        }
        let value = try make()
        if (values.count + 1) * 2 > slots.count {
            grow()
            mask = slots.count - 1
            slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
        }
        slots[slot] = Int32(values.count)
        hashes[slot] = hash
        keyStart.append(Int32(arena.count))
        keyLength.append(Int32(key.count))
        arena.append(contentsOf: key)
        values.append(value)
        return value
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(keyLength[entry])
        guard length == key.count else { return false }
        let start = Int(keyStart[entry])
        return arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let keyBase = key.baseAddress else { return length == 0 }
            return memcmp(storedBase + start, keyBase, length) == 0
        }
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: capacity)
        var newHashes = [UInt64](repeating: 0, count: capacity)
        for slot in slots.indices where slots[slot] >= 0 {
            var target = Int(truncatingIfNeeded: hashes[slot]) & (capacity - 1)
            while newSlots[target] >= 0 { target = (target + 1) & (capacity - 1) }
            newSlots[target] = slots[slot]
            newHashes[target] = hashes[slot]
        }
        slots = newSlots
        hashes = newHashes
    }
}
