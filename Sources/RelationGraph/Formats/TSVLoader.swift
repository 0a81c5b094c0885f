/// A single-pass TSV loader over UTF-8 bytes for large relation files.
///
/// Each line is scanned once for its tabs; party IDs are looked up by their
/// raw bytes in a ``LoadIDTable`` (a word-at-a-time hash, then one slot that
/// holds a short ID whole), so a `String` is made only the first time an ID
/// appears; kinds are matched against the few already seen; parties and
/// edges gather in local arrays that replace the storage's, so the graph must
/// be empty. Errors carry the same line and byte column as the general
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
        precondition(graph.partyCount == 0 && graph.relationCount == 0, "the TSV loader fills an empty graph")
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        guard let base = bytes.baseAddress else { return }
        var kinds = KindCache()
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        var checkedHeader = false
        // Everything below mutates this one storage object directly: calling
        // the graph's mutating methods while holding it would copy it. Parties
        // and edges gather in local arrays, free of the class's access checks,
        // and move into the storage at the end.
        graph.makeUnique()
        let storage = graph.storage
        var parties: [Party] = []
        // The IDs' bytes cannot outgrow the input.
        var ids = LoadIDTable(byteCapacity: bytes.count)
        defer {
            storage.parties = parties.trimmed()
            storage.partyTable = PartyTable(hashes: ids.hashes)
            storage.partyVersion += 1
        }
        // Line feeds bound the relation count: a quick pass, eight bytes at a
        // time, so the arrays are allocated once at nearly the right size.
        let estimate = Self.lineCount(in: bytes)
        var sources: [Int32] = [], targets: [Int32] = [], tags: [UInt16] = []
        sources.reserveCapacity(estimate)
        targets.reserveCapacity(estimate)
        tags.reserveCapacity(estimate)
        // The first five fields' bounds; plain memory, not arrays, so that the
        // per-line writes need no uniqueness checks.
        let fieldStart = UnsafeMutablePointer<Int>.allocate(capacity: 5)
        let fieldEnd = UnsafeMutablePointer<Int>.allocate(capacity: 5)
        defer {
            fieldStart.deallocate()
            fieldEnd.deallocate()
        }

        while position < bytes.count {
            line += 1
            let lineStart = position
            // One pass over the line: field boundaries at tabs, up to the newline.
            var count = 0
            var cursor = lineStart
            var start = lineStart
            while true {
                cursor = Self.nextTabOrNewline(in: bytes, from: cursor)
                if cursor == bytes.count || base[cursor] == newline { break }
                if count < 5 {
                    fieldStart[count] = start
                    fieldEnd[count] = cursor
                }
                count += 1
                cursor += 1
                start = cursor
            }
            let lineEnd = cursor
            position = lineEnd + 1
            let contentEnd = lineEnd > lineStart && base[lineEnd - 1] == carriageReturn ? lineEnd - 1 : lineEnd
            if count < 5 {
                fieldStart[count] = start
                fieldEnd[count] = max(start, contentEnd)
            }
            count += 1
            if count < 3 || fieldStart[0] == fieldEnd[0] {
                var blank = true
                for index in lineStart..<contentEnd where base[index] != 0x20 && base[index] != tab && base[index] != carriageReturn {
                    blank = false
                    break
                }
                if blank { continue }
            }
            if !checkedHeader {
                checkedHeader = true
                if isHeader(bytes, fieldStart, fieldEnd, count) { continue }
            }
            guard count == 3 || count == 4 else {
                let column = count > 4 ? fieldStart[4] - lineStart + 1 : contentEnd - lineStart + 1
                throw error(line, column, "expected 3 or 4 fields (source, kind, target[, modality]), found \(count)")
            }
            for field in 0..<3 where fieldStart[field] == fieldEnd[field] {
                throw error(line, fieldStart[field] - lineStart + 1, "empty \(["source", "kind", "target"][field])")
            }
            var hedged = false
            if count == 4 {
                let modality = UnsafeBufferPointer(start: base + fieldStart[3], count: fieldEnd[3] - fieldStart[3])
                if modality.elementsEqual("hedged".utf8) {
                    hedged = true
                } else if !modality.isEmpty && !modality.elementsEqual("asserted".utf8) {
                    guard let text = String(validating: modality, as: UTF8.self) else {
                        throw error(line, fieldStart[3] - lineStart + 1, "invalid UTF-8")
                    }
                    throw error(line, fieldStart[3] - lineStart + 1, "unknown modality \"\(text)\"; expected asserted or hedged")
                }
            }
            var ends = (Int32(0), Int32(0))
            for field in stride(from: 0, through: 2, by: 2) {
                let span = UnsafeBufferPointer(start: base + fieldStart[field], count: fieldEnd[field] - fieldStart[field])
                let prefix = PartyTable.firstWord(of: span, readableUpTo: base + bytes.count)
                let hash = PartyTable.hash(span, firstWord: prefix)
                let (found, emptySlot) = ids.find(span, hash: hash, prefix: prefix)
                let node: Int32
                if let found {
                    node = found
                } else {
                    guard let text = Self.string(span) else {
                        throw error(line, fieldStart[field] - lineStart + 1, "invalid UTF-8")
                    }
                    parties.append(Party(id: PartyID(text)))
                    node = ids.insert(span, hash: hash, prefix: prefix, at: emptySlot)
                }
                if field == 0 { ends.0 = node } else { ends.1 = node }
            }
            let kindSpan = UnsafeBufferPointer(start: base + fieldStart[1], count: fieldEnd[1] - fieldStart[1])
            let kind: Int32
            let kindWord = PartyTable.firstWord(of: kindSpan, readableUpTo: base + bytes.count)
            if let known = kinds.number(of: kindSpan, firstWord: kindWord) {
                kind = known
            } else {
                guard let text = String(validating: kindSpan, as: UTF8.self) else {
                    throw error(line, fieldStart[1] - lineStart + 1, "invalid UTF-8")
                }
                guard storage.kinds.count < Graph.maximumKindCount || storage.kindIndex[RelationKind(text)] != nil else {
                    throw error(line, fieldStart[1] - lineStart + 1, "more than \(Graph.maximumKindCount) relation kinds")
                }
                kind = storage.kindNumber(for: RelationKind(text))
                kinds.add(kindSpan, firstWord: kindWord, number: kind)
            }
            sources.append(ends.0)
            targets.append(ends.1)
            tags.append(GraphStorage.tag(kind: Int(kind), hedged: hedged))
        }
        // The estimate of the line count can be off either way: keep no slack.
        storage.edgeSource = sources.trimmed()
        storage.edgeTarget = targets.trimmed()
        storage.edgeTag = tags.trimmed()
        storage.edgeDetail = []
    }

    /// The position of the next tab or line feed at or after `position`, or
    /// the end. Eight bytes at a time (SWAR: a byte equal to the pattern
    /// becomes zero after the XOR, and the lowest zero byte of a word is found
    /// exactly by the borrow trick), then byte by byte for the tail.
    @inline(__always)
    private static func nextTabOrNewline(in bytes: UnsafeBufferPointer<UInt8>, from position: Int) -> Int {
        guard let base = bytes.baseAddress else { return position }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var cursor = position
        while cursor + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self).littleEndian
            let tabs = word ^ (ones &* 0x09), newlines = word ^ (ones &* 0x0A)
            let found = ((tabs &- ones) & ~tabs | (newlines &- ones) & ~newlines) & highs
            if found != 0 { return cursor + found.trailingZeroBitCount >> 3 }
            cursor += 8
        }
        while cursor < bytes.count && base[cursor] != 0x09 && base[cursor] != 0x0A { cursor += 1 }
        return cursor
    }

    /// The number of lines: line feeds, plus one for a last line without.
    static func lineCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var lines = 0
        var position = 0
        while position + 8 <= bytes.count {
            // Each byte lane of `lanes` counts the line feeds seen in that lane,
            // for at most 255 words so that no lane overflows; then the lanes
            // are added in pairs into 16-bit lanes, and those by one multiply.
            var lanes: UInt64 = 0
            let blockEnd = min(bytes.count, position + 255 * 8)
            while position + 8 <= blockEnd {
                // Exact per byte: the high bit of ((x & 0x7F…) + 0x7F…) | x is clear only for a zero byte.
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
                let nonZero = ((word & ~highs) &+ ~highs | word) & highs
                lanes &+= (~nonZero & highs) >> 7
                position += 8
            }
            let evenBytes: UInt64 = 0x00FF_00FF_00FF_00FF
            let pairs = (lanes & evenBytes) &+ ((lanes >> 8) & evenBytes)
            lines += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while position < bytes.count {
            if base[position] == 0x0A { lines += 1 }
            position += 1
        }
        return bytes.last == 0x0A ? lines : lines + 1
    }

    /// The text of valid UTF-8 bytes, or `nil`; ASCII, the common case for
    /// IDs, skips the general validation.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self)
    }

    private func isHeader(
        _ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>, _ count: Int
    ) -> Bool {
        guard count == 3 || count == 4 else { return false }
        func field(_ index: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[index]..<ends[index]]), as: UTF8.self).lowercased()
        }
        return field(0) == "source" && (field(1) == "kind" || field(1) == "type") && field(2) == "target"
            && (count == 3 || field(3) == "modality")
    }
}

/// Kind names already seen, as bytes: a file has a handful, so the common
/// case is a short linear scan comparing lengths and first words; a table
/// takes over past 16 of them.
struct KindCache {
    private var small: [(count: Int, firstWord: UInt64, bytes: [UInt8], number: Int32)] = []
    private var large: [[UInt8]: Int32] = [:]

    /// The number of the kind with these bytes, whose first word (see
    /// `PartyTable.firstWord`) is `firstWord`.
    @inline(__always)
    func number(of key: UnsafeBufferPointer<UInt8>, firstWord: UInt64) -> Int32? {
        for entry in small where entry.count == key.count && entry.firstWord == firstWord {
            if key.count <= 8 || entry.bytes.elementsEqual(key) { return entry.number }
        }
        return large.isEmpty ? nil : large[Array(key)]
    }

    mutating func add(_ key: UnsafeBufferPointer<UInt8>, firstWord: UInt64, number: Int32) {
        if small.count < 16 { small.append((key.count, firstWord, Array(key), number)) } else { large[Array(key)] = number }
    }
}
