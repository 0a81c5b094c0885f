extension Array where Element == String {
    /// The positions, as tag ids, of a tagger's joint tags (`UPOS XPOS`, as in `VERB VBD`) whose two parts
    /// satisfy `wanted`; the rule stages name the tags they act on this way, not by id.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    func tagIndexes(where wanted: (_ upos: String, _ xpos: String) -> Bool) -> Set<UInt8> {
        Set(indices.filter { index in
            let parts = self[index].split(separator: " ").map(String.init)
            return parts.count == 2 && wanted(parts[0], parts[1])
        }.map { UInt8($0) })
    }
}
