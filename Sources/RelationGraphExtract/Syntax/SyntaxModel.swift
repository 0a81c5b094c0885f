import Foundation

/// A damaged, truncated or foreign syntax model file.
public struct SyntaxModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the file.
    public var message: String

    /// A readable one-line description.
    public var description: String { "the syntax model \(message)" }
}

/// The trained tagger and parser, as one versioned resource.
///
/// The file (little-endian) is the magic `RGSYNTAX`, a format version, the
/// label list, the tag dictionary and ambiguity classes, the two classifiers
/// (each feature's 64-bit hash with its class weights as 16-bit integers,
/// features sorted by hash), and a trailing checksum of everything before it
/// (``checksum(_:)``), so a truncated or altered file is one clear error. The
/// hash tables are built when the model is loaded.
///
/// The shipped model, `Resources/SyntaxModel.bin`, is trained from UD
/// English EWT (CC BY-SA 4.0) by the `Training` package; see `NOTICE`.
public struct SyntaxModel: Sendable {
    let tagger: Tagger
    let parser: DependencyParser
    let lemmatizer: Lemmatizer

    /// The format version this build reads and writes.
    public static let formatVersion: UInt32 = 2
    static let magic = Array("RGSYNTAX".utf8)

    init(tagger: Tagger, parser: DependencyParser, lemmatizer: Lemmatizer) {
        self.tagger = tagger
        self.parser = parser
        self.lemmatizer = lemmatizer
    }

    /// The dependency labels the parser predicts.
    ///
    /// - Complexity: O(1).
    public var labels: [String] { parser.labels }

    /// The number of features with weights in the tagger and the parser.
    ///
    /// - Complexity: O(1).
    public var featureCounts: (tagger: Int, parser: Int) { (tagger.model.featureCount, parser.model.featureCount) }

    /// The same model with the weights of magnitude below `minimumWeight`
    /// (on the 16-bit scale, where the largest is 32,000) dropped, and the
    /// features left with none: smaller and faster, a little less accurate.
    ///
    /// - Complexity: O(*m* log *m*) in the model's size.
    public func pruned(minimumWeight: Int) -> SyntaxModel {
        SyntaxModel(
            tagger: Tagger(model: tagger.model.pruned(below: minimumWeight), tags: tagger.tags,
                           tagDictionary: tagger.tagDictionary, ambiguity: tagger.ambiguity),
            parser: DependencyParser(model: parser.model.pruned(below: minimumWeight), labels: parser.labels),
            lemmatizer: lemmatizer)
    }

    /// The package's model, read from its resource on first use (once per process).
    ///
    /// - Throws: ``SyntaxModelError`` when the resource is missing or damaged.
    /// - Complexity: O(*m*) in the model's size, the first time; O(1) after.
    public static func standard() throws(SyntaxModelError) -> SyntaxModel {
        try loadedStandard.get()
    }

    private static let loadedStandard: Result<SyntaxModel, SyntaxModelError> = {
        // Mapped, not read: the bytes are parsed once, in place.
        guard let url = Bundle.module.url(forResource: "SyntaxModel", withExtension: "bin"),
              let data = try? Data(contentsOf: url, options: .alwaysMapped)
        else { return .failure(SyntaxModelError(message: "resource SyntaxModel.bin is missing")) }
        return data.withUnsafeBytes { raw in Result { () throws(SyntaxModelError) in try SyntaxModel(raw: raw) } }
    }()

