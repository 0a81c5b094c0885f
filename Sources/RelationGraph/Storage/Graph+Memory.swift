extension Graph {
    /// The bytes the graph's storage holds: every array by its capacity times
    /// its element stride, dictionaries by capacity, strings that live on the
    /// heap by their length plus header, the adjacency once built, and the
    /// relation details. Measured from the live buffers, not estimated from counts.
    ///
    /// - Complexity: O(*V* + *D*) for *D* relations with details.
    public var storageBytes: Int {
        let storage = storage
        var total = bytes(storage.edgeSource) + bytes(storage.edgeTarget) + bytes(storage.edgeTag)
            + bytes(storage.edgeDetail)
        total += bytes(storage.parties)
        for party in storage.parties { total += party.heapBytes }
        total += storage.partyTable.storageBytes + dictionaryBytes(storage.kindIndex) + bytes(storage.kinds)
        let adjacency = storage.adjacency
        total += bytes(adjacency.outOffsets) + bytes(adjacency.outEdges) + bytes(adjacency.inOffsets) + bytes(adjacency.inEdges)
            + bytes(adjacency.outNeighbors) + bytes(adjacency.inNeighbors)
        total += bytes(storage.details)
        for detail in storage.details {
            total += bytes(detail.evidence)
            for evidence in detail.evidence { total += String.heapBytes(of: evidence.document) + String.heapBytes(of: evidence.quote) }
        }
        return total
    }

    private func bytes<Element>(_ array: [Element]) -> Int {
        array.capacity * MemoryLayout<Element>.stride
    }

    /// A dictionary's buckets (keys and values) plus its one-bit-per-bucket occupancy map.
    private func dictionaryBytes<Key, Value>(_ dictionary: [Key: Value]) -> Int {
        let buckets = max(dictionary.capacity, 1)
        return buckets * (MemoryLayout<Key>.stride + MemoryLayout<Value>.stride) + buckets / 8
    }
}

extension String {
    /// The heap bytes a string owns: none for up to 15 UTF-8 bytes, which
    /// are stored inline, else its length plus the buffer's header.
    static func heapBytes(of text: String) -> Int {
        let count = text.utf8.count
        return count > 15 ? 32 + count : 0
    }
}
