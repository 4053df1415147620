import Foundation

/// Makes the pages' folders inside the staging folder on a thread of its own, from the moment the pages are loaded:
/// making 14 000 folders is half of the kernel's share of a 10 000-page build. It goes on while the pages are
/// rendered, ahead of them, in the same order. A page whose folder is there opens its file without touching the
/// staging folder's lock; one that makes its own folder (`DirectorySink`) takes that lock, and `mkdir` holds it
/// while the disk reads an inode table (8 ms each on this machine), so the other page writer stalled behind it.
/// Stopping this thread when rendering began left the rest of the folders to the writers, and cost 6 to 13 % of
/// the pages' time.
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