    /// The checksum a model file ends with (little-endian), of the bytes
    /// before it: FNV-1a (Fowler, Noll & Vo) over their little-endian 64-bit
    /// words, then over the bytes of a last partial word; a word at a time,
    /// so checking 12 MB costs milliseconds, not tens of them.
    ///
    /// - Complexity: O(*n*).
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))) &* prime
        }
        for index in (words * 8)..<bytes.count { hash = (hash ^ UInt64(bytes[index])) &* prime }
        return hash
    }

    // MARK: Writing

    /// The model in its file format.
    ///
    /// - Complexity: O(*m*) in the model's size.
    public func serialized() -> [UInt8] {
        var out = ByteWriter()
        out.bytes(Self.magic)
        out.u32(Self.formatVersion)
        out.u32(UInt32(parser.labels.count))
        for label in parser.labels { out.string(label) }
        out.u32(UInt32(tagger.tags.count))
        for tag in tagger.tags { out.string(tag) }
        let dictionary = tagger.tagDictionary.sorted { $0.key < $1.key }
        out.u32(UInt32(dictionary.count))
        for (key, tag) in dictionary {
            out.u64(key)
            out.u8(tag)
        }
        let ambiguity = tagger.ambiguity.sorted { $0.key < $1.key }
        out.u32(UInt32(ambiguity.count))
        for (key, mask) in ambiguity {
            out.u64(key)
            out.u32(mask)
        }
        let lemmas = lemmatizer.exceptions.sorted { $0.key < $1.key }
        out.u32(UInt32(lemmas.count))
        for (key, lemma) in lemmas {
            out.u64(key)
            out.string(lemma)
        }
        Self.write(tagger.model, to: &out)
        Self.write(parser.model, to: &out)
        out.u64(out.data.withUnsafeBytes { Self.checksum($0) })
        return out.data
    }

    private static func write(_ model: LinearModel, to out: inout ByteWriter) {
        let rows = model.sortedRows
        out.u32(UInt32(model.classCount))
        out.u32(UInt32(rows.count))
        for (key, weights) in rows {
            out.u64(key)
            out.u8(UInt8(weights.count - 1))
            for packed in weights {
                out.u8(UInt8(packed >> 16))
                out.u16(UInt16(truncatingIfNeeded: packed))
            }
        }
    }

    // MARK: Reading

    /// Reads a model from its file format.
    ///
    /// - Throws: ``SyntaxModelError`` for a file that is not a model of this
    ///   format version, is truncated, or fails its checksum.
    /// - Complexity: O(*m*) in the model's size.
    public init(serialized bytes: [UInt8]) throws(SyntaxModelError) {
        self = try bytes.withUnsafeBytes { raw in Result { () throws(SyntaxModelError) in try SyntaxModel(raw: raw) } }.get()
    }

    private init(raw bytes: UnsafeRawBufferPointer) throws(SyntaxModelError) {
        guard bytes.count >= Self.magic.count + 12, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw SyntaxModelError(message: "is not a RelationGraph syntax model (no RGSYNTAX header)")
        }
        let body = bytes.count - 8
        var reader = ByteReader(bytes: bytes, end: body, position: Self.magic.count)
        let version = try reader.u32()
        // The version first: another version has another checksum too, and the version is the better message.
        guard version == Self.formatVersion else {
            throw SyntaxModelError(message: "has format version \(version); this build reads version \(Self.formatVersion)")
        }
        let stored = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: body, as: UInt64.self))
        guard Self.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<body])) == stored else {
            throw SyntaxModelError(message: "is damaged or truncated (checksum mismatch)")
        }
        let labelCount = Int(try reader.u32())
        guard labelCount > 0, labelCount <= 64 else { throw SyntaxModelError(message: "has \(labelCount) labels (1–64 allowed)") }
        var labels: [String] = []
        for _ in 0..<labelCount { labels.append(try reader.string()) }
        guard labels.contains("root") else { throw SyntaxModelError(message: "has no root label") }
        let tagCount = Int(try reader.u32())
        guard tagCount > 1, tagCount <= 255 else { throw SyntaxModelError(message: "has \(tagCount) tags (2–255 allowed)") }
        var tags: [String] = []
        for _ in 0..<tagCount { tags.append(try reader.string()) }
        var dictionary: [UInt64: UInt8] = [:]
        for _ in 0..<Int(try reader.u32(max: 10_000_000)) {
            let key = try reader.u64()
            let tag = try reader.u8()
            guard Int(tag) < tagCount else { throw SyntaxModelError(message: "has an unknown tag \(tag)") }
            dictionary[key] = tag
        }
        var ambiguity: [UInt64: UInt32] = [:]
        for _ in 0..<Int(try reader.u32(max: 10_000_000)) {
            let key = try reader.u64()
            ambiguity[key] = try reader.u32()
        }
        var lemmas: [UInt64: String] = [:]
        for _ in 0..<Int(try reader.u32(max: 10_000_000)) {
            let key = try reader.u64()
            lemmas[key] = try reader.string()
        }
        let taggerModel = try Self.readModel(&reader, classCount: tagCount)
        let parserModel = try Self.readModel(&reader, classCount: 1 + 2 * labelCount)
        guard reader.position == body else { throw SyntaxModelError(message: "has trailing bytes") }
        tagger = Tagger(model: taggerModel, tags: tags, tagDictionary: dictionary, ambiguity: ambiguity)
        parser = DependencyParser(model: parserModel, labels: labels)
        lemmatizer = Lemmatizer(exceptions: lemmas)
    }

    private static func readModel(_ reader: inout ByteReader, classCount: Int) throws(SyntaxModelError) -> LinearModel {
        let storedClasses = Int(try reader.u32())
        guard storedClasses == classCount else {
            throw SyntaxModelError(message: "has a classifier of \(storedClasses) classes where \(classCount) were expected")
        }
        let rowCount = Int(try reader.u32(max: 50_000_000))
        var features: [UInt64] = [], counts: [UInt32] = [], entries: [UInt32] = []
        features.reserveCapacity(rowCount)
        counts.reserveCapacity(rowCount)
        entries.reserveCapacity(rowCount * 3)
        var previous: UInt64 = 0
        let bytes = reader.bytes
        var position = reader.position
        // A row is the key (8 bytes), its weight count − 1 (1), and per weight the class (1) and the weight (2):
        // read in place, with one bounds check per row and one per run of weights.
        for _ in 0..<rowCount {
            guard reader.end - position >= 12 else { throw SyntaxModelError(message: "is truncated") }
            let key = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            guard key > previous else { throw SyntaxModelError(message: "has unsorted or zero feature keys") }
            previous = key
            let count = Int(bytes[position + 8]) + 1
            position += 9
            guard reader.end - position >= 3 * count else { throw SyntaxModelError(message: "is truncated") }
            for _ in 0..<count {
                let klass = bytes[position]
                guard Int(klass) < classCount else { throw SyntaxModelError(message: "has a weight for class \(klass) of \(classCount)") }
                let weight = UInt16(bytes[position + 1]) | UInt16(bytes[position + 2]) << 8
                guard weight != 0 else { throw SyntaxModelError(message: "has a zero weight") }
                entries.append(UInt32(klass) << 16 | UInt32(weight))
                position += 3
            }
            features.append(key)
            counts.append(UInt32(count))
        }
        reader.position = position
        return LinearModel(classCount: classCount, features: features, counts: counts, entries: entries)
    }
}

