import Foundation

/// Holds what a run made until the process ends, when `BuildOptions.freesModelAfterRun` is false.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []
    private static let lock = NSLock()

    static func keep(_ value: Any, unless frees: Bool) {
        guard !frees else { return }
        lock.withLock { values.append(value) }
    }

    static var count: Int { lock.withLock { values.count } }
}
