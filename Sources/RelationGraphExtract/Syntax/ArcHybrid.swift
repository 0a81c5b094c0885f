/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
/// with the root at the end of the buffer (Ballesteros & Nivre 2013).
///
/// Words `0..<n` start in the buffer followed by the root, `n`; the stack is
/// empty. SHIFT pushes the buffer's front `b0`; LEFT-*l* pops the stack's top
/// `s0` and makes `b0` its head; RIGHT-*l* pops `s0` and makes the word below
/// it, `s1`, its head. The root is never shifted, and LEFT onto the root is
/// allowed only when one word is left on the stack, so every parse is a tree
/// with exactly one word under the root. A sentence takes 2*n* transitions.
///
/// Costs for the dynamic oracle follow Goldberg & Nivre (2013, "Training
/// Deterministic Parsers with Non-Deterministic Oracles", TACL 1): the number
/// of gold arcs a transition makes unreachable, which on non-projective gold
/// trees is an approximation the training tolerates.
struct ArcHybridState {
    /// The number of words; the root's index.
    let count: Int
    private(set) var stack: [Int32] = []
    /// The buffer's front, `b0` (`count` when only the root is left).
    private(set) var front = 0
    /// Each word's head (`count` for the root), -1 while it has none.
    private(set) var heads: [Int32]
    private(set) var labels: [UInt8]
    /// The two leftmost and two rightmost dependents of each word (and the root), -1 for none.
    private(set) var left1: [Int32], left2: [Int32], right1: [Int32], right2: [Int32]
    private(set) var leftCount: [UInt16], rightCount: [UInt16]
    /// The labels of each word's left and right dependents, as bit masks.
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        heads = Array(repeating: -1, count: count)
        labels = Array(repeating: 0, count: count)
        left1 = Array(repeating: -1, count: count + 1)
        left2 = left1
        right1 = left1
        right2 = left1
        leftCount = Array(repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = Array(repeating: 0, count: count + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(min(count, 1024))
    }

    var isTerminal: Bool { front == count && stack.isEmpty }

    enum Move: Int { case shift = 0, left = 1, right = 2 }

    var canShift: Bool { front < count }
    var canLeft: Bool { !stack.isEmpty && (front < count || stack.count == 1) }
    var canRight: Bool { stack.count >= 2 }
    /// LEFT onto the root must be labelled `root`, and nothing else may be.
    var leftGoesToRoot: Bool { front == count }

    mutating func apply(_ move: Move, label: UInt8) {
        switch move {
        case .shift:
            stack.append(Int32(front))
            front += 1
        case .left:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: front, label: label, onTheLeft: true)
        case .right:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: Int(stack[stack.count - 1]), label: label, onTheLeft: false)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: UInt8, onTheLeft: Bool) {
        heads[dependent] = Int32(head)
        labels[dependent] = label
        if onTheLeft {
            // Left dependents of b0 arrive from the right end inwards: each is the new leftmost.
            left2[head] = left1[head]
            left1[head] = Int32(dependent)
            leftCount[head] &+= 1
            leftLabels[head] |= 1 << UInt64(label & 63)
        } else {
            // Right dependents of s1 arrive left to right: each is the new rightmost.
            right2[head] = right1[head]
            right1[head] = Int32(dependent)
            rightCount[head] &+= 1
            rightLabels[head] |= 1 << UInt64(label & 63)
        }
    }

    /// The cost of each move against gold heads (`count` for the root): the
    /// gold arcs it makes unreachable, or nil where the move is not allowed.
    func costs(gold: [Int32], dependents: [[Int32]]) -> (shift: Int?, left: Int?, right: Int?) {
        let b0 = front
        var shift: Int?, left: Int?, right: Int?
        if canShift {
            var cost = 0
            let head = Int(gold[b0])
            // b0's head lower in the stack than s0, or dependents of b0 on the stack, become unreachable.
            for (position, word) in stack.enumerated() {
                if Int(word) == head && position < stack.count - 1 { cost += 1 }
                if Int(gold[Int(word)]) == b0 { cost += 1 }
            }
            shift = cost
        }
        if let top = stack.last {
            let s0 = Int(top)
            let head = Int(gold[s0])
            var lostDependents = 0
            for dependent in dependents[s0] where Int(dependent) >= b0 && heads[Int(dependent)] < 0 { lostDependents += 1 }
            if canLeft {
                var cost = lostDependents
                let s1 = stack.count >= 2 ? Int(stack[stack.count - 2]) : -1
                if head != b0 && (head == s1 || head > b0) { cost += 1 }
                left = cost
            }
            if canRight {
                right = lostDependents + (head >= b0 ? 1 : 0)
            }
        }
        return (shift, left, right)
    }
}
