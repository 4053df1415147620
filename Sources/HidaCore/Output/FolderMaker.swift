import Foundation

/// Makes the pages' folders inside the staging folder on a thread of its own while the build resolves the portal on
/// one core: making 14 000 folders is half of the kernel's share of a 10 000-page build. It stops when the pages are
/// rendered (`stop`), since from then on both cores are busy and every `mkdir` in the staging folder competes with
/// the writers for its lock; a page whose folder is not there yet makes it itself (`DirectorySink`).
final class FolderMaker: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopped = false
    private var finished = false

    /// Starts making `folders` (paths relative to `root`) at once.
    init(folders: [String], in root: String) {
        Thread { [self] in
            let staging = StagingFolder(path: root)
            for folder in folders {
                if lock.withLock({ stopped }) { break }
                staging.makeFolders(folder)
            }
            done.signal()
        }.start()
    }

    /// Makes no more folders after the one being made.
    func stop() {
        lock.withLock { stopped = true }
    }

    /// Returns when the thread has ended; the staging folder can then be published or removed.
    func wait() {
        stop()
        guard !finished else { return }
        done.wait()
        finished = true
    }
}
