/// Turns byte offsets into line and column, walking forward only so a whole template costs one pass.
struct PositionLocator {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The position of `target`; targets must come in increasing order.
    mutating func position(of target: Int) -> SourcePosition {
        let limit = min(target, bytes.count)
        while offset < limit {
            let byte = bytes[offset]
            if byte == ASCII.newline {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // UTF-8 continuation bytes belong to the scalar already counted.
                column += 1
            }
            offset += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
