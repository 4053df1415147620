import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where rendered files go: a staging folder for `build`, nowhere for `check`. Called from many threads at once.
protocol OutputSink: Sendable {
    func write(_ sitePath: String, _ contents: String)
    /// Writes bytes the renderer already has as UTF-8 (the HTML pages), without a round trip through `String`.
    func write(_ sitePath: String, bytes: [UInt8])
    /// Writes a file whose bytes `produce` hands over piece by piece, each piece only until the next: the open
    /// data's page list (100 MB at 100 000 pages) is never whole in memory.
    func write(_ sitePath: String, pieces produce: (_ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Void)
    func copy(from sourcePath: String, to sitePath: String)
}

extension OutputSink {
    /// Gathers the pieces and writes them as one file: for sinks that need the whole file, such as `LiveSink`,
    /// which compares it with the file already there.
    func write(_ sitePath: String, pieces produce: (_ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        var bytes: [UInt8] = []
        produce { bytes.append(contentsOf: $0) }
        write(sitePath, bytes: bytes)
    }
}

/// Discards everything: `hida check` renders to find problems but writes nothing.
struct DiscardingSink: OutputSink {
    func write(_ sitePath: String, _ contents: String) {}
    func write(_ sitePath: String, bytes: [UInt8]) {}
    /// Nothing is produced: the pieces would only be thrown away.
    func write(_ sitePath: String, pieces produce: (_ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {}
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
        write(sitePath) { emit in emit(bytes.bindMemory(to: UInt8.self)) }
    }

    func write(_ sitePath: String, pieces produce: (_ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        let relative = SiteLayout.file(for: sitePath)
        lock.withLock { written.append(relative) }
        var descriptor = folder.create(relative)
        if descriptor < 0 && errno == ENOENT {
            folder.makeFolders(Self.folder(of: relative))
            descriptor = folder.create(relative)
        }
        var complete = descriptor >= 0
        produce { piece in
            guard complete else { return }
            var offset = 0
            while offset < piece.count {
                let count = Glibc.write(descriptor, piece.baseAddress! + offset, piece.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                offset += count
            }
            complete = offset == piece.count
        }
        if descriptor >= 0 && close(descriptor) != 0 { complete = false }
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
