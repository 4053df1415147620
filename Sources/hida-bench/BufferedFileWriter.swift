import Foundation

/// Appends bytes to a file through a large buffer: the usage benchmark writes hundreds of megabytes row by row,
/// and one `fwrite` per few megabytes keeps generation to seconds.
final class BufferedFileWriter {
    private let file: UnsafeMutablePointer<FILE>
    private let path: String
    private var buffer: [UInt8] = []
    private var failed = false
    private(set) var bytesWritten = 0
    private static let flushSize = 1 << 22
    private static let hexDigits = Array("0123456789abcdef".utf8)

    init?(path: String) {
        guard let file = fopen(path, "wb") else {
            printError("hida-bench: cannot write \(path): \(String(cString: strerror(errno)))")
            return nil
        }
        self.file = file
        self.path = path
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    func append(_ byte: UInt8) {
        buffer.append(byte)
    }

    func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { flush() }
    }

    func append(_ text: some StringProtocol) {
        append(text.utf8)
    }

    /// Sixteen lowercase hex digits, as analytics tools write client ids.
    func appendHex(_ value: UInt64) {
        for shift in stride(from: 60, through: 0, by: -4) {
            buffer.append(Self.hexDigits[Int((value >> UInt64(shift)) & 0xF)])
        }
    }

    /// `2026-10-DDTHH:MM:SSZ` for a second of October 2026.
    func appendTime(secondOfMonth: Int) {
        append("2026-10-")
        appendTwoDigits(secondOfMonth / 86_400 + 1)
        buffer.append(UInt8(ascii: "T"))
        appendTwoDigits(secondOfMonth / 3600 % 24)
        buffer.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfMonth / 60 % 60)
        buffer.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfMonth % 60)
        buffer.append(UInt8(ascii: "Z"))
    }

    /// Writes what is left and closes the file; false (after printing why) when any write failed.
    func close() -> Bool {
        flush()
        let closed = fclose(file) == 0
        if failed || !closed {
            printError("hida-bench: writing \(path) failed")
            return false
        }
        return true
    }

    private func appendTwoDigits(_ value: Int) {
        buffer.append(UInt8(ascii: "0") + UInt8(value / 10 % 10))
        buffer.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != buffer.count { failed = true }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