/// Little-endian output for the model file.
struct ByteWriter {
    var data: [UInt8] = []
    mutating func u8(_ value: UInt8) { data.append(value) }
    mutating func u16(_ value: UInt16) { data.append(UInt8(value & 0xFF)); data.append(UInt8(value >> 8)) }
    mutating func u32(_ value: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8((value >> UInt32(shift)) & 0xFF)) } }
    mutating func u64(_ value: UInt64) { for shift in stride(from: 0, to: 64, by: 8) { data.append(UInt8((value >> UInt64(shift)) & 0xFF)) } }
    mutating func bytes(_ values: [UInt8]) { data.append(contentsOf: values) }
    /// A string of at most 255 UTF-8 bytes, after its length (longer ones are cut at a character boundary).
    mutating func string(_ value: String) {
        var bytes: [UInt8] = []
        for scalar in value.unicodeScalars {
            let encoded = Array(String(scalar).utf8)
            guard bytes.count + encoded.count <= 255 else { break }
            bytes += encoded
        }
        u8(UInt8(bytes.count))
        self.bytes(bytes)
    }
}

/// Bounds-checked little-endian input: running past the end is a truncation error, never a trap.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    let end: Int
    var position: Int

    private mutating func take(_ count: Int) throws(SyntaxModelError) -> Int {
        guard count >= 0, end - position >= count else { throw SyntaxModelError(message: "is truncated") }
        defer { position += count }
        return position
    }

    mutating func u8() throws(SyntaxModelError) -> UInt8 { bytes[try take(1)] }
    mutating func u32() throws(SyntaxModelError) -> UInt32 {
        let at = try take(4)
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[at + index]) << (8 * UInt32(index)) }
        return value
    }
    /// A count, refused when larger than `max` or than the bytes left could hold.
    mutating func u32(max: Int) throws(SyntaxModelError) -> UInt32 {
        let value = try u32()
        guard Int(value) <= max, Int(value) <= end - position else { throw SyntaxModelError(message: "is truncated or has an impossible count") }
        return value
    }
    mutating func u64() throws(SyntaxModelError) -> UInt64 {
        let at = try take(8)
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[at + index]) << (8 * UInt64(index)) }
        return value
    }
    mutating func bytes(_ count: Int) throws(SyntaxModelError) -> UnsafeRawBufferPointer {
        let at = try take(count)
        return UnsafeRawBufferPointer(rebasing: bytes[at..<(at + count)])
    }
    mutating func string() throws(SyntaxModelError) -> String {
        let length = Int(try u8())
        return String(decoding: try bytes(length), as: UTF8.self)
    }
}
