import RelationGraph

/// The TSV and CSV fuzz check: any bytes give a graph whose text round-trips
/// to the same relations, or an error with a line; lenient reading never
/// crashes either.
///
/// TSV has no quoting, so a graph whose names hold a tab or a line break
/// cannot be written, and the writer saying so is correct; CSV can quote
/// anything, so there a failed write fails the check.
public func checkDelimitedRoundTrip(_ bytes: [UInt8], format: DelimitedFormat) {
    let name = format == .tsv ? "TSV" : "CSV"
    do {
        let graph = try Graph(delimited: bytes, format: format)
        var text = ""
        let written: Bool
        do {
            try graph.writeDelimited(format: format, to: &text)
            written = true
        } catch {
            precondition(format == .tsv, "writing \(name) failed: \(error)")
            written = false
        }
        if written {
            let again = try Graph(delimited: Array(text.utf8), format: format)
            precondition(Array(again.relations) == Array(graph.relations), "\(name) round trip changed the relations")
        }
    } catch {
        precondition(error.line != nil, "a \(name) error without a line: \(error)")
    }
    _ = Graph.lenient(delimited: bytes, format: format)
}
