extension Graph {
    /// Reads a graph from Graphviz's DOT language.
    ///
    /// The whole language as Graphviz reads it (see `DOTParser`); every
    /// graph of the file goes into the one graph returned. How DOT maps to
    /// parties and relations (`Docs/FileFormats.md`):
    /// - a node is a party: ID = the node's name; name = its `label` (with
    ///   `\N` standing for the ID, HTML-like labels read as their text), else
    ///   the ID; kind = its `kind` attribute when that names a ``PartyKind``;
    /// - an edge is a relation; kind = its `kind` attribute, else its `label`,
    ///   else `link`; hedged when `modality=hedged`, or, without a `modality`,
    ///   when its `style` has `dashed`; `validFrom`/`validUntil` as dates; every
    ///   attribute Graphviz does not define (``GraphvizAttributes``) goes into
    ///   ``Relation/attributes``; Graphviz's own are drawing and are left out;
    /// - an undirected edge `a -- b` is a relation each way (one for a loop);
    ///   a strict graph keeps one edge per pair, its later attributes winning;
    /// - strings are UTF-8, or Latin-1 when the graph's `charset` says so;
    ///   bytes that are not UTF-8 are read as Latin-1, as Graphviz does.
    ///
    /// What `DOTWriter` writes reads back as the same parties (IDs, names,
    /// kinds) and relations (kinds, modality, dates, attributes), grouped by
    /// kind and modality; evidence and aliases are not written to DOT.
    ///
    /// - Parameters:
    ///   - bytes: The DOT text.
    ///   - file: The file name to put in errors.
    /// - Throws: ``FormatError`` with the line and column of the first syntax
    ///   error (`expected … found …`); nothing of a file with an error is read.
    /// - Complexity: O(*n* + *E*) in the length of the input and the edges it makes.
    public init(dot bytes: [UInt8], file: String? = nil) throws(FormatError) {
        var graph = Graph()
        try bytes.withUnsafeBufferPointer { (buffer) throws(FormatError) in
            var parser = DOTParser(buffer, file: file)
            try parser.parse()
            try parser.build(into: &graph, file: file)
        }
        _ = graph.storage.adjacency
        self = graph
    }

    /// Reads a graph from DOT text; see ``init(dot:file:)-([UInt8],_)``.
    ///
    /// - Complexity: O(*n* + *E*) in the length of the text and the edges it makes.
    public init(dot text: String, file: String? = nil) throws(FormatError) {
        try self.init(dot: Array(text.utf8), file: file)
    }
}

extension DOTParser {
    /// What one attribute set means for a relation.
    private struct EdgeMeaning {
        var kind: Int
        var hedged: Bool
        var detail: RelationDetail?
    }

