/// Normalises link labels for matching: Unicode case fold, whitespace runs collapsed, trimmed.
enum LabelNormalizer {
    static let caseFolding: [UInt32: [UInt32]] = {
        var result: [UInt32: [UInt32]] = [:]
        result.reserveCapacity(1600)
        // Entries look like `1E9E:73,73`; parsed from bytes, which is much cheaper than String splitting.
        var key: UInt32 = 0
        var value: UInt32 = 0
        var folded: [UInt32] = []
        var inValue = false
        for c in packedCaseFoldingTable.utf8 {
            switch c {
            case UInt8(ascii: ":"):
                inValue = true
            case UInt8(ascii: ","):
                folded.append(value)
                value = 0
            case UInt8(ascii: ";"):
                folded.append(value)
                result[key] = folded
                key = 0
                value = 0
                folded = []
                inValue = false
            default:
                if inValue { value = value << 4 | ASCII.hexValue(c) } else { key = key << 4 | ASCII.hexValue(c) }
            }
        }
        if inValue {
            folded.append(value)
            result[key] = folded
        }
        return result
    }()

    /// The normalised label, or nil when it has no non-whitespace content.
    static func normalize(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        var pendingSpace = false
        var i = start
        while i < end {
            let c = p[i]
            if ASCII.isWhitespace(c) {
                pendingSpace = !output.isEmpty
                i += 1
                continue
            }
            if pendingSpace {
                output.append(ASCII.space)
                pendingSpace = false
            }
            if c < 0x80 {
                output.append(ASCII.lowercased(c))
                i += 1
            } else {
                let (value, length) = UTF8Encoding.decode(p, at: i)
                if let folded = caseFolding[value] {
                    for scalar in folded { UTF8Encoding.append(scalar, to: &output) }
                } else {
                    output.append(contentsOf: p[i..<min(i + length, end)])
                }
                i += length
            }
        }
        return output.isEmpty ? nil : output
    }
}
