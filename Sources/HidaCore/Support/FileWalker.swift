import Foundation

/// Lists files below a folder in a stable order, independent of the file system's listing order.
enum FileWalker {
    /// Paths relative to `root`, sorted by their UTF-8 bytes; folders are descended, links are not followed.
    static func files(under root: String) -> [String] {
        var result: [String] = []
        var pending: [String] = [""]
        let fileManager = FileManager.default
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? fileManager.contentsOfDirectory(atPath: absolute) else { continue }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: root + "/" + child, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    pending.append(child)
                } else {
                    result.append(child)
                }
            }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
