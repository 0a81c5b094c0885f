/// Tagging and parsing accuracy against gold annotation, as the CoNLL 2018
/// shared task defines it for gold tokenisation: every word counts,
/// punctuation too; LAS compares the universal part of the labels
/// (`nsubj` for `nsubj:pass`).
public struct SyntaxEvaluation: Sendable, Hashable {
    /// Words compared.
    public private(set) var words = 0
    /// Words with the gold UPOS.
    public private(set) var correctTags = 0
    /// Words with the gold head.
    public private(set) var correctHeads = 0
    /// Words with the gold head and universal label.
    public private(set) var correctArcs = 0

    /// An empty evaluation.
    ///
    /// - Complexity: O(1).
    public init() {}

    /// UPOS accuracy, in percent.
    public var uposAccuracy: Double { percent(correctTags) }
    /// Unlabelled attachment score, in percent.
    public var uas: Double { percent(correctHeads) }
    /// Labelled attachment score, in percent.
    public var las: Double { percent(correctArcs) }

    private func percent(_ count: Int) -> Double { words == 0 ? 0 : 100 * Double(count) / Double(words) }

    /// Adds one sentence's predictions against its gold annotation.
    ///
    /// - Complexity: O(*n*) in the number of words.
    public mutating func add(gold: TrainingSentence, tags: [UPOS], heads: [Int], labels: [String]) {
        for index in gold.forms.indices where index < tags.count {
            words += 1
            if tags[index] == gold.tags[index] { correctTags += 1 }
            if heads[index] == gold.heads[index] {
                correctHeads += 1
                if labels[index].prefix(while: { $0 != ":" }) == gold.labels[index].prefix(while: { $0 != ":" }) {
                    correctArcs += 1
                }
            }
        }
    }

    /// Tags and parses every gold sentence with `analyzer` and scores it.
    ///
    /// - Complexity: O(*n*) in the number of words.
    public static func evaluate(_ analyzer: SyntaxAnalyzer, on sentences: [TrainingSentence]) -> SyntaxEvaluation {
        var evaluation = SyntaxEvaluation()
        for sentence in sentences {
            let predicted = analyzer.predict(forms: sentence.forms)
            evaluation.add(gold: sentence, tags: predicted.tags, heads: predicted.heads, labels: predicted.labels)
        }
        return evaluation
    }
}
