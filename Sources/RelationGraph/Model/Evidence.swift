/// Where a relation is stated: a document, a UTF-8 byte range in it, and a short quote.
///
/// The quote is a short phrase for people; the byte range lets tools find the
/// full sentence in the original document without the graph carrying its text.
public struct Evidence: Hashable, Sendable, Codable {
    /// The document's identifier, usually its file name.
    public var document: String
    /// The UTF-8 byte offsets of the supporting text in the document.
    public var byteRange: Range<Int>
    /// A short phrase from the supporting text.
    public var quote: String
    /// Whether this statement asserts the relation or only hedges it (a
    /// possibility, plan, condition or unconfirmed report). A relation is
    /// asserted when any of its evidence asserts it.
    public var modality: Modality
    /// The word that hedged the statement ("could", "reportedly", "if"), when it is hedged.
    public var hedge: String?
    /// The day the document was published (its `# date:` header), when known.
    public var date: CalendarDate?
    /// Where the document comes from (its `# source:` address), when known.
    public var source: String?

    /// Creates evidence.
    ///
    /// - Complexity: O(1).
    public init(
        document: String, byteRange: Range<Int>, quote: String, modality: Modality = .asserted, hedge: String? = nil,
        date: CalendarDate? = nil, source: String? = nil
    ) {
        self.document = document
        self.byteRange = byteRange
        self.quote = quote
        self.modality = modality
        self.hedge = hedge
        self.date = date
        self.source = source
    }

    private enum CodingKeys: String, CodingKey { case document, start, end, quote, modality, hedge, date, source }

    /// Decodes evidence written as `{"document", "start", "end", "quote"}`, with
    /// optional `"modality"` (default `asserted`), `"hedge"`, `"date"` and `"source"`.
    ///
    /// - Complexity: O(*n*) in the size of the encoded evidence.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decode(String.self, forKey: .document)
        let start = try container.decodeIfPresent(Int.self, forKey: .start) ?? 0
        let end = try container.decodeIfPresent(Int.self, forKey: .end) ?? start
        guard start >= 0, end >= start else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container,
                debugDescription: "evidence range \(start)..<\(end) is not a valid byte range")
        }
        byteRange = start..<end
        quote = try container.decodeIfPresent(String.self, forKey: .quote) ?? ""
        modality = try container.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
        hedge = try container.decodeIfPresent(String.self, forKey: .hedge)
        date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
        source = try container.decodeIfPresent(String.self, forKey: .source)
    }

    /// Encodes evidence as `{"document", "start", "end", "quote"}`, adding
    /// `"modality": "hedged"` and `"hedge"` for hedged statements only, and
    /// `"date"` and `"source"` when known.
    ///
    /// - Complexity: O(*n*) in the size of the evidence.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(byteRange.lowerBound, forKey: .start)
        try container.encode(byteRange.upperBound, forKey: .end)
        try container.encode(quote, forKey: .quote)
        if modality == .hedged { try container.encode(modality, forKey: .modality) }
        try container.encodeIfPresent(hedge, forKey: .hedge)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(source, forKey: .source)
    }
}
