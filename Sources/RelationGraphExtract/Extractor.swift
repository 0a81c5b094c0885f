import Foundation
import RelationGraph

/// Finds typed relations between states, blocs and armed groups in text.
///
/// The pipeline: header lines skipped (``DocumentHeader``); party mentions by
/// longest match against the ``Gazetteer``; words and sentences in UD
/// tokenisation (``WordTokenizer``); only candidate sentences — a cue word
/// and two party mentions, or one and a pronoun — are tagged and parsed
/// (``SyntaxAnalyzer``); pronouns are resolved to the subject of an earlier
/// sentence and "we"/"our" to the issuing parties of a statement; then the
/// relation rules read source and target of each cue from the dependency
/// tree, with the modality of the clause that governs it. Findings are merged
/// per document: one relation per (source, kind, target), asserted when any
/// evidence asserts it, every piece of evidence kept with its own modality.
/// Rules follow the annotation guidelines in `Docs/AnnotationGuidelines.md`;
/// the cue lexicon is the data table `Resources/Cues.json`.
///
/// ```swift
/// let extractor = try Extractor()
/// let relations = extractor.extract(articleText, document: "article.txt")
/// ```
public struct Extractor: Sendable {
    /// The parties and names the extractor recognises.
    public let gazetteer: Gazetteer
    let lexicon: Lexicon
    let cues: CueTable
    let analyzer: SyntaxAnalyzer
    /// ``CueTable/forceHosts`` with the hosts as indexes of the gazetteer's parties.
    let forceHosts: [String: Int32]
    /// ``CueTable/issuerDomains`` with the issuers as indexes of the gazetteer's parties.
    let issuerDomains: [String: Int32]

    /// The longest evidence quote, in bytes, before it is shortened with "…".
    public static let maximumQuoteLength = 100

    /// An extractor with the package's gazetteer, cue table and syntax model.
    ///
    /// - Parameter year: The year the texts were written, when known; leaders
    ///   count as metonyms for their state only if they held office then.
    /// - Throws: `FormatError` when the package's tables or model are missing or damaged.
    /// - Complexity: O(*n*) in the size of the tables (the syntax model is read once per process).
    public init(year: Int? = nil) throws(FormatError) {
        try self.init(gazetteer: try Gazetteer.standard(year: year))
    }

