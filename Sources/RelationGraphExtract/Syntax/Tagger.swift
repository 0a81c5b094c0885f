/// A greedy left-to-right part-of-speech tagger: an averaged perceptron
/// (Collins 2002) over features of the word, its affixes and shape, the
/// neighbouring words, the two previous tags and the tags each nearby word
/// was seen with in training (its ambiguity class); frequent words that took
/// one tag in training get it from a tag dictionary without scoring.
///
/// - Complexity: O(*n* · *f*) time for *n* words and *f* features per word,
///   O(*n*) extra space.
struct Tagger: Sendable {
    /// The classifier over tags: each tag is a UPOS and a treebank-specific
    /// XPOS together (`PROPN NNP`), so the parser also sees the finer tag.
    let model: LinearModel
    /// The tags, `UPOS` and `XPOS` separated by a space, by index.
    let tags: [String]
    /// Each tag's UPOS, as an index of `UPOS.allCases`.
    let upos: [UInt8]
    /// Each tag's XPOS (`_` for a tag without one).
    let xpos: [String]
    /// Frequent, unambiguous word forms (case kept) and their tag.
    let tagDictionary: [UInt64: UInt8]
    /// Lower-cased forms seen in training and the UPOS they took, as a bit mask.
    let ambiguity: [UInt64: UInt32]

    init(model: LinearModel, tags: [String], tagDictionary: [UInt64: UInt8], ambiguity: [UInt64: UInt32]) {
        self.model = model
        self.tags = tags
        upos = tags.map { UInt8(UPOS(rawValue: String($0.prefix { $0 != " " }))?.index ?? UPOS.x.index) }
        xpos = tags.map { tag in tag.firstIndex(of: " ").map { String(tag[tag.index(after: $0)...]) } ?? "_" }
        self.tagDictionary = tagDictionary
        self.ambiguity = ambiguity
    }

    var tagCount: Int { tags.count }
    /// The tag value used before the sentence starts.
    static let start: UInt64 = 0xFFFF_0001
    static let featureCount = 34

    /// The tag of each word, as indexes of `UPOS.allCases`.
    func tag(_ lexemes: [Lexeme]) -> [UInt8] {
        tag(lexemes, masks: masks(lexemes))
    }

    /// Each word's ambiguity class: the UPOS tags its lower-cased form took in training (0 if rare or unseen).
    func masks(_ lexemes: [Lexeme]) -> [UInt64] {
        lexemes.map { UInt64(ambiguity[$0.lower] ?? 0) }
    }

    /// The tag of each word, given the words' ambiguity classes; `adjust`
    /// may replace each predicted tag before the next word is tagged (and
    /// sees it as the previous tag).
    func tag(_ lexemes: [Lexeme], masks: [UInt64], adjust: (Int, UInt8) -> UInt8 = { $1 }) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: lexemes.count)
        var features = [UInt64](repeating: 0, count: Self.featureCount)
        var scores = [Int32](repeating: 0, count: model.scoreCount)
        for index in lexemes.indices {
            if let known = tagDictionary[lexemes[index].form] {
                tags[index] = adjust(index, known)
                continue
            }
            let previous = index > 0 ? UInt64(tags[index - 1]) : Self.start
            let beforePrevious = index > 1 ? UInt64(tags[index - 2]) : Self.start
            features.withUnsafeMutableBufferPointer {
                Self.features(lexemes, masks, index, previous, beforePrevious, into: $0)
            }
            for klass in scores.indices { scores[klass] = 0 }
            scores.withUnsafeMutableBufferPointer { scores in
                features.withUnsafeBufferPointer { model.score($0, into: scores) }
            }
            var best = 0
            for klass in 1..<tagCount where scores[klass] > scores[best] { best = klass }
            tags[index] = adjust(index, UInt8(best))
        }
        return tags
    }

    /// The features of word `index`, given the previous two tags.
    @inline(__always)
    static func features(
        _ words: [Lexeme], _ masks: [UInt64], _ index: Int, _ previous: UInt64, _ beforePrevious: UInt64,
        into out: UnsafeMutableBufferPointer<UInt64>
    ) {
        let none = Lexeme.boundary
        let word = words[index]
        let before = index > 0 ? words[index - 1] : none
        let before2 = index > 1 ? words[index - 2] : none
        let after = index + 1 < words.count ? words[index + 1] : none
        let after2 = index + 2 < words.count ? words[index + 2] : none
        let mask = masks[index]
        let maskBefore = index > 0 ? masks[index - 1] : 1 << 40
        let maskAfter = index + 1 < words.count ? masks[index + 1] : 1 << 41
        let maskAfter2 = index + 2 < words.count ? masks[index + 2] : 1 << 41
        @inline(__always) func f(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
            FeatureHash.make(t, a, b, c)
        }
        out[0] = f(0, 0)
        out[1] = f(1, word.lower)
        out[2] = f(2, word.suffix1)
        out[3] = f(3, word.suffix2)
        out[4] = f(4, word.suffix3)
        out[5] = f(5, word.suffix4)
        out[6] = f(6, word.prefix1)
        out[7] = f(7, word.prefix2)
        out[8] = f(8, word.prefix3)
        out[9] = f(9, word.shape)
        out[10] = f(10, word.flags, index == 0 ? 1 : 0)
        out[11] = f(11, previous)
        out[12] = f(12, previous, beforePrevious)
        out[13] = f(13, previous, word.lower)
        out[14] = f(14, before.lower)
        out[15] = f(15, before.suffix3)
        out[16] = f(16, before2.lower)
        out[17] = f(17, after.lower)
        out[18] = f(18, after.suffix3)
        out[19] = f(19, after2.lower)
        out[20] = f(20, mask)
        out[21] = f(21, maskAfter)
        out[22] = f(22, maskBefore)
        out[23] = f(23, maskAfter2)
        out[24] = f(24, mask, previous)
        out[25] = f(25, mask, maskAfter)
        out[26] = f(26, word.form)
        out[27] = f(27, before.lower, word.lower)
        out[28] = f(28, word.lower, after.lower)
        out[29] = f(29, after.shape)
        out[30] = f(30, before.shape)
        out[31] = f(31, after.suffix2)
        out[32] = f(32, previous, maskAfter)
        out[33] = f(33, word.suffix3, previous)
    }
}

extension Lexeme {
    /// The lexeme that stands for positions before and after the sentence.
    static let boundary: Lexeme = {
        var lexeme = Lexeme("")
        lexeme.lower = 0xB0B0_0000_0001
        lexeme.form = 0xB0B0_0000_0002
        lexeme.shape = 0xB0B0_0000_0003
        return lexeme
    }()
}
