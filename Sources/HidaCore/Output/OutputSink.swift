import Foundation

/// Where rendered files go: a staging folder for `build`, nowhere for `check`. Called from many threads at once.
protocol OutputSink: Sendable {
    func write(_ sitePath: String, _ contents: String)
    func copy(from sourcePath: String, to sitePath: String)
}

/// Discards everything: `hida check` renders to find problems but writes nothing.
struct DiscardingSink: OutputSink {
    func write(_ sitePath: String, _ contents: String) {}
    func copy(from sourcePath: String, to sitePath: String) {}
}

/// Writes into a staging folder; failures are collected, since a half-written site must never be published.
final class DirectorySink: OutputSink, @unchecked Sendable {
    let root: String
    private let lock = NSLock()
    private var failures: [String] = []
    private var written: [String] = []
    /// Folders already created, so that each is made once rather than once per file.
    private var folders: Set<String> = []

    init(root: String) {
        self.root = root
    }

    var problems: [String] { lock.withLock { failures } }
    var writtenPaths: [String] { lock.withLock { written.sorted() } }

    /// A plain write: no temporary file and no fsync per file, since the whole staging folder is
    /// published at once or thrown away (FileManager.createFile did both, and cost half of a build).
    func write(_ sitePath: String, _ contents: String) {
        let path = prepare(sitePath)
        var contents = contents
        let complete = contents.withUTF8 { bytes -> Bool in
            guard let file = fopen(path, "wb") else { return false }
            let count = bytes.isEmpty ? 0 : fwrite(bytes.baseAddress, 1, bytes.count, file)
            return fclose(file) == 0 && count == bytes.count
        }
        if !complete { record(failure: "cannot write \(path)") }
    }

    func copy(from sourcePath: String, to sitePath: String) {
        let path = prepare(sitePath)
        do {
            try FileManager.default.copyItem(atPath: sourcePath, toPath: path)
        } catch {
            record(failure: "cannot copy \(sourcePath) to \(path): \(error.localizedDescription)")
        }
    }

    private func prepare(_ sitePath: String) -> String {
        let relative = SiteLayout.file(for: sitePath)
        let path = root + "/" + relative
        if let slash = path.lastIndex(of: "/") {
            let folder = String(path[..<slash])
            // Created under the lock, so no other thread writes into a folder that is still being made.
            lock.withLock {
                if folders.insert(folder).inserted {
                    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            }
        }
        lock.withLock { written.append(relative) }
        return path
    }

    private func record(failure: String) {
        lock.withLock { failures.append(failure) }
    }
}
