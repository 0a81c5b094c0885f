import Foundation
import RelationGraph

/// Finds typed relations between states, blocs and armed groups in text.
///
/// The pipeline works on UTF-8 bytes: tokens, sentences, party mentions by
/// longest match against the ``Gazetteer``, pronouns resolved to the subject
/// of their sentence or the one before, then the relation rules (cue words
/// with their argument frames, hedges and negations). Findings are merged per
/// document: one relation per (source, kind, target), asserted winning over
/// hedged, every piece of evidence kept. Rules follow the annotation
/// guidelines in `../shared/RELATIONS.md`.
///
/// ```swift
/// let extractor = try Extractor()
/// let relations = extractor.extract(articleText, document: "article.txt")
/// ```
public struct Extractor: Sendable {
    /// The parties and names the extractor recognises.
    public let gazetteer: Gazetteer
    let lexicon: Lexicon

    /// The longest evidence quote, in bytes, before it is shortened with "…".
    public static let maximumQuoteLength = 100

    /// An extractor with the package's gazetteer.
    ///
    /// - Parameter year: The year the texts were written, when known; leaders
    ///   count as metonyms for their state only if they held office then.
    /// - Throws: `FormatError` when the package's tables are missing or damaged.
    /// - Complexity: O(*n*) in the size of the tables.
    public init(year: Int? = nil) throws(FormatError) {
        self.init(gazetteer: try Gazetteer.standard(year: year))
    }

