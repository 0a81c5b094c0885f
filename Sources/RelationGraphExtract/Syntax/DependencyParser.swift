/// A greedy transition-based dependency parser: the arc-hybrid system
/// (``ArcHybridState``) driven by an averaged perceptron over the rich
/// non-local features of Zhang & Nivre (2011, "Transition-based Dependency
/// Parsing with Rich Non-local Features") adapted to arc-hybrid: words and
/// tags of the stack's top three and the buffer's front three, the outermost
/// two dependents on each side with their labels, distance, valency and label
/// sets, and the words next to `s0` and `b0` in the sentence.
///
/// - Complexity: O(*n* · *f*) time for *n* words (2*n* transitions of *f*
///   features each), O(*n*) space; a sentence of any length parses in linear time.
struct DependencyParser: Sendable {
    /// The classifier over moves: 0 is SHIFT, 1 + *l* LEFT-*l*, 1 + *L* + *l* RIGHT-*l*.
    let model: LinearModel
    /// The dependency labels, by index; `root` among them.
    let labels: [String]
    /// The index of `root` in `labels`.
    let rootLabel: UInt8

    static let featureCount = 87

    init(model: LinearModel, labels: [String]) {
        self.model = model
        self.labels = labels
        rootLabel = UInt8(labels.firstIndex(of: "root") ?? 0)
    }

    /// Each word's head (0-based; `lexemes.count` for the root) and label index.
    func parse(_ lexemes: [Lexeme], tags: [UInt8], masks: [UInt64]) -> (heads: [Int32], labels: [UInt8]) {
        var state = ArcHybridState(count: lexemes.count)
        var features = [UInt64](repeating: 0, count: Self.featureCount)
        var scores = [Int32](repeating: 0, count: model.scoreCount)
        let labelCount = labels.count
        while !state.isTerminal {
            features.withUnsafeMutableBufferPointer { Self.features(state, lexemes, tags, masks, into: $0) }
            for klass in scores.indices { scores[klass] = 0 }
            scores.withUnsafeMutableBufferPointer { scores in
                features.withUnsafeBufferPointer { model.score($0, into: scores) }
            }
            let (move, label) = Self.best(scores, state: state, labelCount: labelCount, rootLabel: rootLabel)
            state.apply(move, label: label)
        }
        return (state.heads, state.labels)
    }

    /// The best-scoring allowed move and label.
    @inline(__always)
    static func best<S: Comparable & AdditiveArithmetic>(
        _ scores: [S], state: ArcHybridState, labelCount: Int, rootLabel: UInt8
    ) -> (ArcHybridState.Move, UInt8) {
        var bestMove = ArcHybridState.Move.shift, bestLabel: UInt8 = 0
        var bestScore: S?
        if state.canShift { bestScore = scores[0] }
        if state.canLeft {
            if state.leftGoesToRoot {
                let score = scores[1 + Int(rootLabel)]
                if bestScore == nil || score > bestScore! { (bestScore, bestMove, bestLabel) = (score, .left, rootLabel) }
            } else {
                for label in 0..<labelCount where label != Int(rootLabel) {
                    let score = scores[1 + label]
                    if bestScore == nil || score > bestScore! { (bestScore, bestMove, bestLabel) = (score, .left, UInt8(label)) }
                }
            }
        }
        if state.canRight {
            for label in 0..<labelCount where label != Int(rootLabel) {
                let score = scores[1 + labelCount + label]
                if bestScore == nil || score > bestScore! { (bestScore, bestMove, bestLabel) = (score, .right, UInt8(label)) }
            }
        }
        return (bestMove, bestLabel)
    }

