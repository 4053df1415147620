import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists files below a folder in a stable order, independent of the file system's listing order.
enum FileWalker {
    /// Paths relative to `root`, sorted by their UTF-8 bytes; folders are descended, links to folders are not.
    ///
    /// Reads folders with `readdir`, whose entry types spare a `stat` per file: every build lists the whole content
    /// folder.
    /// Folders for which `skipsFolder` (given the folder's relative path) is true are left out, with all they hold.
    static func files(under root: String, skipsFolder: (String) -> Bool = { _ in false }) -> [String] {
        var result: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let entries = entries(of: relative.isEmpty ? root : root + "/" + relative, statFiles: false)
            let prefix = relative.isEmpty ? "" : relative + "/"
            result += entries.files.map { prefix + $0.name }
            pending += entries.folders.map { prefix + $0 }.filter { !skipsFolder($0) }
        }
        return result.sorted { $0.precedesInByteOrder($1) }
    }

    /// The regular files and the subfolders of one folder, by name, in listing order. A link is followed to a
    /// file but not to a folder. With `statFiles` every file comes with its `stat`, asked relative to the open folder
    /// (`fstatat`); otherwise only entries whose type `readdir` does not give are asked about.
    static func entries(of folder: String, statFiles: Bool) -> (files: [(name: String, info: stat?)], folders: [String]) {
        guard let handle = opendir(folder) else { return ([], []) }
        defer { closedir(handle) }
        let descriptor = dirfd(handle)
        var files: [(name: String, info: stat?)] = []
        var folders: [String] = []
        while let entry = readdir(handle) {
            let type = Int32(entry.pointee.d_type)
            var info = stat()
            let (name, asked) = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (String, Bool) in
                let name = String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                let mustAsk = type != Int32(DT_DIR) && (statFiles || type != Int32(DT_REG))
                guard mustAsk, name != ".", name != ".." else { return (name, false) }
                return (name, fstatat(descriptor, raw.baseAddress!.assumingMemoryBound(to: CChar.self), &info, 0) == 0)
            }
            if name == "." || name == ".." { continue }
            if type == Int32(DT_DIR) {
                folders.append(name)
            } else if type == Int32(DT_REG) && !statFiles {
                files.append((name, nil))
            } else if asked && (info.st_mode & S_IFMT) == S_IFREG {
                files.append((name, info))
            } else if asked && (info.st_mode & S_IFMT) == S_IFDIR && type != Int32(DT_LNK) {
                // A file system without entry types.
                folders.append(name)
            }
        }
        return (files, folders)
    }
}
