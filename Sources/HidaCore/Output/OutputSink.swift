import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where rendered files go: a staging folder for `build`, nowhere for `check`. Called from many threads at once.
protocol OutputSink: Sendable {
    func write(_ sitePath: String, _ contents: String)
    /// Writes bytes the renderer already has as UTF-8 (the HTML pages), without a round trip through `String`.
    func write(_ sitePath: String, bytes: [UInt8])
    func copy(from sourcePath: String, to sitePath: String)
}

/// Discards everything: `hida check` renders to find problems but writes nothing.
struct DiscardingSink: OutputSink {
    func write(_ sitePath: String, _ contents: String) {}
    func write(_ sitePath: String, bytes: [UInt8]) {}
    func copy(from sourcePath: String, to sitePath: String) {}
}

/// Writes into a staging folder; failures are collected, since a half-written site must never be published.
final class DirectorySink: OutputSink, @unchecked Sendable {
    let root: String
    /// The staging folder, open, so that files and folders are made relative to it (`openat`, `mkdirat`): the kernel
    /// then walks two path segments for a page instead of every segment of the staging folder's path as well.
    private let folder: StagingFolder
    private let lock = NSLock()
    private var failures: [String] = []
    private var written: [String] = []

    init(root: String) {
        self.root = root
        folder = StagingFolder(path: root)
    }

    var problems: [String] { lock.withLock { failures } }
    var writtenPaths: [String] { lock.withLock { written.sorted() } }

    /// A plain write: no temporary file and no fsync per file, since the whole staging folder is
    /// published at once or thrown away (FileManager.createFile did both, and cost half of a build).
    /// Nearly every page has a folder of its own, so the file is opened first and its folder made only when
    /// that fails: one `open` and one `mkdir` per page, with no lock held while the kernel works.
    func write(_ sitePath: String, _ contents: String) {
        var contents = contents
        contents.withUTF8 { write(sitePath, UnsafeRawBufferPointer($0)) }
    }

    func write(_ sitePath: String, bytes: [UInt8]) {
        bytes.withUnsafeBytes { write(sitePath, $0) }
    }

    private func write(_ sitePath: String, _ bytes: UnsafeRawBufferPointer) {
        let relative = SiteLayout.file(for: sitePath)
        lock.withLock { written.append(relative) }
        let complete: Bool = {
            var descriptor = folder.create(relative)
            if descriptor < 0 && errno == ENOENT {
                folder.makeFolders(Self.folder(of: relative))
                descriptor = folder.create(relative)
            }
            guard descriptor >= 0 else { return false }
            var offset = 0
            while offset < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                offset += count
            }
            return close(descriptor) == 0 && offset == bytes.count
        }()
        if !complete { record(failure: "cannot write \(root)/\(relative)") }
    }

    func copy(from sourcePath: String, to sitePath: String) {
        let relative = SiteLayout.file(for: sitePath)
        let path = root + "/" + relative
        lock.withLock { written.append(relative) }
        folder.makeFolders(Self.folder(of: relative))
        do {
            try FileManager.default.copyItem(atPath: sourcePath, toPath: path)
        } catch {
            record(failure: "cannot copy \(sourcePath) to \(path): \(error.localizedDescription)")
        }
    }

    /// The folder part of `path` (`.` when it has none).
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return String(path[..<slash])
    }

    private func record(failure: String) {
        lock.withLock { failures.append(failure) }
    }
}
