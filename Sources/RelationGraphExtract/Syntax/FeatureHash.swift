/// Features of the tagger and the parser are 64-bit hashes of a template
/// number and the values it combines (hashed words, tags, labels); the models
/// are tables keyed by them, so no feature string is ever built.
enum FeatureHash {
    /// A hash of a template and up to three values. Never 0, the models' empty key.
    ///
    /// The values are folded in by multiply–xor steps and the result goes
    /// through the SplitMix64 finaliser (Steele, Lea & Flood 2014), so nearby
    /// inputs spread over all the bits a power-of-two table masks.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = template &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ a) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 31) ^ b) &* 0x94D0_49BB_1331_11EB
        h = (h ^ (h >> 29) ^ c) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        return h == 0 ? 1 : h
    }

    /// FNV-1a over a string's UTF-8 bytes: the hash of a word, stable across
    /// runs and platforms (unlike `Hasher`), so it can key a stored model.
    ///
    /// - Complexity: O(*k*) in the length of the string.
    @inline(__always)
    static func string<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

/// What the tagger and the parser know of one word form, computed once per
/// token: hashes of its lower-cased form, affixes and shape, and a few flags.
struct Lexeme: Sendable {
    /// The form as written.
    var form: UInt64
    /// The lower-cased form.
    var lower: UInt64
    /// Lower-cased suffixes of 1–4 characters and prefixes of 1–3.
    var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    /// The shape: upper-case letters as `X`, lower-case as `x`, digits as `d`,
    /// other characters as themselves, runs longer than four cut to four.
    var shape: UInt64
    /// Bit 0: has a digit; 1: has a hyphen; 2: starts upper-case; 3: all upper-case; 4: has a letter.
    var flags: UInt64

    /// Whether the word starts with an upper-case letter (bit 2 of ``flags``).
    var startsUpperCase: Bool { flags & 0b100 != 0 }

    /// The lexeme of a word form.
    ///
    /// Affixes count Unicode scalars of the lower-cased form; ASCII forms
    /// (nearly all of them in English text) take a byte-wise path with no
    /// allocation.
    ///
    /// - Complexity: O(*k*) in the length of the form.
    init(_ word: String) {
        var word = word
        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
        if ascii {
            self = word.withUTF8 { Lexeme(ascii: $0) }
        } else {
            self = Lexeme(unicode: word)
        }
    }

    private static let fnv: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    private static func affix<C: Collection>(_ values: C) -> UInt64 where C.Element: BinaryInteger {
        var hash: UInt64 = 0x811c_9dc5 &+ UInt64(values.count)
        for value in values { hash = (hash ^ UInt64(value)) &* prime }
        return hash
    }

    private init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        var formHash = Self.fnv, lowerHash = Self.fnv, shapeHash = Self.fnv
        var digit = false, hyphen = false, letter = false, upper = 0, lowerCount = 0
        var last: UInt8 = 0, run = 0
        var affixes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { lowered in
            for (index, byte) in bytes.enumerated() {
                formHash = (formHash ^ UInt64(byte)) &* Self.prime
                let isUpper = byte >= 65 && byte <= 90
                let low = isUpper ? byte | 0x20 : byte
                lowered[index] = low
                lowerHash = (lowerHash ^ UInt64(low)) &* Self.prime
                let code: UInt8
                if isUpper {
                    code = 88
                    upper += 1
                    letter = true
                } else if byte >= 97 && byte <= 122 {
                    code = 120
                    lowerCount += 1
                    letter = true
                } else if byte >= 48 && byte <= 57 {
                    code = 100
                    digit = true
                } else {
                    code = byte
                    if byte == 45 { hyphen = true }
                }
                run = code == last ? run + 1 : 1
                last = code
                if run <= 4 { shapeHash = (shapeHash ^ UInt64(code)) &* Self.prime }
            }
            let count = bytes.count
            let all = UnsafeBufferPointer(start: lowered.baseAddress, count: count)
            affixes = (
                Self.affix(all[max(0, count - 1)..<count]), Self.affix(all[max(0, count - 2)..<count]),
                Self.affix(all[max(0, count - 3)..<count]), Self.affix(all[max(0, count - 4)..<count]),
                Self.affix(all[0..<min(1, count)]), Self.affix(all[0..<min(2, count)]), Self.affix(all[0..<min(3, count)]))
        }
        (suffix1, suffix2, suffix3, suffix4, prefix1, prefix2, prefix3) = affixes
        form = formHash
        lower = lowerHash
        shape = shapeHash
        let firstUpper = bytes.first.map { $0 >= 65 && $0 <= 90 } ?? false
        flags = (digit ? 1 : 0) | (hyphen ? 2 : 0) | (firstUpper ? 4 : 0) | (upper > 0 && lowerCount == 0 ? 8 : 0)
            | (letter ? 16 : 0)
    }

    private init(unicode word: String) {
        form = FeatureHash.string(word.utf8)
        let lowered = word.lowercased()
        lower = FeatureHash.string(lowered.utf8)
        let scalars = lowered.unicodeScalars.map(\.value)
        let count = scalars.count
        suffix1 = Self.affix(scalars[max(0, count - 1)..<count])
        suffix2 = Self.affix(scalars[max(0, count - 2)..<count])
        suffix3 = Self.affix(scalars[max(0, count - 3)..<count])
        suffix4 = Self.affix(scalars[max(0, count - 4)..<count])
        prefix1 = Self.affix(scalars[0..<min(1, count)])
        prefix2 = Self.affix(scalars[0..<min(2, count)])
        prefix3 = Self.affix(scalars[0..<min(3, count)])
        var shapeHash = Self.fnv
        var last: UInt32 = 0, run = 0
        var digit = false, hyphen = false, letter = false, upper = 0, lowerCount = 0
        var firstUpper = false
        for (position, scalar) in word.unicodeScalars.enumerated() {
            let value = scalar.value
            let code: UInt32
            if scalar.properties.isUppercase {
                code = 88
                upper += 1
                letter = true
                if position == 0 { firstUpper = true }
            } else if scalar.properties.isLowercase {
                code = 120
                lowerCount += 1
                letter = true
            } else if value >= 48 && value <= 57 {
                code = 100
                digit = true
            } else {
                code = value
                if value == 45 { hyphen = true }
            }
            run = code == last ? run + 1 : 1
            last = code
            if run <= 4 { shapeHash = (shapeHash ^ UInt64(code)) &* Self.prime }
        }
        shape = shapeHash
        flags = (digit ? 1 : 0) | (hyphen ? 2 : 0) | (firstUpper ? 4 : 0) | (upper > 0 && lowerCount == 0 ? 8 : 0)
            | (letter ? 16 : 0)
    }
}
