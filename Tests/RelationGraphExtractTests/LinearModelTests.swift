import PropertyBased
import Testing
@testable import RelationGraphExtract

@Suite struct LinearModelTests {
    /// A random model as the reference sees it: feature → class → weight.
    struct Reference {
        var classCount: Int
        var weights: [UInt64: [Int: Int16]]

        var model: LinearModel {
            let features = weights.keys.sorted()
            var counts: [UInt32] = [], entries: [UInt32] = []
            for feature in features {
                let row = weights[feature, default: [:]].sorted { $0.key < $1.key }
                counts.append(UInt32(row.count))
                entries += row.map { UInt32($0.key) << 16 | UInt32(UInt16(bitPattern: $0.value)) }
            }
            return LinearModel(classCount: classCount, features: features, counts: counts, entries: entries)
        }

        func score(_ features: [UInt64]) -> [Int32] {
            var scores = [Int32](repeating: 0, count: classCount)
            for feature in features {
                for (klass, weight) in weights[feature, default: [:]] { scores[klass] &+= Int32(weight) }
            }
            return scores
        }
    }

    /// Rows of every storage kind: one or two weights inline, a few spilled,
    /// dense ones (at least `denseMinimum`), with weights up to the 16-bit
    /// extremes so that the 16-bit partial sums of dense rows must be widened.
    static func reference(using rng: inout Xoshiro) -> Reference {
        let classCount = Int.random(in: 2...255, using: &rng)
        var weights: [UInt64: [Int: Int16]] = [:]
        for _ in 0..<Int.random(in: 0...400, using: &rng) {
            let feature = UInt64.random(in: 1...UInt64.max, using: &rng)
            let count: Int
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: count = Int.random(in: 1...2, using: &rng)
            case 1: count = Int.random(in: 3..<LinearModel.denseMinimum, using: &rng)
            default: count = Int.random(in: LinearModel.denseMinimum...classCount + LinearModel.denseMinimum, using: &rng)
            }
            var row: [Int: Int16] = [:]
            for _ in 0..<count {
                let large = Bool.random(using: &rng)
                var weight = large ? Int16.random(in: Int16.min...Int16.max, using: &rng) : Int16.random(in: -300...300, using: &rng)
                if weight == 0 { weight = 1 }
                row[Int.random(in: 0..<classCount, using: &rng)] = weight
            }
            weights[feature] = row
        }
        return Reference(classCount: classCount, weights: weights)
    }

    /// Scores equal the plain sum of every present feature's weights, for
    /// random models and feature lists mixing present, absent and repeated
    /// features, longer than any parser state's.
    @Test func scoresEqualThePlainSum() {
        var rng = Xoshiro(seed: (3, 141, 59, 26))
        for _ in 0..<200 {
            let reference = Self.reference(using: &rng)
            let model = reference.model
            #expect(model.scoreCount % 8 == 0 && model.scoreCount >= reference.classCount)
            let known = Array(reference.weights.keys)
            for _ in 0..<5 {
                let features = (0..<Int.random(in: 0...120, using: &rng)).map { _ in
                    known.isEmpty || Bool.random(using: &rng)
                        ? UInt64.random(in: 1...UInt64.max, using: &rng) : known[Int.random(in: 0..<known.count, using: &rng)]
                }
                var scores = [Int32](repeating: 0, count: model.scoreCount)
                features.withUnsafeBufferPointer { features in
                    scores.withUnsafeMutableBufferPointer { model.score(features, into: $0) }
                }
                #expect(Array(scores.prefix(reference.classCount)) == reference.score(features))
                #expect(scores.dropFirst(reference.classCount).allSatisfy { $0 == 0 })
            }
        }
    }

    /// What the model file stores comes back as it went in, whatever kind of slot keeps it.
    @Test func rowsComeBackAsStored() {
        var rng = Xoshiro(seed: (8, 6, 7, 5))
        for _ in 0..<50 {
            let reference = Self.reference(using: &rng)
            let rows = reference.model.sortedRows
            #expect(rows.map(\.key) == reference.weights.keys.sorted())
            for row in rows {
                let decoded = Dictionary(uniqueKeysWithValues: row.weights.map { (Int($0 >> 16), Int16(truncatingIfNeeded: $0)) })
                #expect(decoded == reference.weights[row.key])
            }
        }
    }

    /// Pruning keeps exactly the weights of magnitude at least the minimum, and the features left with any.
    @Test func pruningKeepsTheStrongWeights() {
        var rng = Xoshiro(seed: (1, 2, 3, 4))
        for _ in 0..<50 {
            let reference = Self.reference(using: &rng)
            let minimum = Int.random(in: 1...20_000, using: &rng)
            var strong = reference
            strong.weights = reference.weights.compactMapValues { row in
                let kept = row.filter { abs(Int($0.value)) >= minimum }
                return kept.isEmpty ? nil : kept
            }
            let pruned = reference.model.pruned(below: minimum)
            #expect(pruned.featureCount == strong.weights.count)
            #expect(pruned.sortedRows.map(\.key) == strong.weights.keys.sorted())
            let features = Array(reference.weights.keys)
            var scores = [Int32](repeating: 0, count: pruned.scoreCount)
            features.withUnsafeBufferPointer { features in
                scores.withUnsafeMutableBufferPointer { pruned.score(features, into: $0) }
            }
            #expect(Array(scores.prefix(reference.classCount)) == strong.score(features))
        }
    }
}
