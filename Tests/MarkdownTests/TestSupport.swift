import Foundation
import Markdown

/// Shared helpers for the Markdown tests.
enum TestSupport {
    /// The package root, derived from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `<package root>/../shared`, where the project's shared data lives.
    static let sharedDirectory: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func html(_ markdown: String, _ options: MarkdownOptions = .commonMark) -> String {
        MarkdownDocument.parse(markdown, options: options).html()
    }
}
