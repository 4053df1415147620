import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An open folder that files and folders are made in by paths relative to it (`openat`, `mkdirat`). When it cannot
/// be opened, the paths are taken relative to its own path instead, and the calls fail or succeed as before.
final class StagingFolder: @unchecked Sendable {
    private let descriptor: Int32
    private let prefix: String

    init(path: String) {
        let opened = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        descriptor = opened >= 0 ? opened : AT_FDCWD
        prefix = opened >= 0 ? "" : path + "/"
    }

    deinit {
        if descriptor != AT_FDCWD { close(descriptor) }
    }

    /// Opens `relative` for writing, made anew; a negative result and `errno` as `open` gives them.
    func create(_ relative: String) -> Int32 {
        openat(descriptor, prefix + relative, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    }

    /// `mkdir -p` of `relative`: another thread making the same folder at the same moment is fine (`EEXIST`).
    func makeFolders(_ relative: String) {
        if mkdirat(descriptor, prefix + relative, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, relative.utf8.contains(UInt8(ascii: "/")) else { return }
        makeFolders(DirectorySink.folder(of: relative))
        _ = mkdirat(descriptor, prefix + relative, 0o755)
    }
}
