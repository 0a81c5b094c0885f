extension Graph {
    /// The strongly connected components: maximal groups of parties that
    /// all reach each other along relations the filter allows.
    ///
    /// Tarjan's algorithm ("Depth-first search and linear graph algorithms",
    /// *SIAM J. Computing* 1(2), 1972), run with an explicit stack of edge
    /// cursors instead of recursion, so a chain of a million parties does not
    /// overflow the call stack. Every party is in exactly one component; a
    /// party with no cycle through it is a component of its own. Parties
    /// within a component, and components by their first party, are listed in
    /// insertion order.
    ///
    /// - Complexity: O(*V* + *E*) time and O(*V*) space.
    public func stronglyConnectedComponents(filter: RelationFilter = .all) -> [[PartyID]] {
        let count = partyCount
        let mask = EdgeMask(filter, storage: storage)
        let adjacency = storage.adjacency
        let edgeTarget = storage.edgeTarget
        var index = [Int32](repeating: -1, count: count)
        var lowLink = [Int32](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var componentStack: [Int] = []
        var callStack: [(node: Int, cursor: Int)] = []
        var nextIndex: Int32 = 0
        var components: [[Int]] = []

        for root in 0..<count where index[root] < 0 {
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            componentStack.append(root)
            onStack[root] = true
            callStack.append((root, Int(adjacency.outOffsets[root])))
            while let (node, cursor) = callStack.last {
                if cursor < Int(adjacency.outOffsets[node + 1]) {
                    callStack[callStack.count - 1].cursor = cursor + 1
                    let edge = Int(adjacency.outEdges[cursor])
                    guard mask.allows(edge) else { continue }
                    let next = Int(edgeTarget[edge])
                    if index[next] < 0 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        componentStack.append(next)
                        onStack[next] = true
                        callStack.append((next, Int(adjacency.outOffsets[next])))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                callStack.removeLast()
                if let caller = callStack.last {
                    lowLink[caller.node] = min(lowLink[caller.node], lowLink[node])
                }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = componentStack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components
            .sorted { $0[0] < $1[0] }
            .map { $0.map { storage.parties[$0].id } }
    }
}
