/// Tags and parses text: UD tokenisation and sentence splitting, then the
/// part-of-speech tagger (with the caller's names, nouns and prepositions,
/// when it knows them), a rule stage that corrects systematic tagging errors on news text
/// (finite verbs read as a participle or a plural noun, a participial
/// clause's gerund read as a noun, the second part of a hyphenated modifier
/// read as a verb),
/// the dependency parser of a ``SyntaxModel`` (which parses a closing
/// attribution, "…, Blinken said.", apart from the clause it attributes and
/// hangs it on that clause as `parataxis`), and rule stages after it
/// (a finite verb hung under a nominal root becomes the root; a second
/// subject or object opened by its own conjunction becomes a conjunct; a
/// gerund after a preposition, read as its noun's adjective, takes the noun
/// as object).
///
/// The pipeline is spaCy's and UDPipe's in miniature: small stages with one
/// data type between them (words with tags, heads and labels).
///
/// ```swift
/// let analyzer = try SyntaxAnalyzer()
/// for sentence in analyzer.analyze("Iran supplies Russia with drones.") {
///     for word in sentence.words { print(word.form, word.upos, word.head, word.label) }
/// }
/// ```
public struct SyntaxAnalyzer: Sendable {
    /// The model in use.
    public let model: SyntaxModel
    /// The rule stages between the tagger and the parser.
    private let repair: FiniteVerbRepair?
    private let auxiliaryRepair: AuxiliaryRepair?
    private let rootRepair: RootVerbRepair?
    private let argumentRepair: DoubleArgumentRepair?
    private let numberRepair: NumberRepair?
    private let nameCompoundRepair: NameCompoundRepair?
    private let compoundModifierRepair: CompoundModifierRepair?
    private let adjectiveListRepair: AdjectiveListRepair?
    private let coordinatedModifierRepair: CoordinatedModifierRepair?
    private let objectParticipleRepair: ObjectParticipleRepair?
    private let perfectRepair: PerfectRepair?
    private let relativeLabelRepair: RelativeLabelRepair?
    private let gerundRepair: GerundRepair?
    private let conjunctRepair: ConjunctRepair?
    private let subordinatorRepair: SubordinatorRepair?
    private let hyphenRepair: HyphenRepair?
    private let capitalisedModifierRepair: CapitalisedModifierRepair?
    private let demonstrativeRepair: DemonstrativeRepair?
    private let attributionTail: AttributionTail?
    private let relativeAside: RelativeAside?
    private let nameTagging: NameTagging?
    private let knownNouns: KnownNounTagging?
    private let knownPrepositions: KnownPrepositionTagging?
    /// The tag `ADJ JJ`, for the caller's adjectives.
    private let adjective: UInt8?

    /// An analyzer with the package's model.
    ///
    /// - Throws: ``SyntaxModelError`` when the model resource is missing or damaged.
    /// - Complexity: O(*m*) in the model's size the first time in a process, O(1) after.
    public init() throws(SyntaxModelError) {
        self.init(model: try SyntaxModel.standard())
    }

    /// An analyzer with a model of your own.
    ///
    /// - Complexity: O(1).
    public init(model: SyntaxModel) {
        self.model = model
        repair = FiniteVerbRepair(tags: model.tagger.tags)
        auxiliaryRepair = AuxiliaryRepair(tags: model.tagger.tags)
        rootRepair = RootVerbRepair(tags: model.tagger.tags, labels: model.parser.labels)
        argumentRepair = DoubleArgumentRepair(labels: model.parser.labels, tags: model.tagger.tags)
        numberRepair = NumberRepair(tags: model.tagger.tags, labels: model.parser.labels)
        nameCompoundRepair = NameCompoundRepair(tags: model.tagger.tags, labels: model.parser.labels)
        compoundModifierRepair = CompoundModifierRepair(tags: model.tagger.tags, labels: model.parser.labels)
        adjectiveListRepair = AdjectiveListRepair(tags: model.tagger.tags, labels: model.parser.labels)
        coordinatedModifierRepair = CoordinatedModifierRepair(tags: model.tagger.tags, labels: model.parser.labels)
        objectParticipleRepair = ObjectParticipleRepair(tags: model.tagger.tags, labels: model.parser.labels)
        perfectRepair = PerfectRepair(tags: model.tagger.tags, labels: model.parser.labels)
        relativeLabelRepair = RelativeLabelRepair(tags: model.tagger.tags, labels: model.parser.labels)
        gerundRepair = GerundRepair(tags: model.tagger.tags, labels: model.parser.labels)
        conjunctRepair = ConjunctRepair(labels: model.parser.labels, tags: model.tagger.tags)
        subordinatorRepair = SubordinatorRepair(tags: model.tagger.tags, labels: model.parser.labels)
        hyphenRepair = HyphenRepair(tags: model.tagger.tags)
        capitalisedModifierRepair = CapitalisedModifierRepair(tags: model.tagger.tags)
        demonstrativeRepair = DemonstrativeRepair(tags: model.tagger.tags)
        attributionTail = AttributionTail(tags: model.tagger.tags, labels: model.parser.labels)
        relativeAside = RelativeAside(tags: model.tagger.tags, labels: model.parser.labels)
        nameTagging = NameTagging(tags: model.tagger.tags)
        knownNouns = KnownNounTagging(tags: model.tagger.tags)
        knownPrepositions = KnownPrepositionTagging(tags: model.tagger.tags)
        adjective = model.tagger.tags.firstIndex(of: "ADJ JJ").map(UInt8.init)
    }

