/// Runs a rule stage after the parser on a tree written with tag and label names instead of indexes, as
/// the stage tests write their trees.
struct ParseRepairRunner {
    let tagSet: [String]
    let labelSet: [String]

    /// The tree after `apply`, heads 1-based with 0 for the root.
    func run(
        tags: [String], heads: [Int], labels: [String], _ apply: (inout [Int], inout [UInt8], [UInt8]) -> Void
    ) -> (heads: [Int], labels: [String]) {
        var heads = heads
        var labelIndexes = labels.compactMap { label in labelSet.firstIndex(of: label).map(UInt8.init) }
        let tagIndexes = tags.compactMap { tag in tagSet.firstIndex(of: tag).map(UInt8.init) }
        apply(&heads, &labelIndexes, tagIndexes)
        return (heads, labelIndexes.map { labelSet[Int($0)] })
    }
}
