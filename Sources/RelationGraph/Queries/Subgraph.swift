extension Graph {
    /// The part of the graph with the given parties and the relations among
    /// them that the filter allows.
    ///
    /// Parties and relations keep their order and all their details
    /// (aliases, evidence, dates, attributes); with a window in the filter,
    /// relations keep only the evidence from the window and its modality.
    ///
    /// - Parameters:
    ///   - filter: The relations to keep.
    ///   - parties: The parties to keep, or `nil` for all of them. IDs the
    ///     graph does not hold are ignored.
    /// - Complexity: O(*V* + *E*) time and space.
    public func subgraph(filter: RelationFilter = .all, parties: Set<PartyID>? = nil) -> Graph {
        var keep = [Bool](repeating: parties == nil, count: partyCount)
        for id in parties ?? [] {
            if let node = nodeIndex(of: id) { keep[node] = true }
        }
        return induced(keeping: keep, mask: EdgeMask(filter, storage: storage))
    }

    /// The graph induced by a node mask, with the edges the edge mask allows.
    func induced(keeping keep: [Bool], mask: EdgeMask) -> Graph {
        var result = Graph()
        var newIndex = [Int32](repeating: -1, count: partyCount)
        for (node, party) in storage.parties.enumerated() where keep[node] {
            newIndex[node] = Int32(result.addParty(party))
        }
        for edge in 0..<relationCount where mask.allows(edge) {
            let source = newIndex[Int(storage.edgeSource[edge])]
            let target = newIndex[Int(storage.edgeTarget[edge])]
            guard source >= 0, target >= 0 else { continue }
            let detailIndex = storage.detailIndex(ofEdge: edge)
            var detail = detailIndex >= 0 ? storage.details[detailIndex] : nil
            if let period = mask.window?.period, detail != nil {
                // A windowed subgraph keeps only the evidence from the window.
                detail?.evidence.removeAll { !period.contains($0) }
            }
            result.appendEdge(
                source: Int(source), kind: result.kindNumber(for: storage.kinds[storage.kindNumber(ofEdge: edge)]),
                target: Int(target), hedged: mask.isHedged(edge), detail: detail)
        }
        return result
    }
}
