import Foundation
import RelationGraph
import RelationGraphExtract

/// The text files a user named: files as given, folders searched recursively
/// for `.txt` and `.md` files (or names matching a glob), in sorted order.
struct DocumentFiles {
    /// A file to read and the document ID its evidence cites: the file's name
    /// when named directly, its path inside the folder when found in one.
    struct File: Hashable {
        var path: String
        var document: String
    }

    /// Expands `paths` into files.
    ///
    /// - Throws: ``CLIError`` for a path that does not exist.
    /// - Complexity: O(*n* log *n*) in the number of files found.
    static func expand(_ paths: [String], glob: String?) throws(CLIError) -> [File] {
        var files: [File] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .runtime("\(path): no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(File(path: path, document: URL(fileURLWithPath: path).lastPathComponent))
                continue
            }
            let root = URL(fileURLWithPath: path).standardizedFileURL.path
            var found: [File] = []
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                guard !name.hasPrefix(".") else { continue }
                let matches = glob.map { fnmatch($0, name, 0) == 0 } ?? (name.hasSuffix(".txt") || name.hasSuffix(".md"))
                var isFolder: ObjCBool = false
                let full = root + "/" + relative
                guard matches, FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                found.append(File(path: full, document: relative))
            }
            files += found.sorted { $0.document.utf8.lexicographicallyPrecedes($1.document.utf8) }
        }
        return files
    }

    /// A file's bytes, checked to be UTF-8, with the date its header gives
    /// checked to be one.
    ///
    /// - Throws: a one-line message naming the file (and the line and column of a bad date).
    static func read(_ file: File) throws(CLIError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw .runtime("\(file.path): cannot read the file")
        }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .runtime("\(file.path): not UTF-8 text")
        }
        let header = bytes.withUnsafeBufferPointer { DocumentHeader($0) }
        if let date = header.date, CalendarDate(date) == nil {
            throw .runtime("\(file.path):\(header.dateLine ?? 1):\(header.dateColumn ?? 1): invalid date \"\(date)\"; expected YYYY-MM-DD")
        }
        return bytes
    }
}
