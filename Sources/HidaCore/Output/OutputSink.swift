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

    init(root: String) {
        self.root = root
    }

    var problems: [String] { lock.withLock { failures } }
    var writtenPaths: [String] { lock.withLock { written.sorted() } }

    func write(_ sitePath: String, _ contents: String) {
        let path = prepare(sitePath)
        if !FileManager.default.createFile(atPath: path, contents: Data(contents.utf8)) {
            record(failure: "cannot write \(path)")
        }
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
            try? FileManager.default.createDirectory(atPath: String(path[..<slash]), withIntermediateDirectories: true)
        }
        lock.withLock { written.append(relative) }
        return path
    }

    private func record(failure: String) {
        lock.withLock { failures.append(failure) }
    }
}
