/// One physical line of the YAML text, as byte offsets into the UTF-8 buffer.
struct YAMLLine: Sendable, Equatable {
    /// Offset of the line's first byte.
    var start: Int
    /// Offset just past the line's last byte; the line break (`\n` or `\r\n`) is excluded.
    var end: Int
    /// The number of leading spaces.
    var indent: Int

    /// Offset of the first byte after the leading spaces.
    var contentStart: Int { start + indent }

    /// Splits `bytes` at line feeds, starting at `first` (past a byte order mark), dropping a `\r` before each.
    static func split(_ bytes: [UInt8], from first: Int) -> [YAMLLine] {
        var lines: [YAMLLine] = []
        lines.reserveCapacity(bytes.count / 20 + 1)
        var lineStart = first
        var index = first
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                lines.append(line(in: bytes, from: lineStart, to: index))
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < bytes.count {
            lines.append(line(in: bytes, from: lineStart, to: bytes.count))
        }
        return lines
    }

    private static func line(in bytes: [UInt8], from start: Int, to breakOffset: Int) -> YAMLLine {
        var end = breakOffset
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        var contentStart = start
        while contentStart < end, bytes[contentStart] == UInt8(ascii: " ") {
            contentStart += 1
        }
        return YAMLLine(start: start, end: end, indent: contentStart - start)
    }
}