    /// The features of a parser state.
    @inline(__always)
    static func features(
        _ state: ArcHybridState, _ words: [Lexeme], _ tags: [UInt8], _ masks: [UInt64], into out: UnsafeMutableBufferPointer<UInt64>
    ) {
        let n = state.count
        let noneWord: UInt64 = 0xB0B0_0000_0101, rootWord: UInt64 = 0xB0B0_0000_0102
        let noneTag: UInt64 = 1000, rootTag: UInt64 = 1001, noneLabel: UInt64 = 2000
        @inline(__always) func word(_ i: Int) -> UInt64 { i < 0 ? noneWord : i == n ? rootWord : words[i].lower }
        @inline(__always) func tag(_ i: Int) -> UInt64 { i < 0 ? noneTag : i == n ? rootTag : UInt64(tags[i]) }
        @inline(__always) func label(_ i: Int) -> UInt64 { i < 0 || i >= n ? noneLabel : UInt64(state.labels[i]) }
        @inline(__always) func ambiguity(_ i: Int) -> UInt64 { i < 0 ? 1 << 40 : i == n ? 1 << 41 : masks[i] }
        @inline(__always) func suffix(_ i: Int) -> UInt64 { i < 0 ? noneWord : i == n ? rootWord : words[i].suffix3 }
        let stack = state.stack
        let depth = stack.count
        let s0 = depth > 0 ? Int(stack[depth - 1]) : -1
        let s1 = depth > 1 ? Int(stack[depth - 2]) : -1
        let s2 = depth > 2 ? Int(stack[depth - 3]) : -1
        let b0 = state.front
        let b1 = b0 + 1 <= n ? b0 + 1 : -1
        let b2 = b0 + 2 <= n ? b0 + 2 : -1
        let b3 = b0 + 3 <= n ? b0 + 3 : -1
        let s0L = s0 >= 0 ? Int(state.left1[s0]) : -1, s0L2 = s0 >= 0 ? Int(state.left2[s0]) : -1
        let s0R = s0 >= 0 ? Int(state.right1[s0]) : -1, s0R2 = s0 >= 0 ? Int(state.right2[s0]) : -1
        let s1L = s1 >= 0 ? Int(state.left1[s1]) : -1, s1R = s1 >= 0 ? Int(state.right1[s1]) : -1
        let b0L = Int(state.left1[b0]), b0L2 = Int(state.left2[b0])
        let s0w = word(s0), s0p = tag(s0), s1w = word(s1), s1p = tag(s1), s2p = tag(s2)
        let b0w = word(b0), b0p = tag(b0), b1w = word(b1), b1p = tag(b1), b2p = tag(b2)
        let s0wp = s0w &* 131 &+ s0p, s1wp = s1w &* 131 &+ s1p, b0wp = b0w &* 131 &+ b0p, b1wp = b1w &* 131 &+ b1p
        let distance = UInt64(s0 < 0 ? 0 : min(b0 - s0, 10))
        let distance1 = UInt64(s1 < 0 ? 0 : min(s0 - s1, 10))
        let s0vl = UInt64(s0 < 0 ? 0 : min(Int(state.leftCount[s0]), 8)), s0vr = UInt64(s0 < 0 ? 0 : min(Int(state.rightCount[s0]), 8))
        let b0vl = UInt64(min(Int(state.leftCount[b0]), 8))
        let s0ll = s0 < 0 ? 0 : state.leftLabels[s0], s0rl = s0 < 0 ? 0 : state.rightLabels[s0]
        let b0ll = state.leftLabels[b0]
        let beforeB0 = b0 - 1 >= 0 && b0 - 1 != s0 ? b0 - 1 : -1
        let afterS0 = s0 >= 0 && s0 + 1 < b0 ? s0 + 1 : -1
        @inline(__always) func f(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
            FeatureHash.make(t, a, b, c)
        }
        out[0] = f(1, s0w); out[1] = f(2, s0p); out[2] = f(3, s0wp)
        out[3] = f(4, s1w); out[4] = f(5, s1p); out[5] = f(6, s1wp)
        out[6] = f(7, b0w); out[7] = f(8, b0p); out[8] = f(9, b0wp)
        out[9] = f(10, b1w); out[10] = f(11, b1p); out[11] = f(12, b1wp)
        out[12] = f(13, tag(b3), b2p); out[13] = f(14, b2p); out[14] = f(15, s2p); out[15] = f(16, s2p, s1p, s0p)
        out[16] = f(17, s0wp, b0wp); out[17] = f(18, s0wp, b0w); out[18] = f(19, s0w, b0wp)
        out[19] = f(20, s0wp, b0p); out[20] = f(21, s0p, b0wp); out[21] = f(22, s0w, b0w)
        out[22] = f(23, s0p, b0p); out[23] = f(24, b0p, b1p)
        out[24] = f(25, b0p, b1p, b2p); out[25] = f(26, s0p, b0p, b1p); out[26] = f(27, s1p, s0p, b0p)
        out[27] = f(28, s0p, tag(s0L), b0p); out[28] = f(29, s0p, tag(s0R), b0p); out[29] = f(30, s0p, b0p, tag(b0L))
        out[30] = f(31, s1p, tag(s1R), s0p); out[31] = f(32, s1p, tag(s1L), s0p)
        out[32] = f(33, s0w, distance); out[33] = f(34, s0p, distance); out[34] = f(35, b0w, distance)
        out[35] = f(36, b0p, distance); out[36] = f(37, s0w, b0w, distance); out[37] = f(38, s0p, b0p, distance)
        out[38] = f(39, s0w, s0vr); out[39] = f(40, s0p, s0vr); out[40] = f(41, s0w, s0vl)
        out[41] = f(42, s0p, s0vl); out[42] = f(43, b0w, b0vl); out[43] = f(44, b0p, b0vl)
        out[44] = f(45, word(s0L)); out[45] = f(46, tag(s0L)); out[46] = f(47, label(s0L))
        out[47] = f(48, word(s0R)); out[48] = f(49, tag(s0R)); out[49] = f(50, label(s0R))
        out[50] = f(51, word(b0L)); out[51] = f(52, tag(b0L)); out[52] = f(53, label(b0L))
        out[53] = f(54, tag(s1L), label(s1L)); out[54] = f(55, tag(s1R)); out[55] = f(56, label(s1R))
        out[56] = f(57, ambiguity(s0)); out[57] = f(58, ambiguity(b0))
        out[58] = f(59, tag(s0L2)); out[59] = f(60, label(s0L2)); out[60] = f(61, tag(s0R2)); out[61] = f(62, label(s0R2))
        out[62] = f(63, tag(b0L2)); out[63] = f(64, label(b0L2))
        out[64] = f(65, s0p, tag(s0L), tag(s0L2)); out[65] = f(66, s0p, tag(s0R), tag(s0R2))
        out[66] = f(67, b0p, tag(b0L), tag(b0L2))
        out[67] = f(68, s0w, s0rl); out[68] = f(69, s0p, s0rl); out[69] = f(70, s0w, s0ll); out[70] = f(71, s0p, s0ll)
        out[71] = f(72, b0w, b0ll); out[72] = f(73, b0p, b0ll)
        out[73] = f(74, s1w, s0w); out[74] = f(75, s1p, s0p); out[75] = f(76, s1wp, s0p); out[76] = f(77, s1p, s0wp)
        out[77] = f(78, s1p, s0p, distance1); out[78] = f(79, s1w, s0p, b0p)
        out[79] = f(80, tag(beforeB0), b0p); out[80] = f(81, tag(afterS0), s0p); out[81] = f(82, tag(beforeB0), s0p, b0p)
        out[82] = f(83, s0p, label(s0L), label(s0R)); out[83] = f(84, b0p, label(b0L), s0p)
        out[84] = f(85, ambiguity(b1), b0p); out[85] = f(86, suffix(b0), b0p); out[86] = f(87, suffix(s0), s0p)
    }
}
