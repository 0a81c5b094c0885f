import Foundation
import TestSupport
import RelationGraphExtract

/// The seed articles and their gold files in the shared folder beside the repository.
enum Seeds {
    static let folder = SharedData.url("seeds")

    static func gold() throws -> [GoldDocument] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
            .map { try GoldDocument(contentsOf: folder.appendingPathComponent($0)) }
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}

/// One extractor for all tests: loading the gazetteer is the slow part.
let sharedExtractor: Extractor = {
    do { return try Extractor() } catch { fatalError("the package's gazetteer does not load: \(error)") }
}()
