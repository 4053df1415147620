import Foundation

/// Writes into a published site while `hida serve` serves it: each file is replaced by a rename, so a reader
/// never gets half a file, and a file whose bytes did not change is not touched at all.
final class LiveSink: OutputSink, @unchecked Sendable {
    let root: String
    private let lock = NSLock()
    private var failures: [String] = []
    private var written: Set<String> = []

    init(root: String) {
        self.root = root
    }

    var problems: [String] { lock.withLock { failures } }

    func write(_ sitePath: String, _ contents: String) {
        write(sitePath, data: Data(contents.utf8))
    }

    func write(_ sitePath: String, bytes: [UInt8]) {
        write(sitePath, data: Data(bytes))
    }

    private func write(_ sitePath: String, data bytes: Data) {
        let relative = SiteLayout.file(for: sitePath)
        lock.withLock { _ = written.insert(relative) }
        let path = root + "/" + relative
        if let existing = FileManager.default.contents(atPath: path), existing == bytes { return }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            lock.withLock { failures.append("cannot write \(path): \(error.localizedDescription)") }
        }
    }

    func copy(from sourcePath: String, to sitePath: String) {
        guard let contents = FileManager.default.contents(atPath: sourcePath) else {
            lock.withLock { failures.append("cannot read \(sourcePath)") }
            return
        }
        write(sitePath, data: contents)
    }

    /// Deletes the files below the site folder `sitePrefix` (`/search/`) that this sink did not write: index shards
    /// that no longer exist.
    func removeUnwritten(under sitePrefix: String) {
        let folder = String(sitePrefix.drop { $0 == "/" })
        let kept = lock.withLock { written }
        for relative in FileWalker.files(under: root + "/" + folder) where !kept.contains(folder + relative) {
            try? FileManager.default.removeItem(atPath: root + "/" + folder + relative)
        }
    }
}
