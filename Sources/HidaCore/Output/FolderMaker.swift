import Foundation

/// Makes the pages' folders inside the staging folder on a thread of its own, while the build resolves the portal on
/// one core: making 14 000 folders is half of the kernel's share of a 10 000-page build. A page whose folder is not
/// there yet makes it itself (`DirectorySink`), so the build never waits for this except before publishing.
final class FolderMaker: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var finished = false

    /// Starts making `folders` (absolute paths) at once.
    init(folders: [String]) {
        let done = done
        Thread {
            for folder in folders { DirectorySink.makeFolders(folder) }
            done.signal()
        }.start()
    }

    /// Returns when every folder has been made; the staging folder can then be published or removed.
    func wait() {
        guard !finished else { return }
        done.wait()
        finished = true
    }
}
