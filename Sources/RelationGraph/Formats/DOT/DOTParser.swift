/// Graphviz's DOT grammar, read into nodes, edges and attribute sets.
///
/// The grammar is Graphviz's (`lib/cgraph/grammar.y`): a file holds any
/// number of `[strict] (graph|digraph) [ID] { … }`; statements are attribute
/// statements (`graph|node|edge [...]`, `ID = ID`), node and edge statements
/// whose operands are node lists (`a, b:port:n`) or subgraphs, and
/// subgraphs; attribute lists repeat (`[a=b][c=d]`) and separate items with
/// `,`, `;` or nothing; quoted strings join with `+`. Defaults set by `node`
/// and `edge` statements hold for objects created later in the same
/// subgraph and the subgraphs inside it; a subgraph used as an operand
/// stands for every node mentioned in it; a named subgraph opened again
/// keeps its nodes. Strict graphs merge repeated edges, later attributes
/// winning.
///
/// The parser keeps its own stack of open subgraphs, not the call stack, so
/// nesting is bounded by `maximumDepth` with a located error, never a
/// stack overflow.
///
/// - Complexity: O(*n* + *E*) in the input's length and the edges it makes
///   (an edge statement between two subgraphs of *a* and *b* nodes makes *ab*).
struct DOTParser: ~Copyable {
    /// The deepest nesting of subgraphs read.
    static let maximumDepth = 1000

    /// An attribute: interned key, stored value.
    struct Attribute {
        var key: Int32
        var value: Int32
    }

    /// A value: its token, whose bytes stay in the input or the lexer's arena.
    typealias Value = DOTToken

    /// One graph of the file: its edges' range and its type.
    struct GraphRecord {
        var edges: Range<Int>
        var directed: Bool
    }

    private struct Frame {
        var nodeDefaults: [Attribute] = []
        var edgeDefaults: [Attribute] = []
        /// The set of `edgeDefaults`, or -1 until an edge needs it.
        var edgeDefaultSet: Int32 = -1
        var defaultLabel: Int32 = -1
        var defaultKind: Int32 = -1
        /// Whether nodes mentioned here are collected (every subgraph; not the root).
        var tracksMembers: Bool
        var members: [Int32] = []
        var name: [UInt8]?
        /// The operands of the statement being read, as ranges of `operandNodes`.
        var operandNodes: [Int32] = []
        var chain: [Range<Int>] = []
        var lastOperandIsNodeList = false
    }

    private enum State { case statement, afterOperand }

    var lexer: DOTLexer
    private var token: DOTToken

    // What was read.
    var ids: LoadIDTable
    var nodeLabel: [Int32] = []
    var nodeKind: [Int32] = []
    var values: [Value] = []
    var keys: [[UInt8]] = []
    var setStarts: [Int] = [0]
    var setItems: [Attribute] = []
    var edgeTails: [Int32] = []
    var edgeHeads: [Int32] = []
    var edgeSets: [Int32] = []
    var graphs: [GraphRecord] = []
    /// Whether a graph of the file declares a Latin-1 `charset`.
    var latin1 = false

