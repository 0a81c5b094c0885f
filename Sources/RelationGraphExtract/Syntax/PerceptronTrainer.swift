/// Training of a multiclass averaged perceptron (Collins 2002) over hashed
/// features, with dense per-feature rows of class weights.
///
/// Averaging uses the lazy form of Daumé III (2006, "A Course in Machine
/// Learning", §4.6): besides the weights `w` it keeps `u`, the sum of each
/// update times the instance count at which it was made; the average is then
/// `w − u / c`, with no per-instance pass over the weights.
///
/// - Complexity: O(*f* · *C*) per scored instance for *f* features and *C*
///   classes; memory O(*F* · *C*) for the *F* features ever updated.
struct PerceptronTrainer {
    let classCount: Int
    private var rowOf: [UInt64: Int32] = [:]
    private var features: [UInt64] = []
    private var weights: [Float] = []
    private var updates: [Double] = []
    /// The instances seen so far (the `c` of the averaging).
    private(set) var instances = 1

    init(classCount: Int) {
        self.classCount = classCount
    }

    /// Counts one training instance; call once per classified instance.
    mutating func tick() { instances += 1 }

    /// The current (not averaged) scores of every class for `features`.
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        for index in scores.indices { scores[index] = 0 }
        weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { scores in
                for feature in features {
                    guard let row = rowOf[feature] else { continue }
                    let base = Int(row) * classCount
                    for klass in 0..<classCount { scores[klass] += weights[base + klass] }
                }
            }
        }
    }

    /// Moves weight from the guessed class to the true one for every feature.
    mutating func update(_ features: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        let time = Double(instances)
        for feature in features {
            let base = row(for: feature) * classCount
            weights[base + truth] += 1
            updates[base + truth] += time
            weights[base + guess] -= 1
            updates[base + guess] -= time
        }
    }

    private mutating func row(for feature: UInt64) -> Int {
        if let row = rowOf[feature] { return Int(row) }
        let row = features.count
        rowOf[feature] = Int32(row)
        features.append(feature)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        updates.append(contentsOf: repeatElement(0, count: classCount))
        return row
    }

    /// The averaged weights as a compact model: scaled to 16-bit integers
    /// (the largest magnitude to `maxWeight`), weights that round to zero
    /// dropped, features left with no weight dropped. Rows are in the order
    /// the features were first updated, so the same training gives the same model.
    ///
    /// - Parameter minimumWeight: Weights whose magnitude on the 16-bit
    ///   scale (the largest is 32,000) is below this are dropped.
    func model(minimumWeight: Int = 1) -> LinearModel {
        let count = Double(instances)
        func averaged(_ index: Int) -> Double { Double(weights[index]) - updates[index] / count }
        var largest = 0.0
        for index in weights.indices { largest = max(largest, abs(averaged(index))) }
        let scale = largest > 0 ? 32000 / largest : 0
        let threshold = Double(minimumWeight) / 32000 * largest
        var kept: [(feature: UInt64, weights: [UInt32])] = []
        for (row, feature) in features.enumerated() {
            var weights: [UInt32] = []
            for klass in 0..<classCount {
                let value = averaged(row * classCount + klass)
                guard abs(value) >= threshold else { continue }
                let quantised = Int16((value * scale).rounded())
                if quantised != 0 { weights.append(UInt32(klass) << 16 | UInt32(UInt16(bitPattern: quantised))) }
            }
            if !weights.isEmpty { kept.append((feature, weights)) }
        }
        kept.sort { $0.feature < $1.feature }
        return LinearModel(
            classCount: classCount, features: kept.map(\.feature), counts: kept.map { UInt32($0.weights.count) },
            entries: kept.flatMap(\.weights))
    }
}
