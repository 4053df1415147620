import Foundation

/// Makes the pages' folders inside the staging folder on a thread of its own, from the moment the pages are loaded:
/// making 14 000 folders is half of the kernel's share of a 10 000-page build. It goes on while the pages are
/// rendered, ahead of them, in the same order, and then makes the other pages' folders (`add`). A page whose folder
/// is there opens its file without touching its parent folder's lock; one that makes its own folder
/// (`DirectorySink`) takes that lock, and `mkdir` holds it while the disk reads an inode table (8 ms each on this
/// machine), so the other writer stalled behind it. Stopping this thread when rendering began left the rest of the
/// folders to the writers, and cost 6 to 13 % of the pages' time.
final class FolderMaker: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var folders: [String]
    private var next = 0
    private var stopped = false
    private var finished = false

    /// Starts making `folders` (paths relative to `root`) at once.
    init(folders: [String], in root: String) {
        self.folders = folders
        Thread { [self] in
            let staging = StagingFolder(path: root)
            while let folder = take() { staging.makeFolders(folder) }
            done.signal()
        }.start()
    }

    private func take() -> String? {
        lock.withLock {
            guard !stopped, next < folders.count else { return nil }
            next += 1
            return folders[next - 1]
        }
    }

    /// Adds folders to make after the ones already given. Once the thread has ended, nothing takes them any more: the
    /// writers make them when they need them, as they would without it.
    func add(_ more: [String]) {
        lock.withLock { folders += more }
    }

    /// Makes no more folders after the one being made.
    private func stop() {
        lock.withLock { stopped = true }
    }

    /// Returns when the thread has ended; the staging folder can then be published or removed.
    func wait() {
        stop()
        waitUntilAllMade()
    }

    /// Returns when every folder given has been made (or the thread was stopped).
    func waitUntilAllMade() {
        guard !finished else { return }
        done.wait()
        finished = true
    }
}
