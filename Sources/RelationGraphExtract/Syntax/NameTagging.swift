/// A rule stage after the tagger for words the caller already knows to be
/// names: a capitalised word of a known party's name ("Italy", "North
/// Korea") or demonym ("Russian") that the tagger gave a closed-class or
/// verb tag is retagged `PROPN NNP`, or `ADJ JJ` for a demonym.
///
/// The tagger, trained on web text, knows few of the names news reports are
/// about, and a sentence-initial name is easily read as an adverb or a verb
/// ("Italy committed 1,000 troops" with "Italy" as `RB`); the parser then
/// builds the clause around the wrong word. Nouns, proper nouns, adjectives
/// and numbers are left as tagged: they are all readings a name can have;
/// except that a one-word name that is not a demonym is no adjective, one
/// that opens a clause no common noun, and a singular demonym before a
/// word in lower case no proper noun ("Turkmen drones were used by …",
/// "Cambodian forces had fired rockets", where the parser made a proper
/// noun "Cambodian" the object of the verb before it).
///
/// The stage runs inside the tagger's left-to-right pass, so the words after
/// a retagged name are tagged with the corrected tag before them.
///
/// - Complexity: O(*n*) time and space in the sentence's words.
struct NameTagging: Sendable {
    private let properNoun: UInt8
    private let adjective: UInt8
    /// Tags left alone: those whose UPOS is NOUN, PROPN, ADJ or NUM.
    private let nominal: Set<UInt8>
    /// Tags whose UPOS is ADJ: no reading of a one-word name that is not a demonym ("Qatar hosts …").
    private let adjectives: Set<UInt8>
    /// Tags whose UPOS is NOUN: a one-word name opening a clause is a proper noun, not the common noun it
    /// may also be ("Mali faces sanctions", "Chad", "Turkey", "Niger"), which would hide the verb after it.
    private let commonNouns: Set<UInt8>

    /// The stage for a tag set, or nil when it has no `PROPN NNP` and `ADJ JJ`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let properNoun = tags.firstIndex(of: "PROPN NNP"), let adjective = tags.firstIndex(of: "ADJ JJ") else { return nil }
        self.properNoun = UInt8(properNoun)
        self.adjective = UInt8(adjective)
        nominal = tags.tagIndexes { upos, _ in ["NOUN", "PROPN", "ADJ", "NUM"].contains(upos) }
        adjectives = tags.tagIndexes { upos, _ in upos == "ADJ" }
        commonNouns = tags.tagIndexes { upos, _ in upos == "NOUN" }
    }

    /// For each word, whether it is a capitalised word of a name (1), of a singular demonym (2), a one-word name
    /// (3), one opening a clause (4), or a singular demonym before a word in lower case (5); nil when no name
    /// has one.
    func marks(forms: [String], names: [KnownName]) -> [UInt8]? {
        var marks: [UInt8]?
        for name in names {
            for word in name.words where word >= 0 && word < forms.count && forms[word].first?.isUppercase == true {
                if marks == nil { marks = Array(repeating: 0, count: forms.count) }
                // Words of longer names may be adjectives ("United" in "United States").
                let opensClause = word == 0 || [",", ";", ":", "—", "–"].contains(forms[word - 1])
                // A plural demonym ("Russians") is a noun, never the adjective; a singular one before a word in
                // lower case modifies it ("Turkmen drones"; "Djibouti, which …" may be the state's name).
                let adjective = name.isDemonym && !forms[word].hasSuffix("s")
                // ("North Korean soldiers": every word of a demonym before a word in lower case.)
                let after = name.words.upperBound
                let modifies = adjective && after < forms.count && forms[after].first?.isLowercase == true
                marks?[word] = modifies ? 5 : adjective ? 2 : name.words.count == 1 && !name.isDemonym ? (opensClause ? 4 : 3) : 1
            }
        }
        return marks
    }

    /// The tag of word `index` given its marks: the predicted one, or the name's where that is not nominal.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func adjusted(_ tag: UInt8, at index: Int, marks: [UInt8]) -> UInt8 {
        let oneWord = marks[index] == 3 || marks[index] == 4
        guard marks[index] != 0,
              !nominal.contains(tag) || (oneWord && adjectives.contains(tag)) || (marks[index] == 4 && commonNouns.contains(tag))
                || (marks[index] == 5 && tag == properNoun)
        else { return tag }
        return marks[index] == 2 || marks[index] == 5 ? adjective : properNoun
    }
}

/// Words of a sentence known to name a party, for ``SyntaxAnalyzer/analyze(_:names:nouns:prepositions:adjectives:)``.
public struct KnownName: Sendable, Hashable {
    /// The name's words, as positions in the sentence.
    public var words: Range<Int>
    /// The name is a demonym ("Russian"), an adjective, rather than a proper noun.
    public var isDemonym: Bool

    /// A known name over `words`.
    ///
    /// - Complexity: O(1).
    public init(words: Range<Int>, isDemonym: Bool = false) {
        self.words = words
        self.isDemonym = isDemonym
    }
}