    /// Adds the parties and relations read to an empty graph.
    mutating func build(into graph: inout Graph, file: String?) throws(FormatError) {
        precondition(graph.relationCount == 0, "the DOT reader fills an empty graph")
        let latin1 = latin1
        var partyNodes = [Int](repeating: 0, count: ids.count)
        for node in 0..<ids.count {
            let id = DOTText.string(ids.bytes(of: node), latin1: latin1)
            var name = id
            if nodeLabel[node] >= 0 { name = text(of: nodeLabel[node], latin1: latin1, nodeID: id) }
            var kind = PartyKind.other
            if nodeKind[node] >= 0 { kind = PartyKind(rawValue: text(of: nodeKind[node], latin1: latin1)) ?? .other }
            partyNodes[node] = graph.addParty(Party(id: PartyID(id), name: name, kind: kind))
        }
        let keyNames = keys.map { DOTText.string($0, latin1: latin1) }
        let styleKey = keyNames.firstIndex(of: "style").map(Int32.init)
        let modalityKey = keyNames.firstIndex(of: "modality").map(Int32.init)
        let fromKey = keyNames.firstIndex(of: "validFrom").map(Int32.init)
        let untilKey = keyNames.firstIndex(of: "validUntil").map(Int32.init)
        let isData = keyNames.map(GraphvizAttributes.isData)
        var meanings = [EdgeMeaning?](repeating: nil, count: setStarts.count - 1)
        let relationCount = graphs.reduce(0) { $0 + $1.edges.count * ($1.directed ? 1 : 2) }
        // Edges gather in local arrays that replace the storage's at the end
        // (the graph is empty): the storage's own appends check exclusivity
        // and uniqueness on every call.
        var sources: [Int32] = [], targets: [Int32] = [], tags: [UInt16] = []
        var detailIndexes: [Int32] = [], details: [RelationDetail] = []
        sources.reserveCapacity(relationCount)
        targets.reserveCapacity(relationCount)
        tags.reserveCapacity(relationCount)
        func append(_ source: Int, _ target: Int, _ meaning: EdgeMeaning) {
            sources.append(Int32(source))
            targets.append(Int32(target))
            tags.append(GraphStorage.tag(kind: meaning.kind, hedged: meaning.hedged))
            if let detail = meaning.detail {
                if detailIndexes.isEmpty { detailIndexes = [Int32](repeating: -1, count: sources.count - 1) }
                detailIndexes.append(Int32(details.count))
                details.append(detail)
            } else if !detailIndexes.isEmpty {
                detailIndexes.append(-1)
            }
        }
        for record in graphs {
            for edge in record.edges {
                let set = Int(edgeSets[edge])
                let meaning: EdgeMeaning
                if let known = meanings[set] {
                    meaning = known
                } else {
                    var kindText: String?, labelText: String?, modalityText: String?, dashed = false
                    var detail = RelationDetail(evidence: [], validFrom: nil, validUntil: nil, attributes: [:])
                    for attribute in attributes(ofSet: Int32(set)) {
                        switch attribute.key {
                        case kindKey: kindText = text(of: attribute.value, latin1: latin1)
                        case labelKey: labelText = text(of: attribute.value, latin1: latin1)
                        case modalityKey: modalityText = text(of: attribute.value, latin1: latin1)
                        case styleKey:
                            dashed = text(of: attribute.value, latin1: latin1).lowercased()
                                .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "(" || $0 == ")" }).contains("dashed")
                        case fromKey, untilKey:
                            let value = text(of: attribute.value, latin1: latin1)
                            if let date = CalendarDate(value) {
                                if attribute.key == fromKey { detail.validFrom = date } else { detail.validUntil = date }
                            } else {
                                detail.attributes[keyNames[Int(attribute.key)]] = value
                            }
                        default:
                            if isData[Int(attribute.key)] {
                                detail.attributes[keyNames[Int(attribute.key)]] = text(of: attribute.value, latin1: latin1)
                            }
                        }
                    }
                    let kindName = kindText ?? (labelText?.isEmpty == false ? labelText : nil) ?? "link"
                    let kind = RelationKind(kindName)
                    guard graph.canHold(kind: kind) else {
                        throw FormatError(file: file, message: "more than \(Graph.maximumKindCount) relation kinds (edge labels)")
                    }
                    let hedged = modalityText.map { $0.lowercased() == "hedged" } ?? dashed
                    meaning = EdgeMeaning(kind: graph.kindNumber(for: kind), hedged: hedged, detail: detail.isEmpty ? nil : detail)
                    meanings[set] = meaning
                }
                let tail = partyNodes[Int(edgeTails[edge])], head = partyNodes[Int(edgeHeads[edge])]
                append(tail, head, meaning)
                if !record.directed && tail != head { append(head, tail, meaning) }
            }
        }
        graph.makeUnique()
        let storage = graph.storage
        storage.edgeSource = sources
        storage.edgeTarget = targets
        storage.edgeTag = tags
        storage.edgeDetail = detailIndexes
        storage.details = details
    }

    /// A value's text: HTML-like strings as the text they show, others with
    /// their escapes resolved (`\N` standing for `nodeID` when given).
    private func text(of value: Int32, latin1: Bool, nodeID: String? = nil) -> String {
        let raw = DOTText.string(bytes(of: value), latin1: latin1)
        return isHTML(value) ? DOTText.htmlText(raw) : DOTText.resolvingEscapes(raw, nodeID: nodeID)
    }
}
