import Testing
@testable import RelationGraphExtract

@Suite struct SyntaxTrainerTests {
    /// A tiny made-up treebank: who sends what to whom, with a passive and a relative clause.
    static let treebank = """
        1\tRuritania\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_
        2\tsent\t_\tVERB\t_\t_\t0\troot\t_\t_
        3\tdrones\t_\tNOUN\t_\t_\t2\tobj\t_\t_
        4\tto\t_\tADP\t_\t_\t5\tcase\t_\t_
        5\tElbonia\t_\tPROPN\t_\t_\t2\tobl\t_\t_
        6\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_

        1\tElbonia\t_\tPROPN\t_\t_\t3\tnsubj:pass\t_\t_
        2\twas\t_\tAUX\t_\t_\t3\taux:pass\t_\t_
        3\tsanctioned\t_\tVERB\t_\t_\t0\troot\t_\t_
        4\tby\t_\tADP\t_\t_\t5\tcase\t_\t_
        5\tRuritania\t_\tPROPN\t_\t_\t3\tobl:agent\t_\t_
        6\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_

        1\tThe\t_\tDET\t_\t_\t2\tdet\t_\t_
        2\tstate\t_\tNOUN\t_\t_\t5\tnsubj\t_\t_
        3\tthat\t_\tPRON\t_\t_\t4\tnsubj\t_\t_
        4\tattacked\t_\tVERB\t_\t_\t2\tacl:relcl\t_\t_
        5\tthreatened\t_\tVERB\t_\t_\t0\troot\t_\t_
        6\tElbonia\t_\tPROPN\t_\t_\t5\tobj\t_\t_
        7\tand\t_\tCCONJ\t_\t_\t8\tcc\t_\t_
        8\tRuritania\t_\tPROPN\t_\t_\t6\tconj\t_\t_

        1\tElbonia\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_
        2\tdid\t_\tAUX\t_\t_\t4\taux\t_\t_
        3\tnot\t_\tPART\t_\t_\t4\tadvmod\t_\t_
        4\tsupply\t_\tVERB\t_\t_\t0\troot\t_\t_
        5\tarms\t_\tNOUN\t_\t_\t4\tobj\t_\t_


        """

    static func sentences() throws -> [TrainingSentence] {
        try CoNLLUDocument(parsing: treebank).sentences.compactMap(TrainingSentence.init)
    }

    static var options: SyntaxTrainer.Options {
        var options = SyntaxTrainer.Options()
        options.taggerEpochs = 10
        options.parserEpochs = 20
        options.jackknifeFolds = 0
        return options
    }

    @Test func learnsATinyTreebankPerfectly() throws {
        let sentences = try Self.sentences()
        #expect(sentences.count == 4)
        let model = SyntaxTrainer(options: Self.options).train(sentences)
        let result = SyntaxEvaluation.evaluate(SyntaxAnalyzer(model: model), on: sentences)
        #expect(result.words == 25)
        #expect(result.uposAccuracy == 100)
        #expect(result.uas == 100)
        #expect(result.las == 100)
    }

    @Test func sameDataAndSeedGiveTheSameBytes() throws {
        let sentences = try Self.sentences()
        var options = Self.options
        options.jackknifeFolds = 2
        let first = SyntaxTrainer(options: options).train(sentences).serialized()
        let second = SyntaxTrainer(options: options).train(sentences).serialized()
        #expect(first == second)
        options.seed = 99
        #expect(SyntaxTrainer(options: options).train(sentences).serialized() != first)
    }

    @Test func modelFileRoundTripsAndRejectsDamage() throws {
        let bytes = SyntaxTrainer(options: Self.options).train(try Self.sentences()).serialized()
        let model = try SyntaxModel(serialized: bytes)
        #expect(model.serialized() == bytes)
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(serialized: Array(bytes.dropLast(9))) }
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(serialized: []) }
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(serialized: Array("not a model".utf8)) }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        do {
            _ = try SyntaxModel(serialized: flipped)
            Issue.record("a damaged model loaded")
        } catch {
            #expect(error.description == "the syntax model is damaged or truncated (checksum mismatch)")
        }
        // Every prefix is refused with an error, never a trap.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(throws: SyntaxModelError.self) { try SyntaxModel(serialized: Array(bytes.prefix(length))) }
        }
    }

    /// The file with its checksum made right again after the damage, so that
    /// the reader behind the checksum sees it.
    static func resealed(_ body: [UInt8]) -> [UInt8] {
        let checksum = body.withUnsafeBytes { SyntaxModel.checksum($0) }
        return body + (0..<8).map { UInt8(truncatingIfNeeded: checksum >> (8 * UInt64($0))) }
    }

    /// Damage the checksum does not see (a file written wrong, not broken on
    /// the way) is an error or a model, never a trap: every prefix of the
    /// body, every byte flipped in turn, another format version.
    @Test func damageBehindAValidChecksumIsAnError() throws {
        let bytes = SyntaxTrainer(options: Self.options).train(try Self.sentences()).serialized()
        let body = Array(bytes.dropLast(8))
        #expect(try SyntaxModel(serialized: Self.resealed(body)).serialized() == bytes)
        for length in 0..<body.count {
            #expect(throws: SyntaxModelError.self) { try SyntaxModel(serialized: Self.resealed(Array(body.prefix(length)))) }
        }
        for index in body.indices {
            var flipped = body
            flipped[index] ^= 0x81
            _ = try? SyntaxModel(serialized: Self.resealed(flipped))
        }
        var older = body
        older[8] = 1
        do {
            _ = try SyntaxModel(serialized: Self.resealed(older))
            Issue.record("a model of format version 1 loaded")
        } catch {
            #expect(error.description == "the syntax model has format version 1; this build reads version 2")
        }
    }
}
