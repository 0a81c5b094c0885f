import Foundation

/// A sentence with gold annotation, for training and evaluating the syntax layer.
public struct TrainingSentence: Sendable, Hashable {
    /// The word forms.
    public var forms: [String]
    /// The gold tags.
    public var tags: [UPOS]
    /// The gold heads, 1-based, 0 for the root.
    public var heads: [Int]
    /// The gold labels (`root` for the root).
    public var labels: [String]
    /// The gold treebank-specific tags (XPOS), `_` where there are none.
    public var xpos: [String]
    /// The gold lemmas, `_` where there are none (and for words the treebank marks `Typo=Yes`).
    public var lemmas: [String]

    /// A gold sentence; the arrays must have the same length.
    ///
    /// - Complexity: O(*n*) in the number of words.
    public init(
        forms: [String], tags: [UPOS], heads: [Int], labels: [String], xpos: [String]? = nil, lemmas: [String]? = nil
    ) {
        self.forms = forms
        self.tags = tags
        self.heads = heads
        self.labels = labels
        self.xpos = xpos ?? Array(repeating: "_", count: forms.count)
        self.lemmas = lemmas ?? Array(repeating: "_", count: forms.count)
    }

    /// Each word's tag as the tagger learns it: UPOS and XPOS.
    var jointTags: [String] { zip(tags, xpos).map { "\($0.rawValue) \($1)" } }

    /// The words of a CoNLL-U sentence, or nil when a word lacks a known UPOS,
    /// a head or a label (such sentences cannot train the parser).
    ///
    /// - Complexity: O(*n*) in the number of words.
    public init?(_ sentence: CoNLLUDocument.Sentence) {
        let words = sentence.words
        var forms: [String] = [], tags: [UPOS] = [], heads: [Int] = [], labels: [String] = [], xpos: [String] = []
        var lemmas: [String] = []
        for fields in words {
            guard let tag = UPOS(rawValue: fields[CoNLLUDocument.Field.upos]),
                  let head = Int(fields[CoNLLUDocument.Field.head]), fields[CoNLLUDocument.Field.deprel] != "_"
            else { return nil }
            forms.append(fields[CoNLLUDocument.Field.form])
            tags.append(tag)
            heads.append(head)
            labels.append(fields[CoNLLUDocument.Field.deprel])
            xpos.append(fields[CoNLLUDocument.Field.xpos].isEmpty ? "_" : fields[CoNLLUDocument.Field.xpos])
            // A misspelled word's lemma is the intended word's ("buys" for "busy" has lemma busy): no lemma of its form.
            let typo = fields[CoNLLUDocument.Field.feats].split(separator: "|").contains("Typo=Yes")
            lemmas.append(fields[CoNLLUDocument.Field.lemma].isEmpty || typo ? "_" : fields[CoNLLUDocument.Field.lemma])
        }
        guard !forms.isEmpty, heads.filter({ $0 == 0 }).count == 1 else { return nil }
        self.init(forms: forms, tags: tags, heads: heads, labels: labels, xpos: xpos, lemmas: lemmas)
    }
}

/// Trains the tagger and the parser from a treebank.
///
/// Training is deterministic: the same sentences, options and seed give the
/// same model, byte for byte (sentence order is shuffled by a seeded
/// SplitMix64 generator, and every table is written in sorted order).
public struct SyntaxTrainer: Sendable {
    /// How long and how to train.
    public struct Options: Sendable, Hashable {
        /// Passes over the data for the tagger.
        public var taggerEpochs = 8
        /// Passes over the data for the parser.
        public var parserEpochs = 12
        /// Folds for jackknifed tags: the parser trains on tags predicted by
        /// taggers that did not see the sentence, as it meets them in use
        /// (0 or 1: it trains on gold tags).
        public var jackknifeFolds = 4
        /// From this parser epoch on, the parser follows its own prediction
        /// (error exploration with the dynamic oracle) with ``explorationRate``.
        public var explorationStart = 1
        /// The probability of following a wrong prediction during exploration.
        public var explorationRate = 0.9
        /// Weights whose magnitude on the model's 16-bit scale (the largest
        /// weight is 32,000) is below this are dropped, and features left
        /// with none: the model's size and speed against its accuracy.
        public var minimumWeight = 450
        /// A form seen at least this often, with one tag in at least ``tagDictionaryPurity``
        /// of its occurrences, is tagged from the dictionary.
        public var tagDictionaryCount = 20
        /// See ``tagDictionaryCount``.
        public var tagDictionaryPurity = 0.99
        /// Forms seen at least this often get an ambiguity class.
        public var ambiguityCount = 3
        /// The seed of the shuffling and the exploration.
        public var seed: UInt64 = 1

