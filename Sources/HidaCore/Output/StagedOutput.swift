import Foundation

/// Writes a build next to `Site/` and swaps it in only when everything succeeded, so a failed build leaves the old site untouched.
struct StagedOutput {
    let destination: String
    let staging: String

    init(destination: String) {
        let trimmed = destination.hasSuffix("/") ? String(destination.dropLast()) : destination
        self.destination = trimmed
        self.staging = "\(trimmed).staging-\(ProcessInfo.processInfo.processIdentifier)"
    }

    func prepare() throws {
        try? FileManager.default.removeItem(atPath: staging)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
    }

    /// Replaces the destination by the staged folder; the old site is moved aside first and removed last.
    func publish() throws {
        let fileManager = FileManager.default
        let retired = "\(destination).old-\(ProcessInfo.processInfo.processIdentifier)"
        try? fileManager.removeItem(atPath: retired)
        let hadSite = fileManager.fileExists(atPath: destination)
        if hadSite { try fileManager.moveItem(atPath: destination, toPath: retired) }
        do {
            try fileManager.moveItem(atPath: staging, toPath: destination)
        } catch {
            if hadSite { try? fileManager.moveItem(atPath: retired, toPath: destination) }
            throw error
        }
        try? fileManager.removeItem(atPath: retired)
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