    /// An extractor with a gazetteer of your own.
    ///
    /// - Complexity: O(1).
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        lexicon = .standard
    }

    /// The relations stated in a text, one per (source, kind, target), with evidence.
    ///
    /// - Parameters:
    ///   - text: The document's text.
    ///   - document: The document's identifier, cited in the evidence.
    /// - Complexity: O(*n*) in the length of the text.
    public func extract(_ text: String, document: String) -> [Relation] {
        var text = text
        return text.withUTF8 { extract(utf8: $0, document: document) }
    }

    /// The relations stated in UTF-8 text; invalid UTF-8 is read as far as it
    /// makes sense and never traps.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public func extract(utf8 bytes: UnsafeBufferPointer<UInt8>, document: String) -> [Relation] {
        let tokens = Tokenizer.tokenize(bytes)
        let sentences = Sentences.split(tokens)
        var mentions = MentionFinder.find(tokens, gazetteer: gazetteer, lexicon: lexicon)
        mentions = withPronouns(mentions, tokens: tokens, sentences: sentences)
        let tokenRoles = tokens.map { $0.isWord ? lexicon[$0.key] : [] }
        var mentionAt = [Int32](repeating: -1, count: tokens.count)
        for (index, mention) in mentions.enumerated() {
            for token in mention.first...mention.last { mentionAt[token] = Int32(index) }
        }
        var entryIndex: [TripleKey: Int] = [:]
        var entries: [(relation: Relation, hedgedEvidence: [Evidence])] = []
        var cited: Set<Citation> = []
        for sentence in sentences {
            var rules = SentenceRules(
                tokens: tokens, tokenRoles: tokenRoles, mentions: mentions, mentionAt: mentionAt, range: sentence)
            rules.apply()
            for finding in rules.findings {
                let key = TripleKey(source: finding.source, kind: finding.kind, target: finding.target)
                let evidence = self.evidence(finding, tokens: tokens, bytes: bytes, document: document)
                guard cited.insert(Citation(triple: key, evidence: evidence)).inserted else { continue }
                let index = entryIndex[key] ?? {
                    entries.append((Relation(
                        source: gazetteer.parties[Int(finding.source)].id, kind: finding.kind,
                        target: gazetteer.parties[Int(finding.target)].id, modality: .hedged), []))
                    entryIndex[key] = entries.count - 1
                    return entries.count - 1
                }()
                if finding.hedged {
                    entries[index].hedgedEvidence.append(evidence)
                } else {
                    entries[index].relation.modality = .asserted
                    entries[index].relation.evidence.append(evidence)
                }
            }
        }
        // The clearest mention with the strongest modality comes first (guideline 19).
        return entries.map { entry in
            var relation = entry.relation
            relation.evidence += entry.hedgedEvidence
            return relation
        }
    }

    /// A graph of the relations in several documents, merged one relation per
    /// (source, kind, target) across documents with all their evidence, and
    /// with the gazetteer's names and aliases for every party that occurs.
    ///
    /// - Parameter documents: Each document's identifier and text.
    /// - Complexity: O(*n*) in the total length of the texts.
    public func graph(from documents: [(document: String, text: String)]) -> Graph {
        var graph = Graph()
        for (document, text) in documents {
            graph.merge(extract(text, document: document))
        }
        let byID = Dictionary(gazetteer.parties.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for party in graph.parties {
            if let described = byID[party.id] { graph.addParty(described) }
        }
        return graph
    }

    private struct TripleKey: Hashable {
        var source: Int32
        var kind: RelationKind
        var target: Int32
    }

    private struct Citation: Hashable {
        var triple: TripleKey
        var evidence: Evidence
    }

    private func evidence(_ finding: Finding, tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, document: String) -> Evidence {
        let start = Int(tokens[finding.firstToken].start)
        let end = Int(tokens[finding.lastToken].end)
        var quoteEnd = end
        if end - start > Self.maximumQuoteLength {
            quoteEnd = start + Self.maximumQuoteLength
            while quoteEnd > start, quoteEnd < bytes.count, bytes[quoteEnd] & 0xC0 == 0x80 { quoteEnd -= 1 }
        }
        // Line breaks and runs of white space inside the span become single spaces.
        var folded: [UInt8] = []
        folded.reserveCapacity(quoteEnd - start + 3)
        for byte in bytes[start..<quoteEnd] {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if isSpace {
                if folded.last != 0x20 { folded.append(0x20) }
            } else {
                folded.append(byte)
            }
        }
        var quote = String(decoding: folded, as: UTF8.self)
        if quoteEnd < end { quote += "…" }
        return Evidence(document: document, byteRange: start..<end, quote: quote)
    }

    /// Adds mentions for pronouns: "it", "its", "they", "their" stand for the
    /// subject of their sentence (the first party mentioned before them that is
    /// not the object of a preposition) or else of the sentence before;
    /// "we" and "our" stand for the issuing parties of a statement, named in a
    /// header line with "statement", "remarks" or "briefing" (guideline 3).
    private func withPronouns(_ mentions: [Mention], tokens: [Token], sentences: [Range<Int>]) -> [Mention] {
        var result: [Mention] = []
        var next = 0
        var previousSubject: [Int32]?
        let speakers = speakerParties(mentions, tokens: tokens, sentences: sentences)
        for sentence in sentences {
            var subject: [Int32]?
            for index in sentence {
                while next < mentions.count, mentions[next].first == index {
                    let mention = mentions[next]
                    if subject == nil, !mention.isQualifier, !isGoverned(mention, tokens: tokens, from: sentence.lowerBound) {
                        subject = mention.parties
                    }
                    result.append(mention)
                    next += 1
                }
                guard tokens[index].isWord, index >= (result.last?.last ?? -1) + 1 || result.isEmpty else { continue }
                let roles = lexicon[tokens[index].key]
                var parties: [Int32]?
                if roles.contains(.pronoun) {
                    parties = subject ?? previousSubject
                } else if roles.contains(.firstPerson), !speakers.isEmpty {
                    parties = speakers
                }
                if let parties {
                    var pronoun = Mention(parties: parties, first: index, last: index, isPronoun: true)
                    pronoun.isPossessive = [Words.its, Words.their, Words.our].contains(tokens[index].key)
                    result.append(pronoun)
                }
            }
            if let subject { previousSubject = subject }
        }
        return result
    }

    private func isGoverned(_ mention: Mention, tokens: [Token], from start: Int) -> Bool {
        var before = mention.first - 1
        while before >= start, tokens[before].isWord, lexicon[tokens[before].key].contains(.determiner) { before -= 1 }
        return before >= start && tokens[before].isWord && lexicon[tokens[before].key].contains(.preposition)
    }

    /// The parties named in a statement's header: a sentence among the first
    /// three that holds a speaker word ("Joint Statement from the UK and France").
    private func speakerParties(_ mentions: [Mention], tokens: [Token], sentences: [Range<Int>]) -> [Int32] {
        for sentence in sentences.prefix(3) {
            let hasCue = sentence.contains { tokens[$0].isWord && lexicon[tokens[$0].key].contains(.speakerCue) }
            guard hasCue else { continue }
            var named: [Int32] = []
            for mention in mentions where sentence.contains(mention.first) {
                for party in mention.parties where !named.contains(party) { named.append(party) }
            }
            if !named.isEmpty { return named }
        }
        return []
    }
}
