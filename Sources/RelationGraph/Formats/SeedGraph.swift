import Foundation

extension Graph {
    /// The graph of the two seed articles shipped with the package: who
    /// supplies, sends troops to, sanctions, threatens and attacks whom, with
    /// the modality and a document, byte range and short quote for every
    /// relation.
    ///
    /// It is what `relgraph` answers from when no `--graph` is given.
    ///
    /// - Throws: ``FormatError`` when the package's resource is missing or damaged.
    /// - Complexity: O(*n*) in the size of the resource.
    public static func seed() throws(FormatError) -> Graph {
        guard let url = Bundle.module.url(forResource: "SeedGraph", withExtension: "json") else {
            throw FormatError(file: "SeedGraph.json", message: "the embedded seed graph is missing from the package")
        }
        return try Graph(contentsOf: url)
    }
}
