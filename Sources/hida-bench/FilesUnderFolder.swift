import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every file below a folder, each opened for reading in turn: how the harness reads a corpus into the page cache
/// and drops a set-aside output from it.
enum FilesUnderFolder {
    /// Calls `body` with a descriptor of each file below `folder` that opens, and closes it after.
    static func forEachOpened(under folder: String, _ body: (Int32) -> Void) {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return }
        for case let relative as String in walker {
            let descriptor = open(folder + "/" + relative, O_RDONLY)
            guard descriptor >= 0 else { continue }
            body(descriptor)
            close(descriptor)
        }
    }
}
