import Foundation

extension Graph {
    /// The file formats a graph can be read from, chosen by file extension.
    public enum FileFormat: String, Sendable, CaseIterable {
        /// The native JSON form (`.json`).
        case json
        /// Tab-separated relations (`.tsv`, `.tab`).
        case tsv
        /// Comma-separated relations (`.csv`).
        case csv
        /// Graphviz's DOT language (`.dot`, `.gv`); see ``Graph/init(dot:file:)-([UInt8],_)``.
        case dot

        /// The format a file extension names, or `nil`.
        ///
        /// - Complexity: O(1).
        public init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "json": self = .json
            case "tsv", "tab": self = .tsv
            case "csv": self = .csv
            case "dot", "gv": self = .dot
            default: return nil
            }
        }
    }

    /// Reads a graph from a JSON, TSV, CSV or DOT file, chosen by its extension.
    ///
    /// - Throws: ``FormatError`` when the file cannot be read, has an unknown
    ///   extension, or is not a valid graph; the error names the file.
    /// - Complexity: O(*n*) in the size of the file.
    public init(contentsOf url: URL) throws(FormatError) {
        let name = url.lastPathComponent
        guard let format = FileFormat(pathExtension: url.pathExtension) else {
            throw FormatError(
                file: name, message: "unknown file type \"\(url.pathExtension)\"; expected .json, .tsv, .csv, .dot or .gv")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "it could not be read"
            throw FormatError(file: url.path, message: "cannot read the file: \(reason)")
        }
        switch format {
        case .json: try self.init(json: data, file: name)
        case .tsv: try self.init(delimited: [UInt8](data), format: .tsv, file: name)
        case .csv: try self.init(delimited: [UInt8](data), format: .csv, file: name)
        case .dot: try self.init(dot: [UInt8](data), file: name)
        }
    }
}
