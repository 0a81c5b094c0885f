import Foundation
import Testing

/// The third-party material beside the repository (`../shared`: the seed
/// articles, the development corpus, the treebank, Graphviz's DOT corpus),
/// which is never copied into it.
///
/// Tests that read it carry ``Testing/Trait/needsShared(_:)``: without the
/// folder they are skipped with the reason printed, except when `CI=true`,
/// where the folder is always laid beside the clone and a missing one fails.
public enum SharedData {
    /// The repository's root folder.
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, beside the repository.
    public static let root = repository.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether the run is CI's, where the shared folder is required.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// A file or folder in the shared folder, by its path relative to it.
    public static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Whether the shared path exists here.
    public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// A file in the repository, by its path relative to the root.
    public static func inRepository(_ path: String) -> URL { repository.appendingPathComponent(path) }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where `../shared/<path>` exists, or always under `CI=true`
    /// (where its absence is a failure, not a skip).
    public static func needsShared(_ path: String) -> Self {
        .enabled(
            if: SharedData.isRequired || SharedData.exists(path),
            Comment(rawValue: "needs ../shared/\(path) beside the repository, which is absent here (required when CI=true)"))
    }
}
