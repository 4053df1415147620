import Foundation

/// Writes to stdout and stderr; diagnostics and progress go to stderr so that stdout stays clean for `hida markdown`.
enum Console {
    static let stderrIsTerminal = isatty(STDERR_FILENO) != 0

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A single line on a terminal that each phase overwrites; nil when stderr is a file or pipe.
    static var progressLine: (@Sendable (String) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { text in showProgress(text) }
    }

    private static func showProgress(_ text: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[Khida: \(text)…".utf8))
    }

    static func clearProgressLine() {
        if stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes to stdout as they are, without a copy into `Data` (`hida markdown` writes megabytes).
    static func output(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = write(STDOUT_FILENO, base + written, bytes.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return }
            written += result
        }
    }

    /// Reads a whole file straight into bytes (one `read` for a regular file), or nil when it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { return nil }
        // The size is a hint only: pipes and special files report 0, and files may grow while read.
        var failed = false
        let expected = Int(status.st_size) + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initializedCount in
            initializedCount = readFully(descriptor, into: UnsafeMutableRawBufferPointer(buffer))
            if initializedCount < 0 {
                failed = true
                initializedCount = 0
            }
        }
        guard !failed else { return nil }
        guard bytes.count == expected else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { readFully(descriptor, into: $0) }
            guard count >= 0 else { return nil }
            bytes.append(contentsOf: chunk[0..<count])
            if count < chunk.count { return bytes }
        }
    }

    /// Reads until `buffer` is full or the file ends; the byte count, or -1 on an error.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var total = 0
        while total < buffer.count {
            let result = read(descriptor, base + total, buffer.count - total)
            if result < 0 && errno == EINTR { continue }
            if result < 0 { return -1 }
            if result == 0 { break }
            total += result
        }
        return total
    }
}
