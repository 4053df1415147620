import Foundation

/// Reads text files as UTF-8, replacing invalid bytes instead of failing: an author's bad byte must not stop the build.
enum TextFile {
    static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
