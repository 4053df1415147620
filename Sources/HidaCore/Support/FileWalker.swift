import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists files below a folder in a stable order, independent of the file system's listing order.
enum FileWalker {
    /// Paths relative to `root`, sorted by their UTF-8 bytes; folders are descended, links to folders are not.
    ///
    /// Reads folders with `readdir`, whose entry types spare a `stat` per file: `hida serve` lists the whole
    /// content folder twice a second.
    static func files(under root: String) -> [String] {
        var result: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let folder = opendir(absolute) else { continue }
            defer { closedir(folder) }
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): pending.append(child)
                case Int32(DT_REG): result.append(child)
                default:
                    // Links and file systems that do not give entry types: ask, without following a link to a folder.
                    var info = stat()
                    guard stat(root + "/" + child, &info) == 0 else { continue }
                    if (info.st_mode & S_IFMT) == S_IFREG {
                        result.append(child)
                    } else if (info.st_mode & S_IFMT) == S_IFDIR && Int32(entry.pointee.d_type) != Int32(DT_LNK) {
                        pending.append(child)
                    }
                }
            }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
