import Foundation

/// A folder of one test's own under the system's temporary folder; the test removes it when it ends.
struct TemporaryFolder {
    let path: String

    /// Makes `hida-<purpose>-<uuid>` in the temporary folder.
    init(_ purpose: String) throws {
        path = NSTemporaryDirectory() + "hida-\(purpose)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