    // Parsing state.
    /// The innermost open graph or subgraph, and the ones around it.
    private var current = Frame(tracksMembers: false)
    private var parents: [Frame] = []
    private var directed = true
    private var strictEdges: [UInt64: Int]?
    private var namedMembers: [[UInt8]: [Int32]] = [:]
    private var stamps: [Int32] = []
    private var stamp: Int32 = 0
    private var statementAttributes: [Attribute] = []
    private var lastNode: (prefix: UInt64, length: Int, node: Int32)?
    let labelKey: Int32, kindKey: Int32, charsetKey: Int32

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String?) {
        lexer = DOTLexer(bytes, file: file)
        token = DOTToken(kind: .end, start: 0, contentStart: 0, contentEnd: 0)
        ids = LoadIDTable(byteCapacity: bytes.count)
        keys = [Array("label".utf8), Array("kind".utf8), Array("charset".utf8)]
        (labelKey, kindKey, charsetKey) = (0, 1, 2)
    }

    // MARK: Tokens

    private mutating func advance() throws(FormatError) { token = try lexer.next() }

    private func error(_ expected: String) -> FormatError {
        lexer.error(at: token.start, "expected \(expected), found \(describe(token))")
    }

    private func describe(_ token: DOTToken) -> String {
        switch token.kind {
        case .end: return "end of input"
        case .name, .numeral, .quoted, .html:
            let text = lexer.content(token)
            let shown = String(decoding: text.prefix(40), as: UTF8.self)
            let quoted = token.kind == .html ? "<\(shown)\(text.count > 40 ? "…" : "")>" : "\"\(shown)\(text.count > 40 ? "…" : "")\""
            return token.kind == .quoted || token.kind == .html ? "the string \(quoted)" : quoted
        case .other:
            let byte = lexer.base[token.start]
            return byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "the byte 0x\(String(byte, radix: 16, uppercase: true))"
        default:
            return "'\(String(decoding: lexer.content(token), as: UTF8.self))'"
        }
    }

    /// The current ID, joined with any `+ "…"` that follow, and moves past it.
    private mutating func takeID() throws(FormatError) -> DOTToken {
        var id = token
        try advance()
        guard id.kind == .quoted || id.kind == .html, token.kind == .plus else { return id }
        let start = lexer.arenaCount
        lexer.appendToArena(id)
        while token.kind == .plus {
            let piece = try lexer.next()
            guard piece.kind == .quoted || piece.kind == .html else {
                throw lexer.error(at: piece.start, "expected a quoted string after '+', found \(describe(piece))")
            }
            // A piece whose escapes were resolved was written to the arena right where the join goes.
            if !piece.inArena { lexer.appendToArena(piece) }
            try advance()
        }
        id.contentStart = start
        id.contentEnd = lexer.arenaCount
        id.inArena = true
        return id
    }

    // MARK: Graphs

    /// Reads every graph of the input.
    mutating func parse() throws(FormatError) {
        // Files with many edges put about one on a line: the arrays are sized once.
        let lines = TSVLoader.lineCount(in: UnsafeBufferPointer(start: lexer.base, count: lexer.count))
        edgeTails.reserveCapacity(lines)
        edgeHeads.reserveCapacity(lines)
        edgeSets.reserveCapacity(lines)
        try advance()
        while token.kind != .end { try parseGraph() }
    }

    private mutating func parseGraph() throws(FormatError) {
        var strict = false
        if token.kind == .strict {
            strict = true
            try advance()
        }
        guard token.kind == .graph || token.kind == .digraph else {
            throw error(strict ? "'graph' or 'digraph' after 'strict'" : "'graph', 'digraph' or 'strict'")
        }
        directed = token.kind == .digraph
        try advance()
        if token.isID { _ = try takeID() }
        guard token.kind == .leftBrace else { throw error("'{' to open the graph") }
        try advance()
        let firstEdge = edgeTails.count
        strictEdges = strict ? [:] : nil
        namedMembers = [:]
        current = Frame(tracksMembers: false)
        parents = []
        var state = State.statement
        while true {
            switch state {
            case .statement:
                switch token.kind {
                case .rightBrace:
                    try advance()
                    if parents.isEmpty {
                        graphs.append(GraphRecord(edges: firstEdge..<edgeTails.count, directed: directed))
                        return
                    }
                    closeSubgraph()
                    state = .afterOperand
                case .semicolon:
                    try advance()
                case .graph, .node, .edge:
                    let target = token.kind
                    try advance()
                    guard token.kind == .leftBracket else { throw error("'[' after '\(target == .graph ? "graph" : target == .node ? "node" : "edge")'") }
                    try parseAttributeLists()
                    applyDefaults(target)
                case .subgraph, .leftBrace:
                    try openSubgraph()
                case .name, .numeral, .quoted, .html:
                    let id = try takeID()
                    if token.kind == .equals {
                        try advance()
                        guard token.isID else { throw error("a value after '='") }
                        let key = internKey(id)
                        let value = storeValue(try takeID())
                        statementAttributes = [Attribute(key: key, value: value)]
                        applyDefaults(.graph)
                    } else {
                        try parseNodeList(startingWith: id)
                        state = .afterOperand
                    }
                case .end:
                    throw error("'}' to close the \(parents.isEmpty ? "graph" : "subgraph")")
                default:
                    throw error("a statement or '}'")
                }
            case .afterOperand:
                switch token.kind {
                case .directedEdge, .undirectedEdge:
                    guard (token.kind == .directedEdge) == directed else {
                        throw error(directed ? "'->' in a digraph" : "'--' in an undirected graph")
                    }
                    try advance()
                    if token.isID {
                        try parseNodeList(startingWith: try takeID())
                    } else if token.kind == .subgraph || token.kind == .leftBrace {
                        try openSubgraph()
                        state = .statement
                    } else {
                        throw error("a node or a subgraph after '\(directed ? "->" : "--")'")
                    }
                case .leftBracket:
                    try parseAttributeLists()
                    finishStatement()
                    state = .statement
                default:
                    statementAttributes.removeAll(keepingCapacity: true)
                    finishStatement()
                    state = .statement
                }
            }
        }
    }

    // MARK: Subgraphs

    private mutating func openSubgraph() throws(FormatError) {
        var name: [UInt8]?
        if token.kind == .subgraph {
            try advance()
            if token.isID { name = Array(lexer.content(try takeID())) }
        }
        guard token.kind == .leftBrace else { throw error("'{' to open the subgraph") }
        guard parents.count + 1 < Self.maximumDepth else {
            throw lexer.error(at: token.start, "expected at most \(Self.maximumDepth) nested subgraphs, found deeper nesting")
        }
        try advance()
        var child = Frame(
            nodeDefaults: current.nodeDefaults, edgeDefaults: current.edgeDefaults, edgeDefaultSet: current.edgeDefaultSet,
            defaultLabel: current.defaultLabel, defaultKind: current.defaultKind, tracksMembers: true)
        if let name {
            child.name = name
            child.members = namedMembers[name] ?? []
        }
        parents.append(current)
        current = child
    }

    private mutating func closeSubgraph() {
        guard let parent = parents.popLast() else { return }
        let child = current
        current = parent
        let members = distinct(child.members)
        if let name = child.name { namedMembers[name] = members }
        if current.tracksMembers { current.members += members }
        let start = current.operandNodes.count
        current.operandNodes += members
        current.chain.append(start..<current.operandNodes.count)
        current.lastOperandIsNodeList = false
    }

    /// The nodes in the order of their first appearance, each once.
    private mutating func distinct(_ nodes: [Int32]) -> [Int32] {
        stamp &+= 1
        if stamp == Int32.max {
            for index in stamps.indices { stamps[index] = 0 }
            stamp = 1
        }
        var result: [Int32] = []
        result.reserveCapacity(nodes.count)
        for node in nodes where stamps[Int(node)] != stamp {
            stamps[Int(node)] = stamp
            result.append(node)
        }
        return result
    }

    // MARK: Nodes and edges

    /// `id[:port[:compass]] (, id[:port[:compass]])*` as one operand of the current statement.
    private mutating func parseNodeList(startingWith first: DOTToken) throws(FormatError) {
        let start = current.operandNodes.count
        var id = first
        while true {
            let node = intern(id)
            current.operandNodes.append(node)
            if current.tracksMembers { current.members.append(node) }
            // Ports name points on a node's drawing, not parties.
            for _ in 0..<2 where token.kind == .colon {
                try advance()
                guard token.isID else { throw error("a port or compass point after ':'") }
                _ = try takeID()
            }
            guard token.kind == .comma else { break }
            try advance()
            guard token.isID else { throw error("a node after ','") }
            id = try takeID()
        }
        current.chain.append(start..<current.operandNodes.count)
        current.lastOperandIsNodeList = true
    }

    /// Makes the current statement's edges, or gives its nodes their attributes.
    private mutating func finishStatement() {
        let links = current.chain.count
        if links >= 2 {
            let set: Int32
            if statementAttributes.isEmpty {
                if current.edgeDefaultSet < 0 { current.edgeDefaultSet = makeSet(current.edgeDefaults) }
                set = current.edgeDefaultSet
            } else {
                set = makeSet(Self.overlay(current.edgeDefaults, statementAttributes))
            }
            if links == 2 && current.chain[0].count == 1 && current.chain[1].count == 1 {
                // The common `a -> b`.
                addEdge(tail: current.operandNodes[0], head: current.operandNodes[1], set: set)
            } else {
                for link in 0..<(links - 1) {
                    for tail in current.chain[link] {
                        for head in current.chain[link + 1] {
                            addEdge(tail: current.operandNodes[tail], head: current.operandNodes[head], set: set)
                        }
                    }
                }
            }
        } else if links == 1 && current.lastOperandIsNodeList && !statementAttributes.isEmpty {
            for attribute in statementAttributes where attribute.key == labelKey || attribute.key == kindKey {
                for index in current.chain[0] {
                    let node = Int(current.operandNodes[index])
                    if attribute.key == labelKey { nodeLabel[node] = attribute.value } else { nodeKind[node] = attribute.value }
                }
            }
        }
        current.chain.removeAll(keepingCapacity: true)
        current.operandNodes.removeAll(keepingCapacity: true)
        if !statementAttributes.isEmpty { statementAttributes.removeAll(keepingCapacity: true) }
    }

    private mutating func addEdge(tail: Int32, head: Int32, set: Int32) {
        if strictEdges != nil {
            let (low, high) = directed || tail <= head ? (tail, head) : (head, tail)
            let key = UInt64(UInt32(bitPattern: low)) << 32 | UInt64(UInt32(bitPattern: high))
            if let existing = strictEdges?[key] {
                // A strict graph keeps one edge per pair; later attributes win.
                let old = Array(setItems[setStarts[Int(edgeSets[existing])]..<setStarts[Int(edgeSets[existing]) + 1]])
                edgeSets[existing] = makeSet(Self.overlay(old, statementAttributes))
                return
            }
            strictEdges?[key] = edgeTails.count
        }
        edgeTails.append(tail)
        edgeHeads.append(head)
        edgeSets.append(set)
    }

    /// The node an ID names, created with the current node defaults when new.
    private mutating func intern(_ id: DOTToken) -> Int32 {
        var id = id
        if id.kind == .quoted || id.kind == .html { undoWordJoiners(&id) }
        let text = lexer.content(id)
        let prefix = PartyTable.firstWord(of: text, readableUpTo: lexer.readableLimit(id))
        // Edge lists repeat the last tail (`a -> b; a -> c`): that one is known without
        // a probe of the table, a cache miss once the graph outgrows the cache.
        if let last = lastNode, last.prefix == prefix, last.length == text.count,
           text.count <= 8 || ids.bytes(of: Int(last.node)).elementsEqual(text) {
            return last.node
        }
        let hash = PartyTable.hash(text, firstWord: prefix)
        let (found, slot) = ids.find(text, hash: hash, prefix: prefix)
        if let found {
            lastNode = (prefix, text.count, found)
            return found
        }
        let node = ids.insert(text, hash: hash, prefix: prefix, at: slot)
        nodeLabel.append(current.defaultLabel)
        nodeKind.append(current.defaultKind)
        stamps.append(0)
        lastNode = (prefix, text.count, node)
        return node
    }

    /// Removes the word joiners `DOTEscaping` adds to protect a name from
    /// Graphviz (see `DOTText.undoWordJoiners`), rewriting the token into the arena.
    private mutating func undoWordJoiners(_ id: inout DOTToken) {
        let text = lexer.content(id)
        guard DOTText.containsWordJoiner(text) else { return }
        let start = lexer.arenaCount
        let kept = DOTText.undoWordJoiners(text, into: lexer.arena + start, html: id.kind == .html)
        lexer.arenaCount += kept
        id.contentStart = start
        id.contentEnd = start + kept
        id.inArena = true
    }

    // MARK: Attributes

    /// One or more `[key=value, …]` lists into `statementAttributes`.
    private mutating func parseAttributeLists() throws(FormatError) {
        statementAttributes.removeAll(keepingCapacity: true)
        while token.kind == .leftBracket {
            try advance()
            while token.kind != .rightBracket {
                guard token.isID else { throw error("an attribute name or ']'") }
                var keyToken = try takeID()
                if keyToken.kind == .quoted { undoWordJoiners(&keyToken) }
                let key = internKey(keyToken)
                guard token.kind == .equals else { throw error("'=' after the attribute name") }
                try advance()
                guard token.isID else { throw error("a value after '='") }
                let value = storeValue(try takeID())
                if let existing = statementAttributes.firstIndex(where: { $0.key == key }) {
                    statementAttributes[existing].value = value
                } else {
                    statementAttributes.append(Attribute(key: key, value: value))
                }
                if token.kind == .comma || token.kind == .semicolon { try advance() }
            }
            try advance()
        }
    }

    /// Applies `statementAttributes` as defaults of the innermost open graph.
    private mutating func applyDefaults(_ target: DOTToken.Kind) {
        switch target {
        case .node:
            current.nodeDefaults = Self.overlay(current.nodeDefaults, statementAttributes)
            for attribute in statementAttributes {
                if attribute.key == labelKey { current.defaultLabel = attribute.value }
                if attribute.key == kindKey { current.defaultKind = attribute.value }
            }
        case .edge:
            current.edgeDefaults = Self.overlay(current.edgeDefaults, statementAttributes)
            current.edgeDefaultSet = -1
        default:
            if parents.isEmpty, let charset = statementAttributes.last(where: { $0.key == charsetKey }) {
                latin1 = latin1 || DOTText.isLatin1(charset: bytes(of: charset.value))
            }
        }
        statementAttributes.removeAll(keepingCapacity: true)
    }

    /// `base` with the keys of `top` replaced or added.
    private static func overlay(_ base: [Attribute], _ top: [Attribute]) -> [Attribute] {
        var result = base
        for attribute in top {
            if let index = result.firstIndex(where: { $0.key == attribute.key }) {
                result[index].value = attribute.value
            } else {
                result.append(attribute)
            }
        }
        return result
    }

    private mutating func makeSet(_ attributes: [Attribute]) -> Int32 {
        setItems += attributes
        setStarts.append(setItems.count)
        return Int32(setStarts.count - 2)
    }

    private mutating func internKey(_ token: DOTToken) -> Int32 {
        let text = lexer.content(token)
        if let index = keys.firstIndex(where: { $0.elementsEqual(text) }) { return Int32(index) }
        keys.append(Array(text))
        return Int32(keys.count - 1)
    }

    private mutating func storeValue(_ token: DOTToken) -> Int32 {
        values.append(token)
        return Int32(values.count - 1)
    }

    /// The attributes of a set.
    func attributes(ofSet set: Int32) -> ArraySlice<Attribute> {
        setItems[setStarts[Int(set)]..<setStarts[Int(set) + 1]]
    }

    /// A value's bytes, valid while the input is.
    func bytes(of value: Int32) -> UnsafeBufferPointer<UInt8> {
        lexer.content(values[Int(value)])
    }

    /// Whether a value was an HTML string.
    func isHTML(_ value: Int32) -> Bool { values[Int(value)].kind == .html }
}