    /// The sentences of a text, tagged and parsed.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public func analyze(_ text: String) -> [SyntaxSentence] {
        var text = text
        return text.withUTF8 { analyze(utf8: $0) }
    }

    /// The sentences of UTF-8 text from byte `start` on, tagged and parsed;
    /// invalid UTF-8 is read as U+FFFD and never traps.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public func analyze(utf8 bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> [SyntaxSentence] {
        let words = WordTokenizer.words(bytes, from: start)
        return WordTokenizer.sentences(words).map { analyze(Array(words[$0])) }
    }

    /// One sentence of already tokenised words, tagged and parsed.
    ///
    /// - Parameters:
    ///   - words: The sentence's words, in order.
    ///   - names: Words known to name a party (from a gazetteer): a
    ///     capitalised one the tagger reads as neither noun nor adjective is
    ///     tagged as a proper noun, or an adjective for a demonym; a one-word
    ///     name that is not a demonym is never an adjective.
    ///   - nouns: Positions of words a lexicon knows as nouns ("drones",
    ///     "mercenaries"): one tagged as a verb is tagged as a noun, unless
    ///     the treebank saw its form as a verb.
    ///   - prepositions: Positions of words a lexicon knows as prepositions
    ///     ("alongside"): one the treebank never or rarely saw, or one
    ///     before a noun phrase, is tagged as a preposition.
    ///   - adjectives: Positions of words the caller knows to be adjectives
    ///     where they stand ("neighbouring" before a name, which the tagger
    ///     reads as a gerund taking the name as object): tagged `ADJ JJ`.
    /// - Complexity: O(*n*) in the number of words.
    public func analyze(
        _ words: [TextWord], names: [KnownName] = [], nouns: Set<Int> = [], prepositions: Set<Int> = [], adjectives: Set<Int> = []
    ) -> SyntaxSentence {
        let lexemes = words.map { Lexeme($0.form) }
        let marks = names.isEmpty ? nil : nameTagging?.marks(forms: words.map(\.form), names: names)
        let masks = model.tagger.masks(lexemes)
        let demonyms = Set(names.filter(\.isDemonym).flatMap(\.words))
        let (tags, heads, labels) = analyze(lexemes: lexemes, masks: masks, spaceAfter: words.map(\.spaceAfter), demonyms: demonyms) { index, tag in
            var tag = tag
            if let marks, let nameTagging { tag = nameTagging.adjusted(tag, at: index, marks: marks) }
            if let knownNouns, nouns.contains(index) { tag = knownNouns.adjusted(tag, mask: masks[index]) }
            if let knownPrepositions, prepositions.contains(index) {
                tag = knownPrepositions.adjusted(tag, mask: masks[index], next: index + 1 < lexemes.count ? (lexemes[index + 1], masks[index + 1]) : nil)
            }
            if let adjective, adjectives.contains(index) { tag = adjective }
            return tag
        } pinned: { tags in
            // The tag repairs after the tagger do not undo what the caller knows.
            if let adjective { for index in adjectives where index < tags.count { tags[index] = adjective } }
        }
        return SyntaxSentence(words: words.indices.map { index in
            SyntaxWord(
                form: words[index].form, byteRange: words[index].byteRange, upos: upos(tags[index]),
                xpos: model.tagger.xpos[Int(tags[index])], head: heads[index], label: model.parser.labels[Int(labels[index])], spaceAfter: words[index].spaceAfter)
        })
    }

    /// Predicted tags, heads (1-based, 0 for the root) and labels of gold-tokenised words.
    ///
    /// - Complexity: O(*n*) in the number of words.
    public func predict(forms: [String]) -> (tags: [UPOS], heads: [Int], labels: [String]) {
        let (tags, heads, labels) = analyze(lexemes: forms.map(Lexeme.init))
        return (tags.map(upos), heads, labels.map { model.parser.labels[Int($0)] })
    }

    private func upos(_ tag: UInt8) -> UPOS { UPOS.allCases[Int(model.tagger.upos[Int(tag)])] }

    /// The parse of some of the words as a sentence of their own: heads 1-based among `indices` (0 for the root).
    private func parse(_ indices: [Int], lexemes: [Lexeme], tags: [UInt8], masks: [UInt64]) -> (heads: [Int], labels: [UInt8]) {
        let parse = model.parser.parse(indices.map { lexemes[$0] }, tags: indices.map { tags[$0] }, masks: indices.map { masks[$0] })
        let count = Int32(indices.count)
        return (parse.heads.map { $0 == count ? 0 : Int($0) + 1 }, parse.labels)
    }

    /// The parse of some of the words as a sentence of their own, with a relative aside after a noun parsed
    /// apart (``RelativeAside``): heads 1-based among `indices` (0 for the root).
    private func parseClause(_ indices: [Int], lexemes: [Lexeme], tags: [UInt8], masks: [UInt64]) -> (heads: [Int], labels: [UInt8]) {
        guard let relativeAside, let (open, close) = relativeAside.commas(in: indices.map { tags[$0] }, lexemes: indices.map { lexemes[$0] }) else {
            return parse(indices, lexemes: lexemes, tags: tags, masks: masks)
        }
        return relativeAside.joined(
            main: parse(Array(indices[..<open] + indices[(close + 1)...]), lexemes: lexemes, tags: tags, masks: masks),
            aside: parse(Array(indices[(open - 1)..<close]), lexemes: lexemes, tags: tags, masks: masks), open: open, close: close,
            participial: relativeAside.opensWithParticiple(tags[indices[open + 1]]))
    }

    private func analyze(
        lexemes: [Lexeme], masks: [UInt64]? = nil, spaceAfter: [Bool]? = nil, demonyms: Set<Int> = [], adjust: (Int, UInt8) -> UInt8 = { $1 },
        pinned: (inout [UInt8]) -> Void = { _ in }
    ) -> (tags: [UInt8], heads: [Int], labels: [UInt8]) {
        guard !lexemes.isEmpty else { return ([], [], []) }
        let masks = masks ?? model.tagger.masks(lexemes)
        var tags = model.tagger.tag(lexemes, masks: masks, adjust: adjust)
        repair?.apply(&tags, lexemes: lexemes, masks: masks)
        auxiliaryRepair?.apply(&tags, lexemes: lexemes)
        if let spaceAfter { hyphenRepair?.apply(&tags, lexemes: lexemes, spaceAfter: spaceAfter) }
        capitalisedModifierRepair?.apply(&tags, lexemes: lexemes)
        demonstrativeRepair?.apply(&tags, lexemes: lexemes)
        pinned(&tags)
        var heads: [Int], labels: [UInt8]
        if let attributionTail, let comma = attributionTail.comma(in: tags) {
            // "…, Blinken said.": the clause with its final punctuation, and the tail, each parsed alone.
            let last = lexemes.count - 1
            // The clause is a sentence of its own to the tag repairs too: the tail's "said" is not its verb ("The
            // Sudanese Armed Forces responded with air strikes …, a military spokesman said").
            if let repair {
                let clause = Array(0..<comma) + [last]
                var clauseTags = clause.map { tags[$0] }
                repair.apply(&clauseTags, lexemes: clause.map { lexemes[$0] }, masks: clause.map { masks[$0] })
                for (position, index) in clause.enumerated() { tags[index] = clauseTags[position] }
                pinned(&tags)
            }
            (heads, labels) = attributionTail.joined(
                clause: parseClause(Array(0..<comma) + [last], lexemes: lexemes, tags: tags, masks: masks),
                tail: parse(Array((comma + 1)..<last), lexemes: lexemes, tags: tags, masks: masks), comma: comma)
        } else {
            (heads, labels) = parseClause(Array(lexemes.indices), lexemes: lexemes, tags: tags, masks: masks)
        }
        perfectRepair?.apply(&heads, &labels, tags: tags, lexemes: lexemes)
        relativeLabelRepair?.apply(&heads, &labels, tags: tags)
        rootRepair?.apply(&heads, &labels, tags: tags)
        argumentRepair?.apply(&heads, &labels, tags: tags)
        numberRepair?.apply(&heads, &labels, tags: tags)
        nameCompoundRepair?.apply(&heads, &labels, tags: tags)
        compoundModifierRepair?.apply(&heads, &labels, tags: tags, lexemes: lexemes, demonyms: demonyms)
        adjectiveListRepair?.apply(&heads, &labels, tags: tags)
        coordinatedModifierRepair?.apply(&heads, &labels, tags: tags)
        objectParticipleRepair?.apply(&heads, &labels, tags: tags, lexemes: lexemes)
        gerundRepair?.apply(&heads, &labels, tags: tags)
        conjunctRepair?.apply(&heads, &labels, tags: tags)
        subordinatorRepair?.apply(&heads, &labels, tags: tags, lexemes: lexemes)
        return (tags, heads, labels)
    }
}