        /// The default options, those of the shipped model.
        ///
        /// - Complexity: O(1).
        public init() {}
    }

    /// The options in use.
    public var options: Options

    /// A trainer with options.
    ///
    /// - Complexity: O(1).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Trains a model.
    ///
    /// - Parameters:
    ///   - sentences: The training sentences.
    ///   - log: Called with one line per finished epoch and stage.
    /// - Complexity: O(*e* · *n* · *f* · *C*) for *e* epochs over *n* words with
    ///   *f* features and *C* classes per decision (for the parser, also O(*k*)
    ///   per transition for the oracle's cost over a word's *k* dependents).
    /// - Parameter epochModel: When given, called after every parser epoch
    ///   with the model averaged so far (to watch accuracy on held-out data
    ///   while training; costs one averaging per epoch).
    public func train(
        _ sentences: [TrainingSentence], log: (String) -> Void = { _ in }, epochModel: ((Int, SyntaxModel) -> Void)? = nil
    ) -> SyntaxModel {
        let lexemes = sentences.map { $0.forms.map(Lexeme.init) }
        let tagNames = Array(Set(sentences.flatMap(\.jointTags))).sorted()
        precondition(tagNames.count <= 255, "at most 255 distinct UPOS–XPOS pairs")
        let tagIndex = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, UInt8($0)) })
        let goldTags = sentences.map { $0.jointTags.map { tagIndex[$0] ?? 0 } }
        let tagger = trainTagger(sentences, lexemes: lexemes, tags: tagNames, gold: goldTags, log: { log("tagger: \($0)") })
        var predicted: [[UInt8]]
        if options.jackknifeFolds > 1 {
            predicted = Array(repeating: [], count: sentences.count)
            for fold in 0..<options.jackknifeFolds {
                let trainOn = sentences.indices.filter { $0 % options.jackknifeFolds != fold }
                let foldTagger = trainTagger(
                    trainOn.map { sentences[$0] }, lexemes: trainOn.map { lexemes[$0] }, tags: tagNames,
                    gold: trainOn.map { goldTags[$0] }, log: { _ in })
                for index in sentences.indices where index % options.jackknifeFolds == fold {
                    predicted[index] = foldTagger.tag(lexemes[index])
                }
                log("jackknife: fold \(fold + 1) of \(options.jackknifeFolds) tagged")
            }
        } else {
            predicted = goldTags
        }
        let masks = lexemes.map(tagger.masks)
        let parser = trainParser(sentences, lexemes: lexemes, tags: predicted, masks: masks, log: { log("parser: \($0)") }) {
            epochModel?($0, SyntaxModel(tagger: tagger, parser: $1, lemmatizer: Lemmatizer(exceptions: [:])))
        }
        return SyntaxModel(tagger: tagger, parser: parser, lemmatizer: Lemmatizer(training: sentences))
    }

    func trainTagger(
        _ sentences: [TrainingSentence], lexemes: [[Lexeme]], tags tagNames: [String], gold goldTags: [[UInt8]],
        log: (String) -> Void
    ) -> Tagger {
        let tagCount = tagNames.count
        var formTags: [UInt64: [Int]] = [:]
        var lowerTags: [UInt64: [Int]] = [:]
        for (index, words) in lexemes.enumerated() {
            for (position, word) in words.enumerated() {
                formTags[word.form, default: Array(repeating: 0, count: tagCount)][Int(goldTags[index][position])] += 1
                lowerTags[word.lower, default: Array(repeating: 0, count: UPOS.allCases.count)][sentences[index].tags[position].index] += 1
            }
        }
        var dictionary: [UInt64: UInt8] = [:]
        for (form, counts) in formTags {
            let total = counts.reduce(0, +)
            guard total >= options.tagDictionaryCount, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { continue }
            if Double(counts[best]) >= options.tagDictionaryPurity * Double(total) { dictionary[form] = UInt8(best) }
        }
        var ambiguity: [UInt64: UInt32] = [:]
        for (lower, counts) in lowerTags where counts.reduce(0, +) >= options.ambiguityCount {
            var mask: UInt32 = 0
            for (tag, count) in counts.enumerated() where count > 0 { mask |= 1 << UInt32(tag) }
            ambiguity[lower] = mask
        }
        var trainer = PerceptronTrainer(classCount: tagCount)
        var random = SplitMix64(seed: options.seed)
        var order = Array(sentences.indices)
        var features = [UInt64](repeating: 0, count: Tagger.featureCount)
        var scores = [Float](repeating: 0, count: tagCount)
        for epoch in 0..<options.taggerEpochs {
            random.shuffle(&order)
            var correct = 0, total = 0
            for index in order {
                let words = lexemes[index]
                let gold = goldTags[index]
                let masks = words.map { UInt64(ambiguity[$0.lower] ?? 0) }
                var tags = [UInt8](repeating: 0, count: words.count)
                for position in words.indices {
                    total += 1
                    if let known = dictionary[words[position].form] {
                        tags[position] = known
                        if known == gold[position] { correct += 1 }
                        continue
                    }
                    let previous = position > 0 ? UInt64(tags[position - 1]) : Tagger.start
                    let beforePrevious = position > 1 ? UInt64(tags[position - 2]) : Tagger.start
                    features.withUnsafeMutableBufferPointer {
                        Tagger.features(words, masks, position, previous, beforePrevious, into: $0)
                    }
                    features.withUnsafeBufferPointer { trainer.score($0, into: &scores) }
                    var guess = 0
                    for klass in 1..<tagCount where scores[klass] > scores[guess] { guess = klass }
                    trainer.tick()
                    features.withUnsafeBufferPointer { trainer.update($0, truth: Int(gold[position]), guess: guess) }
                    tags[position] = UInt8(guess)
                    if guess == Int(gold[position]) { correct += 1 }
                }
            }
            log("epoch \(epoch + 1): \(String(format: "%.2f", 100 * Double(correct) / Double(max(total, 1)))) % of training tags right")
        }
        return Tagger(model: trainer.model(minimumWeight: options.minimumWeight), tags: tagNames, tagDictionary: dictionary, ambiguity: ambiguity)
    }

    func trainParser(
        _ sentences: [TrainingSentence], lexemes: [[Lexeme]], tags: [[UInt8]], masks: [[UInt64]], log: (String) -> Void,
        epochDone: ((Int, DependencyParser) -> Void)? = nil
    ) -> DependencyParser {
        let labels = Array(Set(sentences.flatMap(\.labels)).union(["root"])).sorted()
        precondition(labels.count <= 64, "at most 64 dependency labels")
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, UInt8($0)) })
        let labelCount = labels.count
        let rootLabel = labelIndex["root"]!
        let classCount = 1 + 2 * labelCount
        var trainer = PerceptronTrainer(classCount: classCount)
        var random = SplitMix64(seed: options.seed &+ 0x5EED)
        var order = Array(sentences.indices)
        var features = [UInt64](repeating: 0, count: DependencyParser.featureCount)
        var scores = [Float](repeating: 0, count: classCount)
        // Gold heads with the root as `n`, and each word's gold dependents.
        let goldHeads: [[Int32]] = sentences.map { sentence in
            sentence.heads.map { $0 == 0 ? Int32(sentence.heads.count) : Int32($0 - 1) }
        }
        let goldLabels: [[UInt8]] = sentences.map { $0.labels.map { labelIndex[$0] ?? rootLabel } }
        let goldDependents: [[[Int32]]] = goldHeads.map { heads in
            var dependents = Array(repeating: [Int32](), count: heads.count + 1)
            for (word, head) in heads.enumerated() { dependents[Int(head)].append(Int32(word)) }
            return dependents
        }
        for epoch in 0..<options.parserEpochs {
            random.shuffle(&order)
            var correct = 0, total = 0
            let explore = epoch >= options.explorationStart
            for index in order {
                let words = lexemes[index]
                let gold = goldHeads[index], goldLabel = goldLabels[index]
                var state = ArcHybridState(count: words.count)
                while !state.isTerminal {
                    features.withUnsafeMutableBufferPointer { DependencyParser.features(state, words, tags[index], masks[index], into: $0) }
                    features.withUnsafeBufferPointer { trainer.score($0, into: &scores) }
                    let (move, label) = DependencyParser.best(scores, state: state, labelCount: labelCount, rootLabel: rootLabel)
                    let guess = Self.klass(move, label, labelCount)
                    // The cheapest moves by the dynamic oracle, labels included; the best-scoring of them is the truth.
                    let costs = state.costs(gold: gold, dependents: goldDependents[index])
                    var bestCost = Int.max
                    var truth = -1
                    func consider(_ klass: Int, _ cost: Int) {
                        if cost < bestCost || (cost == bestCost && scores[klass] > scores[truth]) {
                            bestCost = cost
                            truth = klass
                        }
                    }
                    if let cost = costs.shift { consider(0, cost) }
                    let s0 = state.stack.last.map(Int.init) ?? -1
                    if let cost = costs.left {
                        let headIsFront = s0 >= 0 && Int(gold[s0]) == state.front
                        for label in 0..<labelCount {
                            guard state.leftGoesToRoot == (label == Int(rootLabel)) else { continue }
                            consider(1 + label, cost + (headIsFront && goldLabel[s0] != UInt8(label) ? 1 : 0))
                        }
                    }
                    if let cost = costs.right {
                        let s1 = state.stack.count >= 2 ? Int(state.stack[state.stack.count - 2]) : -1
                        let headIsBelow = s0 >= 0 && Int(gold[s0]) == s1
                        for label in 0..<labelCount where label != Int(rootLabel) {
                            consider(1 + labelCount + label, cost + (headIsBelow && goldLabel[s0] != UInt8(label) ? 1 : 0))
                        }
                    }
                    trainer.tick()
                    total += 1
                    let guessCost = Self.cost(of: guess, costs: costs, state: state, gold: gold, goldLabel: goldLabel, labelCount: labelCount)
                    if guessCost == bestCost {
                        correct += 1
                        apply(guess, to: &state, labelCount: labelCount)
                        continue
                    }
                    features.withUnsafeBufferPointer { trainer.update($0, truth: truth, guess: guess) }
                    let follow = explore && random.nextDouble() < options.explorationRate ? guess : truth
                    apply(follow, to: &state, labelCount: labelCount)
                }
            }
            log("epoch \(epoch + 1): \(String(format: "%.2f", 100 * Double(correct) / Double(max(total, 1)))) % of moves optimal\(explore ? " (exploring)" : "")")
            if let epochDone { epochDone(epoch + 1, DependencyParser(model: trainer.model(minimumWeight: options.minimumWeight), labels: labels)) }
        }
        return DependencyParser(model: trainer.model(minimumWeight: options.minimumWeight), labels: labels)
    }

    static func klass(_ move: ArcHybridState.Move, _ label: UInt8, _ labelCount: Int) -> Int {
        switch move {
        case .shift: 0
        case .left: 1 + Int(label)
        case .right: 1 + labelCount + Int(label)
        }
    }

    private func apply(_ klass: Int, to state: inout ArcHybridState, labelCount: Int) {
        if klass == 0 {
            state.apply(.shift, label: 0)
        } else if klass <= labelCount {
            state.apply(.left, label: UInt8(klass - 1))
        } else {
            state.apply(.right, label: UInt8(klass - 1 - labelCount))
        }
    }

    private static func cost(
        of klass: Int, costs: (shift: Int?, left: Int?, right: Int?), state: ArcHybridState, gold: [Int32],
        goldLabel: [UInt8], labelCount: Int
    ) -> Int {
        if klass == 0 { return costs.shift ?? Int.max }
        let s0 = state.stack.last.map(Int.init) ?? -1
        if klass <= labelCount {
            let wrongLabel = s0 >= 0 && Int(gold[s0]) == state.front && goldLabel[s0] != UInt8(klass - 1)
            return (costs.left ?? Int.max - 1) + (wrongLabel ? 1 : 0)
        }
        let s1 = state.stack.count >= 2 ? Int(state.stack[state.stack.count - 2]) : -1
        let wrongLabel = s0 >= 0 && Int(gold[s0]) == s1 && goldLabel[s0] != UInt8(klass - 1 - labelCount)
        return (costs.right ?? Int.max - 1) + (wrongLabel ? 1 : 0)
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator, so that
/// training is reproducible on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Fisher–Yates with this generator (the standard library's shuffle may change between releases).
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            array.swapAt(index, other)
        }
    }
}