    /// An extractor with a gazetteer of your own.
    ///
    /// - Throws: `FormatError` when the package's cue table or syntax model is missing or damaged.
    /// - Complexity: O(*n*) in the size of the cue table.
    public init(gazetteer: Gazetteer) throws(FormatError) {
        self.gazetteer = gazetteer
        lexicon = .standard
        cues = try CueTable.standard()
        do { analyzer = try SyntaxAnalyzer() } catch { throw FormatError(file: "SyntaxModel.bin", message: error.description) }
        let indexes = Dictionary(gazetteer.parties.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        forceHosts = cues.forceHosts.compactMapValues { indexes[PartyID(rawValue: $0)] }
        issuerDomains = cues.issuerDomains.compactMapValues { indexes[PartyID(rawValue: $0)] }
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
    ///
    /// Each piece of evidence carries the document's date and source: its
    /// `# date:` and `# source:` header lines (``DocumentHeader``), else the
    /// `date` and `source` given here.
    public func extract(
        utf8 bytes: UnsafeBufferPointer<UInt8>, document: String, date: CalendarDate? = nil, source: String? = nil
    ) -> [Relation] {
        let header = DocumentHeader(bytes)
        let provenance = (date: header.date.flatMap(CalendarDate.init) ?? date, source: header.source ?? source)
        var relations = merge(findings(utf8: bytes), bytes: bytes, document: document)
        if provenance.date != nil || provenance.source != nil {
            for index in relations.indices {
                for item in relations[index].evidence.indices {
                    relations[index].evidence[item].date = provenance.date
                    relations[index].evidence[item].source = provenance.source
                }
            }
        }
        return relations
    }

    /// Every finding of every candidate sentence, with the byte range of its evidence.
    func findings(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [(finding: Finding, range: Range<Int>)] {
        let header = DocumentHeader(bytes)
        let tokens = Tokenizer.tokenize(bytes, from: header.bodyStart)
        let named = MentionFinder.find(tokens, gazetteer: gazetteer, lexicon: lexicon)
        // "the Rwandan Defence Forces (RDF)": later uses of an abbreviation the text defines for a party.
        let abbreviated = AbbreviationFinder.find(tokens, bytes: bytes, mentions: named).map { mention in
            var mention = mention
            let kinds = mention.parties.map { gazetteer.parties[Int($0)].kind }
            MentionFinder.mark(&mention, tokens: tokens, lexicon: lexicon, actsThroughMembers: !kinds.contains(.organization))
            return mention
        }
        let mentions = abbreviated.isEmpty ? named : (named + abbreviated).sorted { $0.first < $1.first }
        let words = WordTokenizer.words(bytes, from: header.bodyStart)
        guard !words.isEmpty else { return [] }
        let sentences = WordTokenizer.sentences(words)
        let issuers = speakers(header: header, words: words, sentences: sentences, tokens: tokens, mentions: mentions)
        let document = DocumentMentions(
            words: words, tokens: tokens, mentions: mentions, cues: cues, speakers: issuers, partyKinds: gazetteer.parties.map(\.kind))
        var result: [(Finding, Range<Int>)] = []
        var antecedents: [Int32] = []
        // Where the last troops found were placed; a report on a force goes on to list what each state sends.
        var host: [Int32] = []
        // Who last imposed sanctions: an announcement goes on in the passive ("… were also sanctioned").
        var sanctioner: [Int32] = []
        // Who last attacked: "Iran vowed to avenge the strikes" names no one.
        var attacker: [Int32] = []
        // Who last attacked each party: "Pakistan vowed to avenge the deaths" answers India's strikes.
        var attackersOf: [Int32: [Int32]] = [:]
        // Who last sanctioned each party: "The Kremlin warned of a response" to the measures.
        var sanctionersOf: [Int32: [Int32]] = [:]
        for sentence in Self.clauses(sentences, words: words) {
            let lemmas = sentence.map { analyzer.model.lemmatizer.lemma(words[$0].form, vocabulary: cues.cueLemmas) }
            let (local, hasPronoun) = document.mentions(in: sentence)
            // A named force ("UNIFIL") places the report's troops where it is stationed.
            for mention in local where !mention.isPronoun {
                let name = mention.words.map { words[sentence.lowerBound + $0].form.lowercased() }.joined(separator: " ")
                if let stationed = forceHosts[name] { host = [stationed] }
            }
            let partyWords = Set(local.filter { !$0.isPronoun }.map(\.words.lowerBound)).count
            // Before tagging, a word may be a noun cue as it stands ("fighting") or a verb cue by its lemma ("fought").
            let hasCue = lemmas.contains { cues.cueLemmas.contains($0) }
                || sentence.contains { cues.cueLemmas.contains(words[$0].form.lowercased()) }
            let context = hasPronoun || !host.isEmpty || !sanctioner.isEmpty
                || lemmas.contains { cues.sanctionLemmas.contains($0) }
                // "Iran vowed to respond", "The Kremlin warned of a response": to whoever last attacked or
                // sanctioned it.
                || ((!attacker.isEmpty || !sanctionersOf.isEmpty)
                    && lemmas.contains { cues.responseVerbs.contains($0) || cues.retaliationNouns.contains($0) })
            let isCandidate = hasCue && (partyWords >= 2 || (partyWords >= 1 && context))
            guard isCandidate else {
                if let subject = local.first(where: { !$0.isPronoun && !$0.isQualifier }) { antecedents = subject.parties }
                continue
            }
            let parsed = analyze(sentence, words: words, lemmas: lemmas, mentions: local)
            let tagged = cues.readingQualifiedNouns(
                parsed.words.map { analyzer.model.lemmatizer.lemma($0.form, upos: $0.upos, vocabulary: cues.cueLemmas) }, words: parsed.words)
            let resolved = document.resolvePronouns(local, in: parsed, lemmas: tagged, antecedents: &antecedents)
            var rules = TreeRules(
                sentence: TreeSentence(words: parsed.words, lemmas: tagged, mentions: resolved), cues: cues, documentHost: host, documentSanctioner: sanctioner,
                documentAttacker: attacker, documentAttackersOf: attackersOf, documentSanctionersOf: sanctionersOf, forceHosts: forceHosts,
                documentSpeakers: issuers)
            rules.apply()
            if let placed = rules.findings.last(where: { $0.kind == .troops }) { host = [placed.target] }
            if !rules.sanctioners.isEmpty { sanctioner = rules.sanctioners }
            if let struck = rules.findings.last(where: { $0.kind == .attack }) {
                attacker = rules.findings.filter { $0.kind == .attack && $0.target == struck.target }.map(\.source)
            } else if !rules.strikers.isEmpty {
                attacker = rules.strikers
            }
            for target in Set(rules.findings.filter { $0.kind == .attack }.map(\.target)) {
                attackersOf[target] = rules.findings.filter { $0.kind == .attack && $0.target == target }.map(\.source)
            }
            for target in Set(rules.findings.filter { $0.kind == .sanction }.map(\.target)) {
                sanctionersOf[target] = rules.findings.filter { $0.kind == .sanction && $0.target == target }.map(\.source)
            }
            for finding in rules.findings {
                let range = parsed.words[finding.words.lowerBound].byteRange.lowerBound..<parsed.words[finding.words.upperBound].byteRange.upperBound
                result.append((finding, range))
            }
        }
        return result
    }

    /// The sentence's words tagged and parsed with what the gazetteer and
    /// the cue table know of them: the party names, the nouns of materiel
    /// and soldiers, the prepositions the treebank rarely saw, the
    /// adjectives before a name.
    ///
    /// - Parameters:
    ///   - lemmas: The lemmas of the sentence's words before tagging.
    ///   - mentions: The party mentions in the sentence (pronouns are not names).
    /// - Complexity: O(*n*) in the sentence's words.
    func analyze(_ sentence: Range<Int>, words: [TextWord], lemmas: [String], mentions: [WordMention]) -> SyntaxSentence {
        let names = mentions.filter { !$0.isPronoun }.map { KnownName(words: $0.words, isDemonym: $0.isDemonym) }
        // Materiel and soldiers are nouns, whatever the tagger makes of a form it rarely saw ("Wagner mercenaries").
        // ("Turkey, Azerbaijan's closest ally, has supplied …": so are a few forms the tagger reads as adverbs.)
        let nouns = Set(lemmas.indices.filter {
            cues.nounOnlyLemmas.contains(lemmas[$0]) || cues.nounForms.contains(words[sentence.lowerBound + $0].form.lowercased())
        })
        let prepositions = Set(lemmas.indices.filter { cues.prepositions.contains(words[sentence.lowerBound + $0].form.lowercased()) })
        // "to neighbouring Mali": an adjective before a name, not a gerund taking it as object.
        let starts = Set(names.map(\.words.lowerBound))
        let adjectives = Set(lemmas.indices.filter { starts.contains($0 + 1) && cues.nameAdjectives.contains(words[sentence.lowerBound + $0].form.lowercased()) })
        var read = Array(words[sentence])
        for mention in mentions {
            if let standIn = mention.standIn { read[mention.words.lowerBound].form = standIn }
        }
        var parsed = analyzer.analyze(read, names: names, nouns: nouns, prepositions: prepositions, adjectives: adjectives)
        for mention in mentions where mention.standIn != nil {
            parsed.words[mention.words.lowerBound].form = words[sentence.lowerBound + mention.words.lowerBound].form
        }
        return parsed
    }

    /// The sentences the rules read: each of `sentences` without its dateline, in
    /// the pieces ``pieces(of:words:)`` cuts.
    ///
    /// - Complexity: O(*n*) in the number of words.
    static func clauses(_ sentences: [Range<Int>], words: [TextWord]) -> [Range<Int>] {
        sentences.flatMap { withoutDateline($0, words: words) }.flatMap { pieces(of: $0, words: words) }
    }

    /// A sentence without the dateline a news report opens with ("KYIV —",
    /// "BANGKOK/PHNOM PENH —", "GENEVA, March 3 (Reuters) -"): place names
    /// in capitals at the start of a line, then a dash. The parser would take
    /// the place for the sentence's subject, and the place is not an actor.
    /// A headline without a full stop runs into the dateline's sentence; the
    /// words before the dateline's line come back as a sentence of their own.
    ///
    /// - Complexity: O(*n*) in the sentence's words; at most
    ///   ``maximumDatelineWords`` are read from each line start.
    static func withoutDateline(_ sentence: Range<Int>, words: [TextWord]) -> [Range<Int>] {
        for start in sentence where start == sentence.lowerBound || words[start].lineBreaksBefore > 0 {
            guard let end = datelineEnd(from: start, in: sentence, words: words) else { continue }
            return start > sentence.lowerBound ? [sentence.lowerBound..<start, end..<sentence.upperBound] : [end..<sentence.upperBound]
        }
        return [sentence]
    }

    /// Where the sentence after a dateline starting at `start` begins, or nil when no dateline starts there.
    private static func datelineEnd(from start: Int, in sentence: Range<Int>, words: [TextWord]) -> Int? {
        guard isCapitals(words[start].form) else { return nil }
        var index = start + 1, inParentheses = false, afterComma = false
        while index < sentence.upperBound, index - start <= maximumDatelineWords {
            let form = words[index].form
            let spaced = words[index].spaceAfter && words[index - 1].spaceAfter
            if form == "—" || form == "–" || ((form == "-" || form == "--") && spaced) {
                // A dateline is followed by the sentence itself, which starts with a capital
                // ("NATO — the alliance of …" is a subject and its apposition).
                guard sentence.upperBound - index > 3, let next = words[index + 1].form.first,
                      next.isUppercase || next.isNumber || next.isPunctuation else { return nil }
                return index + 1
            }
            switch form {
            case "(": inParentheses = true
            case ")": inParentheses = false
            case ",": afterComma = true
            case "/", ".": break
            default:
                // After a comma comes a date ("March 3", "Nov. 3"); inside parentheses an agency ("Reuters").
                let allowed = isCapitals(form) || inParentheses
                    || (afterComma && (form.first?.isUppercase == true || form.allSatisfy(\.isNumber)))
                guard allowed else { return nil }
            }
            index += 1
        }
        return nil
    }

    /// The longest dateline read, in words.
    static let maximumDatelineWords = 12

    /// A word of two or more letters, all capitals (dots allowed: "U.S.").
    private static func isCapitals(_ form: String) -> Bool {
        var letters = 0
        for character in form {
            if character.isUppercase { letters += 1 } else if character != "." { return false }
        }
        return letters >= 2
    }

    /// The longest stretch of words parsed as one sentence. Real sentences are
    /// far shorter; text without sentence breaks (lists, tables, binary data)
    /// is read in pieces, so time stays linear and the rules see clauses.
    static let maximumSentenceWords = 120

    /// A sentence cut, when it is too long, after commas, semicolons or
    /// colons, or else every ``maximumSentenceWords`` words.
    static func pieces(of sentence: Range<Int>, words: [TextWord]) -> [Range<Int>] {
        guard sentence.count > maximumSentenceWords else { return [sentence] }
        var pieces: [Range<Int>] = []
        var start = sentence.lowerBound, lastBreak: Int?
        for index in sentence {
            if [",", ";", ":"].contains(words[index].form) { lastBreak = index + 1 }
            if index + 1 - start >= maximumSentenceWords {
                let end = lastBreak.flatMap { $0 > start ? $0 : nil } ?? index + 1
                pieces.append(start..<end)
                start = end
                lastBreak = nil
            }
        }
        if start < sentence.upperBound { pieces.append(start..<sentence.upperBound) }
        return pieces
    }

    /// One relation per (source, kind, target); asserted evidence first (guideline 19).
    private func merge(_ findings: [(finding: Finding, range: Range<Int>)], bytes: UnsafeBufferPointer<UInt8>, document: String) -> [Relation] {
        var entryIndex: [TripleKey: Int] = [:]
        var entries: [(relation: Relation, hedged: [Evidence])] = []
        var cited: Set<Citation> = []
        let attacks = Set(findings.filter { $0.finding.kind == .attack }.map { TripleKey(source: $0.finding.source, kind: .troops, target: $0.finding.target) })
        for (finding, range) in findings {
            let key = TripleKey(source: finding.source, kind: finding.kind, target: finding.target)
            // Soldiers of a state at war with the host are invaders, not troops sent to it.
            if finding.kind == .troops, attacks.contains(key) { continue }
            let evidence = self.evidence(range, finding: finding, bytes: bytes, document: document)
            guard cited.insert(Citation(triple: key, range: range)).inserted else { continue }
            let index = entryIndex[key] ?? {
                entries.append((Relation(
                    source: gazetteer.parties[Int(finding.source)].id, kind: finding.kind,
                    target: gazetteer.parties[Int(finding.target)].id, modality: .hedged), []))
                entryIndex[key] = entries.count - 1
                return entries.count - 1
            }()
            if finding.modality == .hedged {
                entries[index].hedged.append(evidence)
            } else {
                entries[index].relation.modality = .asserted
                entries[index].relation.evidence.append(evidence)
            }
        }
        return entries.map { entry in
            var relation = entry.relation
            relation.evidence += entry.hedged
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
        var range: Range<Int>
    }

    private func evidence(_ range: Range<Int>, finding: Finding, bytes: UnsafeBufferPointer<UInt8>, document: String) -> Evidence {
        let start = range.lowerBound, end = min(range.upperBound, bytes.count)
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
        return Evidence(document: document, byteRange: start..<end, quote: quote, modality: finding.modality, hedge: finding.hedge)
    }

    /// The issuing parties of a statement (guideline 3): named in a `# title:`
    /// header, or in one of the first three sentences, with a word such as
    /// "statement", "remarks" or "briefing", or in a first-person subject set
    /// off by commas ("We, the governments of …,"), or else the government or
    /// organisation whose official site the `# source:` address is on, or
    /// else, under a speaker line that names no party ("Media release from
    /// the Minister for Foreign Affairs."), the one party the headline opens
    /// with.
    private func speakers(
        header: DocumentHeader, words: [TextWord], sentences: [Range<Int>], tokens: [Token], mentions: [Mention]
    ) -> [Int32] {
        func named(in mentions: [Mention]) -> [Int32] {
            var parties: [Int32] = []
            for mention in mentions where !mention.isQualifier {
                for party in mention.parties where !parties.contains(party) { parties.append(party) }
            }
            return parties
        }
        func hasCue(_ text: some Sequence<String>) -> Bool { text.contains { cues.speakerCues.contains($0.lowercased()) } }
        let titleWords = header.title.map(WordTokenizer.words) ?? []
        if let title = header.title, let cue = titleWords.first(where: { cues.speakerCues.contains($0.form.lowercased()) }) {
            let titleTokens = Array(title.utf8).withUnsafeBufferPointer { Tokenizer.tokenize($0) }
            // "G7 Foreign Ministers' Statement on the DPRK": what a statement is about does not issue it; "by"
            // or "from" names an issuer again ("Statement by the G7 on Iran").
            let issuers = MentionFinder.find(titleTokens, gazetteer: gazetteer, lexicon: lexicon).filter { mention in
                isIssuer(at: Int(titleTokens[mention.first].start), after: cue, in: titleWords)
            }
            let parties = named(in: issuers)
            if !parties.isEmpty { return parties }
        }
        for sentence in sentences.prefix(3) {
            let lineWords = sentence.map { words[$0] }
            guard let cue = lineWords.first(where: { cues.speakerCues.contains($0.form.lowercased()) }) else { continue }
            let range = words[sentence.lowerBound].byteRange.lowerBound..<words[sentence.upperBound - 1].byteRange.upperBound
            // As in a title: "Statement by Japan's Minister of Defense on the flight of Chinese and Russian bombers".
            let parties = named(in: mentions.filter { mention in
                let start = Int(tokens[mention.first].start)
                return range.contains(start) && isIssuer(at: start, after: cue, in: lineWords)
            })
            if !parties.isEmpty { return parties }
        }
        // "We, the governments of the United States, Australia and Japan, condemn …": a first-person subject
        // set off by commas names its parties; the apposition ends at the first comma that no name or article follows.
        for sentence in sentences.prefix(3) where sentence.count > 2 {
            guard cues.firstPerson.contains(words[sentence.lowerBound].form.lowercased()), words[sentence.lowerBound + 1].form == "," else { continue }
            var end = sentence.lowerBound + 2
            while end < sentence.upperBound - 1 {
                if words[end].form == ",", let next = words[end + 1].form.first, next.isLowercase, !cues.listJoiners.contains(words[end + 1].form) {
                    break
                }
                end += 1
            }
            let range = words[sentence.lowerBound + 1].byteRange.lowerBound..<words[end].byteRange.upperBound
            let parties = named(in: mentions.filter { range.contains(Int(tokens[$0.first].start)) })
            if !parties.isEmpty { return parties }
        }
        if let source = header.source, let issuer = issuer(of: source) { return [issuer] }
        // "Australia expels Iranian ambassador …" above "Media release from the Minister for Foreign Affairs.": a
        // speaker line (a sentence opening with such a word) that names no party is issued by the one party its
        // headline opens with.
        if let first = sentences.first,
           sentences.dropFirst().prefix(2).contains(where: { hasCue($0.prefix(2).map { words[$0].form }) }),
           let opening = mentions.first(where: { Int(tokens[$0.first].start) == words[first.lowerBound].byteRange.lowerBound }),
           !opening.isQualifier, opening.parties.count == 1 {
            return opening.parties
        }
        return []
    }

    /// Whether a party named at byte `start` of a title or speaker line issues it. A name before the speaker
    /// cue does, unless a colon sets it apart as the line's topic ("Lithuania: Statement by …"). After the cue,
    /// a preposition of topic ("on", "about") makes what follows the topic, "on behalf of" names an issuer, and
    /// a preposition of issuer ("by", "from") names one again right after a name ("Statement on Iran by the
    /// G7"), not after another noun ("on hybrid attacks by Belarus" names who attacked).
    ///
    /// - Complexity: O(*n*) in the line's words.
    private func isIssuer(at start: Int, after cue: TextWord, in line: [TextWord]) -> Bool {
        if start < cue.byteRange.lowerBound {
            return !line.contains { $0.form == ":" && $0.byteRange.lowerBound >= start && $0.byteRange.upperBound <= cue.byteRange.lowerBound }
        }
        var issues = true
        for (position, word) in line.enumerated()
        where word.byteRange.lowerBound >= cue.byteRange.upperBound && word.byteRange.upperBound <= start {
            let form = word.form.lowercased()
            if position + 1 < line.count, cues.behalfNouns.contains(line[position + 1].form.lowercased()) {
                issues = true
            } else if cues.topicPrepositions.contains(form) {
                issues = false
            } else if cues.issuerPrepositions.contains(form), position > 0 {
                issues = issues || line[position - 1].form.first?.isUppercase == true
            }
        }
        return issues
    }

    /// The party whose official site an address is on: its host is one of ``issuerDomains`` or a subdomain
    /// of one ("www.gov.uk", "home.treasury.gov").
    ///
    /// - Complexity: O(*k*) in the address's length.
    func issuer(of address: String) -> Int32? {
        var rest = Substring(address.lowercased())
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        var host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        while !host.isEmpty {
            if let issuer = issuerDomains[String(host)] { return issuer }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = host[host.index(after: dot)...]
        }
        return nil
    }
}
